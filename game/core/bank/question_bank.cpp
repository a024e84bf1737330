#include "bank/question_bank.hpp"

#include <utility>

namespace chronik::bank {

std::vector<std::string> QuestionBank::add_deck(Deck deck) {
    std::vector<std::string> dropped;
    std::vector<Item> kept;
    kept.reserve(deck.items.size());
    const std::size_t deck_index = decks_.size();
    for (auto& item : deck.items) {
        if (index_.find(item.id) != index_.end()) {
            dropped.push_back(item.id);
            continue;
        }
        index_.emplace(item.id, Location{deck_index, kept.size()});
        kept.push_back(std::move(item));
    }
    deck.items = std::move(kept);
    decks_.push_back(std::move(deck));
    return dropped;
}

const Item* QuestionBank::find(std::string_view item_id) const {
    const auto it = index_.find(item_id);
    if (it == index_.end()) return nullptr;
    return &decks_[it->second.deck].items[it->second.item];
}

const Deck* QuestionBank::deck_of(std::string_view item_id) const {
    const auto it = index_.find(item_id);
    if (it == index_.end()) return nullptr;
    return &decks_[it->second.deck];
}

std::vector<const Item*> QuestionBank::items() const {
    std::vector<const Item*> all;
    all.reserve(index_.size());
    for (const auto& deck : decks_) {
        for (const auto& item : deck.items)
            all.push_back(&item);
    }
    return all;
}

FlashcardFaces flashcard_faces(const Item& item, DateLanguage language) {
    if (const auto* mc = item.multiple_choice()) {
        return {mc->prompt, mc->answer, mc->explanation};
    }
    if (const auto* ev = item.event()) {
        return {ev->text, format_date(ev->date, language), {}};
    }
    const auto& fc = std::get<Flashcard>(item.body);
    return {fc.front, fc.back, {}};
}

}  // namespace chronik::bank
