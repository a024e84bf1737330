#include "decks/deck_contents.hpp"

namespace chronik::decks {

DeckContents deck_contents(const bank::Deck& deck) {
    DeckContents out;
    for (const auto& item : deck.items) {
        if (item.draft) {
            ++out.drafts;
            continue;
        }
        switch (item.kind()) {
            case bank::ItemKind::MultipleChoice:
                ++out.multiple_choice;
                break;
            case bank::ItemKind::Event:
                ++out.events;
                break;
            case bank::ItemKind::Flashcard:
                ++out.flashcards;
                break;
        }
    }
    return out;
}

std::string free_deck_id(const std::string& wanted,
                         const std::function<bool(const std::string&)>& taken) {
    if (!taken(wanted)) return wanted;
    for (int n = 2;; ++n) {
        auto id = wanted + "-" + std::to_string(n);
        if (!taken(id)) return id;
    }
}

}  // namespace chronik::decks
