#include <doctest/doctest.h>

#include <algorithm>

#include "ui/text/hyphenator.hpp"
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

// German syllable breaks (#22 item 17): the longest words of the shipped deck on a narrow card.

namespace {
HyphenFn german() {
    return [](const std::u32string& w) { return Hyphenator::german().breaks(w); };
}
}  // namespace

TEST_CASE("German words break at their syllables, never inside one") {
    const auto& h = Hyphenator::german();
    REQUIRE_MESSAGE(h.loaded(), "hyphen-de (/usr/share/hyphen/hyph_de_DE.dic) is not installed");
    const std::u32string word = U"Freundschaftsabkommen";
    const auto b = h.breaks(word);
    REQUIRE_FALSE(b.empty());
    // "Freund-schafts-ab-kom-men": every break is one of these, and the compound's seam is one.
    for (const auto i : b)
        CHECK((i == 6 || i == 13 || i == 15 || i == 18));
    CHECK(std::find(b.begin(), b.end(), 13) != b.end());
    // Upper case, umlauts and punctuation around the word.
    const auto p = h.breaks(U"„Präsidentschaftswahlen“,");
    REQUIRE_FALSE(p.empty());
    for (const auto i : p)
        CHECK((i > 1 && i < 23));
    CHECK(h.breaks(U"Krieg").empty());
    CHECK(h.breaks(U"Кирилл-Wort").empty());
}

TEST_CASE("the longest words of the shipped deck wrap at syllables on a narrow card") {
    for (const std::u32string word :
         {U"Waffenstillstandsabkommen", U"Verteidigungsministerium", U"Geheimdienstmitarbeiter",
          U"Präsidentschaftswahlen", U"Freundschaftsabkommen", U"Atomwaffensperrvertrag"}) {
        // 12 characters a line: each word needs two or three.
        const auto lines = wrap_lines(U"Das " + word + U" gilt", 120.f, kMono, german());
        CHECK_FALSE(needs_char_split(word, 120.f, kMono, german()));
        for (const auto& l : lines)
            CHECK(line_width(l, kMono) <= 120.f);
        // Nothing lost, and every break inside the word carries a hyphen at a syllable.
        std::u32string text;
        for (const auto& l : lines) {
            auto piece = l;
            if (!piece.empty() && piece.back() == U'-') piece.pop_back();
            text += piece;
        }
        CHECK(text.find(word) != std::u32string::npos);
        const auto breaks = Hyphenator::german().breaks(word);
        std::size_t at = 0;
        for (const auto& l : lines) {
            if (l.empty() || l.back() != U'-') continue;
            const auto start = l.rfind(U' ') == std::u32string::npos ? 0 : l.rfind(U' ') + 1;
            at += l.size() - 1 - start;
            CHECK(std::find(breaks.begin(), breaks.end(), at) != breaks.end());
        }
    }
}
