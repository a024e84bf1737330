// The class game's strings: every entry in both languages, with the same placeholders.
#include <doctest/doctest.h>

#include "support/text_table_checks.hpp"
#include "ui/text/classroom_strings.hpp"

using namespace chronik::ui;

TEST_CASE("every class game string exists in German and English with the same placeholders") {
    chronik::test::check_every_text<ClassText>();
    const StringTable de(Language::German), en(Language::English);
    CHECK(text(de, ClassText::PlayLocked) == "gesperrt");
    CHECK(text(en, ClassText::PlayLocked) == "locked");
    CHECK(format(en, ClassText::PlayQuestionOf, {"2", "5"}) == "Round 2 of 5");
}
