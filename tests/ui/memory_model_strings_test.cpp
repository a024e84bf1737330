#include <doctest/doctest.h>

#include <string>

#include "ui/text/memory_model_strings.hpp"

using namespace chronik::ui;

namespace {

std::size_t placeholders(const std::string& s) {
    std::size_t n = 0;
    for (auto at = s.find("{}"); at != std::string::npos; at = s.find("{}", at + 2))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("every memory-model string exists in German and English with the same placeholders") {
    const StringTable de(Language::German), en(Language::English);
    for (int i = 0; i < static_cast<int>(MemoryModelText::Count); ++i) {
        const auto id = static_cast<MemoryModelText>(i);
        CAPTURE(i);
        CHECK_FALSE(text(de, id).empty());
        CHECK_FALSE(text(en, id).empty());
        CHECK(placeholders(text(de, id)) == placeholders(text(en, id)));
    }
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
