// The class game's strings: every entry in both languages, with the same placeholders.
#include <doctest/doctest.h>

#include <string>

#include "ui/text/classroom_strings.hpp"

using namespace chronik::ui;

namespace {
std::size_t placeholders(const std::string& s) {
    std::size_t n = 0;
    for (auto at = s.find("{}"); at != std::string::npos; at = s.find("{}", at + 2))
        ++n;
    return n;
}
}  // namespace

TEST_CASE("every class game string exists in German and English with the same placeholders") {
    const StringTable de(Language::German), en(Language::English);
    for (std::size_t i = 0; i < static_cast<std::size_t>(ClassText::Count); ++i) {
        const auto id = static_cast<ClassText>(i);
        CAPTURE(i);
        CHECK_FALSE(text(de, id).empty());
        CHECK_FALSE(text(en, id).empty());
        CHECK(placeholders(text(de, id)) == placeholders(text(en, id)));
    }
    CHECK(text(de, ClassText::PlayLocked) == "gesperrt");
    CHECK(text(en, ClassText::PlayLocked) == "locked");
    CHECK(format(en, ClassText::PlayQuestionOf, {"2", "5"}) == "Round 2 of 5");
}
