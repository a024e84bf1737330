// Lint's warnings for traces of a bad import: HTML, entities, cloze markup, GUIDs, note types.
#include <doctest/doctest.h>

#include <string>

#include "decks/import_format.hpp"
#include "interop/import_leftovers.hpp"
#include "io/bank/deck_lint.hpp"

using namespace chronik;

TEST_CASE("HTML tags, entities and cloze markup are found, plain comparisons are not") {
    CHECK(interop::import_markup("Im <b>Juni</b> 1950") == "HTML tag <b>");
    CHECK(interop::import_markup("Zeile<br>Zeile") == "HTML tag <br>");
    CHECK(interop::import_markup("<div class=\"x\">a</div>") == "HTML tag <div class=\"x\">");
    CHECK(interop::import_markup("Juni&nbsp;1950") == "HTML entity &nbsp;");
    CHECK(interop::import_markup("A &#39;B&#39;") == "HTML entity &#39;");
    CHECK(interop::import_markup("Der Krieg begann {{c1::1950}}") == "cloze markup {{c1::");
    CHECK_FALSE(interop::import_markup("a < b und c > d"));
    CHECK_FALSE(interop::import_markup("Fish & Chips; Salz"));
    CHECK_FALSE(interop::import_markup("„Sonnenschein“-Politik (1998–2008)"));
}

TEST_CASE("Anki GUIDs and note-type names are recognised, ordinary answers are not") {
    for (const char* guid :
         {"e]X#1tYv3a", "b7]Lq2%xYk", "Kx7pQ2mZ9a", "3f8b03fe464319b8cac6b84d03d2bdeb54f873db",
          "123e4567-e89b-12d3-a456-426614174000"})
        CHECK_MESSAGE(interop::looks_like_guid(guid), guid);
    for (const char* word : {"Pjöngjang", "Kim Il-sung", "COVID-19", "2.3.2022", "1950", "Il-62M",
                             "Wladiwostok", "Vereinte Nationen", "U-Boot-Krieg", "T-34/85"})
        CHECK_FALSE_MESSAGE(interop::looks_like_guid(word), word);
    CHECK(interop::looks_like_note_type("Basic (and reversed card)"));
    CHECK(interop::looks_like_note_type("Lückentext"));
    CHECK(interop::looks_like_note_type("cloze"));
    CHECK_FALSE(interop::looks_like_note_type("Basisvertrag"));
}

TEST_CASE("Lint warns about import leftovers in prompts and answers, not in quotes") {
    bank::Deck deck;
    deck.id = "imp";
    deck.title = "Import";
    deck.language = "de";
    deck.file = "imp.json";
    bank::Item a;
    a.id = "imp-fc-001";
    a.tags = {"Import"};
    a.difficulty = 2;
    a.body = bank::Flashcard{"Wann begann der Koreakrieg?<br>", "Juni&nbsp;1950"};
    bank::Item b = a;
    b.id = "imp-fc-002";
    b.body = bank::Flashcard{"e]X#1tYv3a", "Basic"};
    bank::Item c = a;
    c.id = "imp-fc-003";
    c.body = bank::Flashcard{"Der Krieg begann im {{c1::Juni 1950}}", "Tumen"};
    deck.items = {a, b, c};
    std::string warnings;
    for (const auto& p : io::lint_deck(deck))
        if (p.severity == io::Severity::Warning) warnings += io::format_problem(p) + "\n";
    CHECK(warnings.find("imp-fc-001: front: warning: HTML tag <br>") != std::string::npos);
    CHECK(warnings.find("imp-fc-001: back: warning: HTML entity &nbsp;") != std::string::npos);
    CHECK(
        warnings.find("imp-fc-002: front: warning: \"e]X#1tYv3a\" looks like an Anki note GUID") !=
        std::string::npos);
    CHECK(warnings.find("imp-fc-002: back: warning: \"Basic\" is an Anki note type's name") !=
          std::string::npos);
    CHECK(warnings.find("imp-fc-003: front: warning: cloze markup {{c1::") != std::string::npos);
}

TEST_CASE("Import detection knows Anki packages, Kahoot sheets and Anki text without headers") {
    using decks::ImportFormat;
    CHECK(decks::import_format(".apkg", "") == ImportFormat::AnkiPackage);
    CHECK(decks::import_format(".COLPKG", "") == ImportFormat::AnkiPackage);
    CHECK(decks::import_format(".xlsx", "") == ImportFormat::QuizSheet);
    CHECK(decks::import_format(".csv", "#html:true\nFront,Back\n") == ImportFormat::AnkiNotes);
    CHECK(decks::import_format(".txt", "#guid column:1\nabc\tFront\tBack\n") ==
          ImportFormat::AnkiNotes);
    CHECK(decks::import_format(".txt", "Tumen<br>\tGrenzfluss\nSeoul\tHauptstadt\n") ==
          ImportFormat::AnkiNotes);
    CHECK(decks::import_format(".csv", "Text,Extra\n{{c1::Juni 1950}},x\n") ==
          ImportFormat::AnkiNotes);
    CHECK(decks::import_format(".csv", "Tumen,Grenzfluss\nSeoul,Hauptstadt\n") ==
          ImportFormat::Table);
    CHECK(decks::import_format(".txt", "#Kommentar ohne Doppelpunkt\nEin Text.\n") ==
          ImportFormat::SourceText);
}
