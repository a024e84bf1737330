#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "decks/file_choice.hpp"

using namespace chronik::decks;

namespace {

std::vector<std::string> names(const std::vector<FolderEntry>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.name);
    return out;
}

}  // namespace

TEST_CASE("a file's importer is chosen by its extension in any case") {
    CHECK(importer_for_name("Stapel.JSON") == ImportFormat::Deck);
    CHECK(importer_for_name("Geschichte 10b.apkg") == ImportFormat::AnkiPackage);
    CHECK(importer_for_name("sammlung.colpkg") == ImportFormat::AnkiPackage);
    CHECK(importer_for_name("Kahoot Quiz.xlsx") == ImportFormat::QuizSheet);
    CHECK(importer_for_name("liste.csv") == ImportFormat::Table);
    CHECK(importer_for_name("liste.TSV") == ImportFormat::Table);
    CHECK(importer_for_name("vokabeln.tab") == ImportFormat::Table);
    CHECK(importer_for_name("artikel.txt") == ImportFormat::SourceText);
    CHECK(importer_for_name("notizen.md") == ImportFormat::SourceText);
    CHECK_FALSE(importer_for_name("foto.jpg"));
    CHECK_FALSE(importer_for_name("README"));
    CHECK_FALSE(importer_for_name(".csv"));  // a hidden file named only by its extension
    CHECK_FALSE(importer_for_name("tabelle.xls"));
}

TEST_CASE("names fold German letters and accents for sorting and jumping") {
    CHECK(folded_name("Äpfel Über Öl") == "apfel uber ol");
    CHECK(folded_name("Straße") == "strasse");
    CHECK(folded_name("Élysée Café") == "elysee cafe");
    CHECK(folded_name("😀 Emoji") == "😀 emoji");  // other bytes stay
}

TEST_CASE("natural order compares digit runs as numbers") {
    CHECK(natural_less("kapitel 2", "kapitel 10"));
    CHECK_FALSE(natural_less("kapitel 10", "kapitel 2"));
    CHECK(natural_less("a", "ab"));
    CHECK(natural_less("datei 007", "datei 8"));
    CHECK_FALSE(natural_less("x", "x"));
}

TEST_CASE("the chooser lists folders first, then importable files, hidden ones on request") {
    const std::vector<FolderEntry> all{
        {"zettel.csv", EntryKind::File},    {"Bilder", EntryKind::Folder},
        {".config", EntryKind::Folder},     {"Äpfel.txt", EntryKind::File},
        {"foto.jpg", EntryKind::File},      {"Kapitel 10.csv", EntryKind::File},
        {"Kapitel 2.csv", EntryKind::File}, {"alt", EntryKind::Folder},
        {".geheim.csv", EntryKind::File},   {"weg.apkg", EntryKind::BrokenLink},
        {"Übungen", EntryKind::Folder},     {"mit Leerzeichen 😀.apkg", EntryKind::File}};
    CHECK(names(chooser_rows(all, false)) ==
          std::vector<std::string>{"alt", "Bilder", "Übungen", "Äpfel.txt", "Kapitel 2.csv",
                                   "Kapitel 10.csv", "mit Leerzeichen 😀.apkg", "weg.apkg",
                                   "zettel.csv"});
    const auto hidden = names(chooser_rows(all, true));
    CHECK(hidden.front() == ".config");
    CHECK(std::find(hidden.begin(), hidden.end(), ".geheim.csv") != hidden.end());
    CHECK(std::find(hidden.begin(), hidden.end(), "foto.jpg") == hidden.end());
}

TEST_CASE("typing jumps to the next name that starts with the typed letters") {
    const auto rows = chooser_rows({{"anna.csv", EntryKind::File},
                                    {"Ärger.csv", EntryKind::File},
                                    {"berta.csv", EntryKind::File},
                                    {"Bernd.csv", EntryKind::File},
                                    {"Kurs", EntryKind::Folder}},
                                   false);
    // Kurs, anna, Ärger, Bernd, berta
    CHECK(jump_to_name(rows, "b", 0) == 3);
    CHECK(jump_to_name(rows, "B", 4) == 4);  // the same letter again: the next one
    CHECK(jump_to_name(rows, "b", 5) == 3);  // wraps around
    CHECK(jump_to_name(rows, "bert", 0) == 4);
    CHECK(jump_to_name(rows, "är", 0) == 2);
    CHECK(jump_to_name(rows, "ar", 0) == 2);  // Ärger folds to arger
    CHECK(jump_to_name(rows, "k", 1) == 0);
    CHECK_FALSE(jump_to_name(rows, "z", 0));
    CHECK_FALSE(jump_to_name({}, "a", 0));
}

TEST_CASE("the list window follows the selection and never scrolls past the end") {
    CHECK(scroll_to_show(0, 0, 10, 5) == 0);
    CHECK(scroll_to_show(12, 0, 10, 100) == 3);
    CHECK(scroll_to_show(5, 3, 10, 100) == 3);
    CHECK(scroll_to_show(2, 3, 10, 100) == 2);
    CHECK(scroll_to_show(99, 0, 10, 100) == 90);
    CHECK(scroll_to_show(50, 95, 10, 100) == 50);
    CHECK(scroll_to_show(9999, 9990, 12, 10000) == 9988);
}
