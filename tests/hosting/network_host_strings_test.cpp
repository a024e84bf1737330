#include <doctest/doctest.h>

#include "support/text_table_checks.hpp"
#include "ui/text/network_host_strings.hpp"

using namespace chronik::ui;

TEST_CASE("every hosting string exists in German and English with the same placeholders") {
    chronik::test::check_every_text<NetworkHostText>();
    const StringTable de(Language::German), en(Language::English);
    CHECK(format(de, NetworkHostText::AnsweredOf, {"4", "5"}) == "4 von 5 haben geantwortet");
    CHECK(format(en, NetworkHostText::AnsweredOf, {"4", "5"}) == "4 of 5 have answered");
}
