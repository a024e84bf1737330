// A deck: one bank file's metadata, its source text and its items.
#pragma once

#include <string>
#include <vector>

#include "bank/item.hpp"

namespace chronik::bank {

struct Deck {
    std::string id;           // lowercase letters, digits and '-'
    std::string title;        // shown in the game
    std::string language;     // BCP-47, "de" for the shipped bank
    std::string file;         // the deck file as given to the loader, for messages
    std::string source_file;  // "deck.source" as written, relative to the deck file; may be empty
    std::string
        source_text;  // the source's UTF-8 text, filled by the loader; empty without a source
    std::vector<Item> items;

    bool has_source() const { return !source_file.empty(); }
};

}  // namespace chronik::bank
