// A table of UI strings, German and English per id, in the order of the id's enum; one per feature.
#pragma once

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>

#include "ui/text/strings.hpp"

namespace chronik::ui {

template <class Id>
struct TextEntry {
    Id id;
    std::string de;
    std::string en;
};

template <class Id>
using TextTable = std::array<TextEntry<Id>, static_cast<std::size_t>(Id::Count)>;

// Throws std::logic_error naming the table when an entry is not at its id's place (an entry
// added to the enum but not to the table, or the other way round).
template <class Id>
bool check_text_order(const TextTable<Id>& table, const char* name) {
    for (std::size_t i = 0; i < table.size(); ++i)
        if (static_cast<std::size_t>(table[i].id) != i)
            throw std::logic_error(std::string(name) + " string table out of order at entry " +
                                   std::to_string(i));
    return true;
}

template <class Id>
const std::string& pick_text(const TextTable<Id>& table, Id id, Language language) {
    const auto& e = table.at(static_cast<std::size_t>(id));
    return language == Language::German ? e.de : e.en;
}

}  // namespace chronik::ui
