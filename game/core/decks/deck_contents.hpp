// What a deck holds, as the deck list shows it: its reviewed items by kind, its drafts apart, and
// the id a new deck gets when the one it wants is taken.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "bank/deck.hpp"

namespace chronik::decks {

struct DeckContents {
    std::size_t multiple_choice = 0, events = 0, flashcards = 0;  // reviewed items only
    std::size_t drafts = 0;  // items still to review (never studied), whatever their kind
    friend bool operator==(const DeckContents&, const DeckContents&) = default;
};

DeckContents deck_contents(const bank::Deck& deck);

// `wanted` when it is free, else the first free of wanted-2, wanted-3, ... (a second import of
// "hanse.csv" becomes "hanse-2"; the first deck keeps its id, so its item ids and progress stay).
std::string free_deck_id(const std::string& wanted,
                         const std::function<bool(const std::string&)>& taken);

}  // namespace chronik::decks
