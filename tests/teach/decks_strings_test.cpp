#include <doctest/doctest.h>

#include "ui/text/decks_strings.hpp"

using namespace chronik::ui;

TEST_CASE("every deck screen string has German and English text, in enum order") {
    const StringTable de(Language::German), en(Language::English);
    for (int i = 0; i < static_cast<int>(DecksText::Count); ++i) {
        const auto id = static_cast<DecksText>(i);
        CHECK_FALSE(text(de, id).empty());
        CHECK_FALSE(text(en, id).empty());
    }
    CHECK(text(de, DecksText::DecksHeading) == "Stapel");
    CHECK(text(en, DecksText::DecksHeading) == "Decks");
    CHECK(format(de, DecksText::ImportRow, {"5", "kein Datum"}) == "Zeile 5: kein Datum");
}
