// The join screens' texts: every entry in German and English, with the same placeholders.
#include <doctest/doctest.h>

#include "support/text_table_checks.hpp"
#include "ui/text/network_join_strings.hpp"

using namespace chronik::ui;

TEST_CASE("every join text exists in German and English with the same placeholders") {
    chronik::test::check_every_text<JoinText>();
    const StringTable de(Language::German), en(Language::English);
    CHECK(text(de, JoinText::ButtonReconnect) == "Erneut verbinden");
    CHECK(format(en, JoinText::QuestionOf, {"2", "10"}) == "Question 2 of 10");
}
