// The join screens' texts: every entry in German and English, with the same placeholders.
#include <doctest/doctest.h>

#include <string>

#include "ui/text/network_join_strings.hpp"

using namespace chronik::ui;

namespace {

std::size_t placeholders(const std::string& s) {
    std::size_t n = 0;
    for (auto at = s.find("{}"); at != std::string::npos; at = s.find("{}", at + 2))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("every join text exists in German and English with the same placeholders") {
    const StringTable de(Language::German), en(Language::English);
    for (std::size_t i = 0; i < static_cast<std::size_t>(JoinText::Count); ++i) {
        const auto id = static_cast<JoinText>(i);
        CAPTURE(i);
        CHECK_FALSE(text(de, id).empty());
        CHECK_FALSE(text(en, id).empty());
        CHECK(placeholders(text(de, id)) == placeholders(text(en, id)));
    }
    CHECK(text(de, JoinText::ButtonReconnect) == "Erneut verbinden");
    CHECK(format(en, JoinText::QuestionOf, {"2", "10"}) == "Question 2 of 10");
}
