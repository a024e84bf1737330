#include "decks/deck_scope.hpp"

#include <algorithm>

namespace chronik::decks {
namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

DeckScope::DeckScope(const bank::QuestionBank& bank, const std::vector<std::string>& chosen) {
    for (const auto& deck : bank.decks())
        if (contains(chosen, deck.id) && !contains(deck_ids_, deck.id))
            deck_ids_.push_back(deck.id);
    if (deck_ids_.empty())
        for (const auto& deck : bank.decks())
            if (!contains(deck_ids_, deck.id)) deck_ids_.push_back(deck.id);
    for (const auto* item : bank.items()) {
        if (item->draft) continue;
        const auto* deck = bank.deck_of(item->id);
        if (deck && includes_deck(deck->id)) items_.push_back(item);
    }
}

bool DeckScope::includes_deck(std::string_view deck_id) const {
    return contains(deck_ids_, deck_id);
}

std::optional<std::vector<std::string>> toggle_deck(const std::vector<std::string>& chosen,
                                                    const std::vector<std::string>& all_ids,
                                                    std::string_view deck_id) {
    // What the choice stands for now, over the loaded decks only.
    std::vector<std::string> on;
    for (const auto& id : all_ids)
        if (contains(chosen, id) && !contains(on, id)) on.push_back(id);
    if (on.empty()) on = all_ids;
    if (!contains(all_ids, deck_id)) return std::nullopt;
    if (contains(on, deck_id)) {
        if (on.size() <= 1) return std::nullopt;
        on.erase(std::find(on.begin(), on.end(), deck_id));
    } else {
        std::vector<std::string> next;
        for (const auto& id : all_ids)
            if (contains(on, id) || id == deck_id) next.push_back(id);
        on = std::move(next);
    }
    if (on.size() == all_ids.size()) return std::vector<std::string>{};
    return on;
}

}  // namespace chronik::decks
