#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "decks/import_format.hpp"
#include "decks/typed_path.hpp"

using namespace chronik::decks;

TEST_CASE("a .json file is a deck whatever its text, in any letter case") {
    CHECK(import_format(".json", "") == ImportFormat::Deck);
    CHECK(import_format(".JSON", "a\tb\n") == ImportFormat::Deck);
}

TEST_CASE("prose in a .txt, .md or extensionless file is a text to derive a draft from") {
    const std::string prose = "Im Jahr 1159 gründete Heinrich der Löwe Lübeck neu.\n\nDanach.\n";
    CHECK(import_format(".txt", prose) == ImportFormat::SourceText);
    CHECK(import_format(".md", prose) == ImportFormat::SourceText);
    CHECK(import_format("", prose) == ImportFormat::SourceText);
    CHECK(import_format(".txt", "") == ImportFormat::SourceText);
    CHECK(import_format(".txt", "  \n\t\n") == ImportFormat::SourceText);
}

TEST_CASE("a text file whose lines mostly hold a tab is a table, as Quizlet exports it") {
    CHECK(import_format(".txt", "Glasnost\tOffenheit\nPerestroika\tUmbau\nEin Satz ohne.\n") ==
          ImportFormat::Table);
    // Exactly half tabbed still counts as a table; fewer is prose with a stray tab.
    CHECK(import_format(".txt", "a\tb\nProsa.\n") == ImportFormat::Table);
    CHECK(import_format(".txt", "a\tb\nProsa.\nNoch mehr.\n") == ImportFormat::SourceText);
}

TEST_CASE("a date/event table saved as text is a table, with or without a header line") {
    CHECK(import_format(".txt", "date,event\n1950,Koreakrieg beginnt\n1953,Waffenstillstand\n") ==
          ImportFormat::Table);
    CHECK(import_format(".txt", "Zeit;Beschreibung\nJuni 1950;Krieg\n2. März 2022;UN-Votum\n") ==
          ImportFormat::Table);
    // Prose whose sentences start with a year is still prose.
    CHECK(import_format(".txt",
                        "1950 begann der Krieg, der lange dauerte.\nDanach kam, wie erwartet, "
                        "der Waffenstillstand.\nEs folgten Jahre, in denen nichts geschah.\n") ==
          ImportFormat::SourceText);
}

TEST_CASE("only the first 50 non-blank lines of a text decide") {
    std::string text;
    for (int i = 0; i < 50; ++i)
        text += "Satz " + std::to_string(i) + ".\n\n";
    for (int i = 0; i < 200; ++i)
        text += "a\tb\n";
    CHECK(import_format(".txt", text) == ImportFormat::SourceText);
}

TEST_CASE("an Anki header makes a text file Anki notes, even before any tab") {
    CHECK(import_format(".txt", "#separator:tab\n#html:false\nTumen\tGrenzfluss\n") ==
          ImportFormat::AnkiNotes);
    CHECK(import_format("", "Prosa.\n#separator:Comma\n") == ImportFormat::AnkiNotes);
}

TEST_CASE("any other extension is a table") {
    CHECK(import_format(".csv", "Prosa ohne Trenner.") == ImportFormat::Table);
    CHECK(import_format(".tsv", "") == ImportFormat::Table);
}

TEST_CASE("rows of five or more cells in most rows make multiple-choice questions") {
    TableShape shape;
    shape.add_row({"Frage?", "1961", "1953", "1965", "1970"});
    shape.add_row({"Frage 2?", "a", "b", "c", "d", "Erklärung"});
    shape.add_row({"Begriff", "Definition"});
    CHECK(shape.kind() == TableKind::MultipleChoice);
}

TEST_CASE("a date in the first cell of most rows makes a timeline") {
    TableShape shape;
    shape.add_row({"1950", "Beginn des Koreakriegs"});
    shape.add_row({" Juni 1950 ", "Nordkorea greift den Süden an"});
    shape.add_row({"irgendwann", "Dieses Datum versteht niemand"});
    CHECK(shape.kind() == TableKind::Timeline);
}

TEST_CASE("a table without a majority of wide or dated rows is flashcards") {
    TableShape shape;
    CHECK(shape.kind() == TableKind::Flashcard);  // no rows at all
    shape.add_row({"1950", "Beginn"});
    shape.add_row({"Glasnost", "Offenheit"});
    CHECK(shape.kind() == TableKind::Flashcard);  // half dated is not most
    shape.add_row({});
    CHECK(shape.kind() == TableKind::Flashcard);
}

TEST_CASE("a pasted path loses spaces and quotes and keeps everything else") {
    CHECK(path_as_typed("  /tmp/fragen.csv \n", "/home/a") == "/tmp/fragen.csv");
    CHECK(path_as_typed("\"/tmp/mit Leer.csv\"", "/home/a") == "/tmp/mit Leer.csv");
    CHECK(path_as_typed("'/tmp/x.csv'", "/home/a") == "/tmp/x.csv");
    CHECK(path_as_typed("\"/tmp/x.csv'", "/home/a") == "\"/tmp/x.csv'");  // not a pair
    CHECK(path_as_typed("", "/home/a") == "");
}

TEST_CASE("a file manager's URI is decoded, umlauts as UTF-8 bytes") {
    CHECK(path_as_typed("file:///tmp/Fragen%20f%C3%BCr%20Kurs%209.csv", "") ==
          "/tmp/Fragen für Kurs 9.csv");
    // A percent sign that starts no escape stays.
    CHECK(path_as_typed("file:///tmp/100%.csv", "") == "/tmp/100%.csv");
    CHECK(path_as_typed("file:///tmp/%zz.csv", "") == "/tmp/%zz.csv");
}

TEST_CASE("a leading ~/ is the home folder when one is known") {
    CHECK(path_as_typed("~/Dokumente/a.csv", "/home/anna") == "/home/anna/Dokumente/a.csv");
    CHECK(path_as_typed("~/a.csv", "") == "~/a.csv");
    CHECK(path_as_typed("/tmp/~/a.csv", "/home/anna") == "/tmp/~/a.csv");
}
