#include <doctest/doctest.h>

#include "ui/text/strings.hpp"

using namespace chronik::ui;

TEST_CASE("every string id has a German and an English text") {
    const StringTable de(Language::German), en(Language::English);
    for (int i = 0; i < static_cast<int>(TextId::Count); ++i) {
        const auto id = static_cast<TextId>(i);
        CHECK_MESSAGE(!de.get(id).empty(), "German text missing for id " << i);
        CHECK_MESSAGE(!en.get(id).empty(), "English text missing for id " << i);
    }
}

TEST_CASE("the German table is the default language and speaks German") {
    CHECK(StringTable(Language::German).get(TextId::HomeStudy) == "Lernen");
    CHECK(StringTable(Language::English).get(TextId::HomeStudy) == "Study");
    CHECK(language_from_code("de") == Language::German);
    CHECK(language_from_code("en") == Language::English);
    CHECK_FALSE(language_from_code("fr").has_value());
}

TEST_CASE("placeholders are filled in order and extra ones stay") {
    CHECK(fill_placeholders("{} von {}", {"3", "10"}) == "3 von 10");
    CHECK(fill_placeholders("Hallo, {}!", {"Jürgen"}) == "Hallo, Jürgen!");
    CHECK(fill_placeholders("{} {}", {"a"}) == "a {}");
    CHECK(StringTable(Language::German).format(TextId::HomeStreakDays, {"4"}) == "4 Tage");
}
