// Test helper: every id of a feature's string table has German and English text with the same
// number of "{}" placeholders.
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

#include "ui/text/strings.hpp"

namespace chronik::test {

inline std::size_t placeholder_count(const std::string& s) {
    std::size_t n = 0;
    for (auto at = s.find("{}"); at != std::string::npos; at = s.find("{}", at + 2))
        ++n;
    return n;
}

// `text(table, id)` is found next to Id (chronik::ui), as every feature table declares it.
template <class Id>
void check_every_text() {
    const ui::StringTable de(ui::Language::German), en(ui::Language::English);
    for (std::size_t i = 0; i < static_cast<std::size_t>(Id::Count); ++i) {
        const auto id = static_cast<Id>(i);
        CAPTURE(i);
        CHECK_FALSE(text(de, id).empty());
        CHECK_FALSE(text(en, id).empty());
        CHECK(placeholder_count(text(de, id)) == placeholder_count(text(en, id)));
    }
}

}  // namespace chronik::test
