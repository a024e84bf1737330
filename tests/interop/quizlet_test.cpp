// Quizlet term lists with its three separator choices, and rows that do not fit never cut.
#include <doctest/doctest.h>

#include <string>

#include "io/import/delimited.hpp"
#include "io/import/table_import.hpp"

using namespace chronik;

namespace {

io::TableImport import(const std::string& text, const std::string& term = "",
                       const std::string& row = "") {
    const io::ImportOptions o{io::ImportKind::Flashcard, "q", "Q", "", std::nullopt, term, row};
    return io::import_table(text, o);
}

std::string card(const io::TableImport& t, std::size_t i) {
    REQUIRE(i < t.deck.items.size());
    const auto* fc = t.deck.items[i].flashcard();
    std::string out = fc->front;  // appended: g++ 12 warns falsely (-Wrestrict) on a + chain
    out.append(" => ").append(fc->back);
    return out;
}

}  // namespace

TEST_CASE("Quizlet's default export (tab, new line) imports every term") {
    const auto t = import("Tumen\tGrenzfluss\nPjöngjang\tHauptstadt, am Taedong\n");
    CHECK(t.imported == 2);
    CHECK(card(t, 1) == "Pjöngjang => Hauptstadt, am Taedong");
}

TEST_CASE("Quizlet's tab and semicolon export (one line) is detected") {
    const auto t = import("Tumen\tGrenzfluss;Pjöngjang\tHauptstadt;Seoul\tSüdkorea");
    CHECK(t.imported == 3);
    CHECK(card(t, 2) == "Seoul => Südkorea");
}

TEST_CASE("Quizlet's comma export imports, and a term with a comma is reported, not cut") {
    const auto t = import("Tumen,Grenzfluss\nKim Il-sung,Staatsgründer, 1948\nSeoul,Südkorea\n");
    CHECK(t.imported == 2);
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].line == 2);
    CHECK(t.problems[0].message ==
          "3 cells where a term list has 2 (term, definition): the separator \",\" also occurs "
          "in the text; choose another one (--separator)");
}

TEST_CASE("Custom separators: ' - ' between term and definition, an empty line between rows") {
    const std::string text =
        "Tumen - Grenzfluss\nzu Russland\n\nKim Il-sung - Staatsgründer, 1948\n\nSeoul - Südkorea";
    const auto t = import(text, io::separator_from_name(" - "), io::separator_from_name("\\n\\n"));
    CHECK(t.imported == 3);
    CHECK(card(t, 0) == "Tumen => Grenzfluss\nzu Russland");
    CHECK(card(t, 1) == "Kim Il-sung => Staatsgründer, 1948");
    CHECK(t.deck.items.size() == 3);
    const auto lines = io::parse_term_list(text, " - ", "\n\n");
    REQUIRE(lines.rows.size() == 3);
    CHECK(lines.rows[1].line == 4);
    CHECK(lines.rows[2].line == 6);
}

TEST_CASE("A custom separator that splits a definition twice is reported with its line") {
    const auto t = import("a - b - c\nd - e\n", " - ", "");
    CHECK(t.imported == 1);
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].line == 1);
    CHECK(t.problems[0].message.find("the separator \" - \" also occurs") != std::string::npos);
}

TEST_CASE("Separator names: tab, comma, semicolon, newline and escapes") {
    CHECK(io::separator_from_name("Tab") == "\t");
    CHECK(io::separator_from_name("comma") == ",");
    CHECK(io::separator_from_name("semicolon") == ";");
    CHECK(io::separator_from_name("newline") == "\n");
    CHECK(io::separator_from_name("\\n\\n") == "\n\n");
    CHECK(io::separator_from_name(" :: ") == " :: ");
}
