// All loaded decks with a fast lookup by item id, and the flashcard faces of any item.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bank/deck.hpp"

namespace chronik::bank {

class QuestionBank {
public:
    // Adds a deck. Items whose id is already in the bank (from an earlier
    // deck, or earlier in this deck) are left out; their ids are returned so
    // the caller can report them. Pointers from find() stay valid until the
    // next add_deck().
    std::vector<std::string> add_deck(Deck deck);

    const std::vector<Deck>& decks() const { return decks_; }
    std::size_t item_count() const { return index_.size(); }
    bool empty() const { return index_.empty(); }

    // O(log n). nullptr when no item has this id.
    const Item* find(std::string_view item_id) const;
    const Deck* deck_of(std::string_view item_id) const;

    // Every item of every deck, in deck order then file order.
    std::vector<const Item*> items() const;

private:
    struct Location {
        std::size_t deck = 0;
        std::size_t item = 0;
    };
    std::vector<Deck> decks_;
    std::map<std::string, Location, std::less<>> index_;
};

// What a flashcard shows. For a multiple-choice item: front = prompt,
// back = answer, note = explanation. For an event: front = event text,
// back = its date in `language`. A flashcard item as written (note empty).
struct FlashcardFaces {
    std::string front;
    std::string back;
    std::string note;
};

FlashcardFaces flashcard_faces(const Item& item, DateLanguage language);

}  // namespace chronik::bank
