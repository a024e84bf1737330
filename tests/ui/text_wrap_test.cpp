#include <doctest/doctest.h>

#include "ui/widgets/text_wrap.hpp"

using namespace chronik::ui;

namespace {
// Every character is 10 px wide, no kerning.
const AdvanceFn kMono = [](char32_t, char32_t) { return 10.f; };
}  // namespace

TEST_CASE("words wrap at spaces so that no line is wider than the box") {
    const auto lines = wrap_lines(U"Die Konferenz von Jalta", 100.f, kMono);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == U"Die");
    CHECK(lines[1] == U"Konferenz");
    CHECK(lines[2] == U"von Jalta");
    for (const auto& l : lines)
        CHECK(line_width(l, kMono) <= 100.f);
}

TEST_CASE("a word longer than the box is split between characters") {
    const auto lines = wrap_lines(U"Donaudampfschifffahrt", 50.f, kMono);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == U"Donau");
    for (const auto& l : lines)
        CHECK(line_width(l, kMono) <= 50.f);
}

TEST_CASE("line breaks in the text are kept and empty text gives one empty line") {
    const auto lines = wrap_lines(U"eins\nzwei", 500.f, kMono);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == U"zwei");
    CHECK(wrap_lines(U"", 100.f, kMono) == std::vector<std::u32string>{U""});
}

TEST_CASE("umlauts and Cyrillic count as one character each") {
    const auto lines = wrap_lines(U"Ähre Кирилл ŏ", 60.f, kMono);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == U"Кирилл");
}

TEST_CASE("compounds break after their hyphen before any word is split between characters") {
    const auto lines = wrap_lines(U"Russisch-Ukrainischer Krieg", 120.f, kMono);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == U"Russisch-");
    CHECK(lines[1] == U"Ukrainischer");
    CHECK(lines[2] == U"Krieg");
    CHECK_FALSE(needs_char_split(U"Russisch-Ukrainischer Krieg", 120.f, kMono));
    CHECK(needs_char_split(U"Donaudampfschifffahrt", 120.f, kMono));
}
