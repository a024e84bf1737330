#include <doctest/doctest.h>

#include "ui/text/import_failure_text.hpp"
#include "ui/text/row_problem_text.hpp"

using namespace chronik::ui;

TEST_CASE("an import failure names the file and says the problem in the UI language") {
    const StringTable de(Language::German), en(Language::English);
    CHECK(import_failure_text(de, ImportFailure::NoRowImported, "/home/lehrer/Listen/mc neu.csv",
                              "") ==
          "„mc neu.csv“ wurde nicht importiert: keine Zeile ließ sich importieren.");
    CHECK(import_failure_text(en, ImportFailure::NoRowImported, "~/mc.csv", "") ==
          "“mc.csv” was not imported: no row could be imported.");
    CHECK(import_failure_text(de, ImportFailure::NotUtf8, "liste.csv", "17") ==
          "„liste.csv“ wurde nicht importiert: die Datei ist kein UTF-8-Text (Byte 17) – als "
          "UTF-8 speichern und erneut versuchen.");
    CHECK(import_failure_text(de, ImportFailure::DeckIdTaken, "hanse.json", "hanse")
              .find("„hanse“ ist schon geladen") != std::string::npos);
    // A reason only the reader has (English) is kept, inside the UI's own sentence.
    CHECK(import_failure_text(de, ImportFailure::BadPackage, "k.apkg", "not a zip archive") ==
          "„k.apkg“ wurde nicht importiert: das Anki-Paket ist beschädigt oder keines (not a zip "
          "archive).");
    // Nothing chosen: the hint, no empty file name.
    CHECK(import_failure_text(de, ImportFailure::NoPath, "  ", "") ==
          "Bitte zuerst eine Datei wählen (Strg+O) oder ihren Pfad eingeben oder einfügen.");
}

TEST_CASE("every import failure has a German and an English text that differ") {
    const StringTable de(Language::German), en(Language::English);
    for (int i = static_cast<int>(ImportFailure::NoPath);
         i < static_cast<int>(ImportFailure::Other); ++i) {
        const auto f = static_cast<ImportFailure>(i);
        const auto g = import_failure_text(de, f, "a.csv", "x");
        const auto e = import_failure_text(en, f, "a.csv", "x");
        CHECK_MESSAGE(g != e, "failure " << i);
        CHECK_MESSAGE(g.find("{}") == std::string::npos, "failure " << i);
        CHECK_MESSAGE(e.find("{}") == std::string::npos, "failure " << i);
    }
}

TEST_CASE("an export failure names the deck and the problem") {
    const StringTable de(Language::German), en(Language::English);
    CHECK(export_failure_text(de, DeckLibrary::ExportFailure::OnlyDrafts, "Hanse", "")
              .rfind("„Hanse“ wurde nicht exportiert: er hat nur ungeprüfte Entwürfe", 0) == 0);
    CHECK(export_failure_text(en, DeckLibrary::ExportFailure::NotSaved, "Hanse", "disk full") ==
          "“Hanse” was not exported: the files could not be written (disk full).");
}

TEST_CASE("a skipped row, Anki note or Kahoot row is said in the UI language from its reason") {
    using chronik::text::RowProblem;
    using chronik::text::RowReason;
    const StringTable de(Language::German), en(Language::English);
    const RowProblem media{10,
                           "refers to karte.png, which is not imported (Chronik shows text only)",
                           RowReason::MediaLeftOut, "karte.png", "Q&9vR2kLaa"};
    CHECK(row_problem_text(de, media) ==
          "Notiz Q&9vR2kLaa: Hinweis: verweist auf karte.png, das nicht importiert wird (Chronik "
          "zeigt nur Text)");
    CHECK(row_problem_text(en, media) ==
          "note Q&9vR2kLaa: warning: refers to karte.png, which is not imported (Chronik shows "
          "text only)");
    const RowProblem unnamed{3, "the back is empty; skipped", RowReason::BackEmpty, "",
                             "\"Wer gründete Seoul?\""};
    CHECK(row_problem_text(de, unnamed) ==
          "\"Wer gründete Seoul?\": die Rückseite ist leer (Bilder und Töne zählen nicht)");
    const RowProblem kahoot{7, "\"5\" is not a correct answer (1-4, several separated by commas)",
                            RowReason::NotACorrectAnswer, "5"};
    CHECK(row_problem_text(de, kahoot) ==
          "„5“ ist keine richtige Antwort (1–4, mehrere durch Kommas getrennt)");
    CHECK(row_problem_text(de, {4, "answers without a question",
                                RowReason::AnswersWithoutQuestion}) == "Antworten ohne Frage");
    // A problem the game has no words for keeps the reader's own line.
    CHECK(row_problem_text(de, {2, "something new"}) == "something new");
}

TEST_CASE("every row reason has a German and an English text that differ") {
    const StringTable de(Language::German), en(Language::English);
    for (int i = static_cast<int>(chronik::text::RowReason::NeedsTermAndDefinition);
         i <= static_cast<int>(chronik::text::RowReason::KeptAsFlashcard); ++i) {
        const chronik::text::RowProblem p{1, "english", static_cast<chronik::text::RowReason>(i),
                                          "x"};
        const auto g = row_problem_text(de, p);
        const auto e = row_problem_text(en, p);
        CHECK_MESSAGE(g != e, "reason " << i);
        CHECK_MESSAGE(g != "english", "reason " << i);
        CHECK_MESSAGE(g.find("{}") == std::string::npos, "reason " << i);
    }
}
