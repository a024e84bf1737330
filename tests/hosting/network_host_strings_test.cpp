#include <doctest/doctest.h>

#include <string>

#include "ui/text/network_host_strings.hpp"

using namespace chronik::ui;

namespace {

std::size_t placeholders(const std::string& s) {
    std::size_t n = 0;
    for (auto i = s.find("{}"); i != std::string::npos; i = s.find("{}", i + 2))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("every hosting string exists in German and English with the same placeholders") {
    const StringTable de(Language::German), en(Language::English);
    for (std::size_t i = 0; i < static_cast<std::size_t>(NetworkHostText::Count); ++i) {
        const auto id = static_cast<NetworkHostText>(i);
        CAPTURE(i);
        CHECK_FALSE(text(de, id).empty());
        CHECK_FALSE(text(en, id).empty());
        CHECK(placeholders(text(de, id)) == placeholders(text(en, id)));
    }
    CHECK(format(de, NetworkHostText::AnsweredOf, {"4", "5"}) == "4 von 5 haben geantwortet");
    CHECK(format(en, NetworkHostText::AnsweredOf, {"4", "5"}) == "4 of 5 have answered");
}
