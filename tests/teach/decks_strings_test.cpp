#include <doctest/doctest.h>

#include "support/text_table_checks.hpp"
#include "ui/text/decks_strings.hpp"

using namespace chronik::ui;

TEST_CASE("every deck screen string has German and English text, in enum order") {
    chronik::test::check_every_text<DecksText>();
    const StringTable de(Language::German), en(Language::English);
    CHECK(text(de, DecksText::DecksHeading) == "Stapel");
    CHECK(text(en, DecksText::DecksHeading) == "Decks");
    CHECK(format(de, DecksText::ImportRow, {"5", "kein Datum"}) == "Zeile 5: kein Datum");
}
