#include <doctest/doctest.h>

#include "support/text_table_checks.hpp"
#include "ui/text/memory_model_strings.hpp"

using namespace chronik::ui;

TEST_CASE("every memory-model string exists in German and English with the same placeholders") {
    chronik::test::check_every_text<MemoryModelText>();
    const StringTable de(Language::German), en(Language::English);
    CHECK(text(de, MemoryModelText::SettingsEntry) == "Gedächtnismodell anpassen");
    CHECK(format(de, MemoryModelText::Better, {"3,4"}) ==
          "Das angepasste Modell sagt dein Erinnern um 3,4 % besser voraus.");
}

TEST_CASE("figures use a decimal comma in German and never show a minus zero") {
    const StringTable de(Language::German), en(Language::English);
    CHECK(number(de, 3.4159, 1) == "3,4");
    CHECK(number(en, 3.4159, 1) == "3.4");
    CHECK(number(de, 0.51623, 4) == "0,5162");
    CHECK(number(de, -0.01, 1) == "0,0");
    CHECK(number(en, -2.25, 1) == "-2.2");
}
