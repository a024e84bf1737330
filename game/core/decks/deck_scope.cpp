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

std::vector<const bank::Item*> interleave_decks(const bank::QuestionBank& bank,
                                                const std::vector<const bank::Item*>& items) {
    // Each item's place within its deck; then a stable sort by (place, deck's first appearance).
    std::vector<std::string_view> decks;
    std::vector<std::size_t> count;
    struct Keyed {
        std::size_t place, deck;
        const bank::Item* item;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(items.size());
    for (const auto* item : items) {
        const auto* deck = bank.deck_of(item->id);
        const std::string_view id = deck ? std::string_view(deck->id) : std::string_view();
        auto it = std::find(decks.begin(), decks.end(), id);
        if (it == decks.end()) {
            decks.push_back(id);
            count.push_back(0);
            it = std::prev(decks.end());
        }
        const auto d = static_cast<std::size_t>(it - decks.begin());
        keyed.push_back({count[d]++, d, item});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        return a.place != b.place ? a.place < b.place : a.deck < b.deck;
    });
    std::vector<const bank::Item*> out;
    out.reserve(keyed.size());
    for (const auto& k : keyed)
        out.push_back(k.item);
    return out;
}

std::vector<const bank::Item*> deck_items(const bank::QuestionBank& bank,
                                          std::string_view deck_id) {
    std::vector<const bank::Item*> out;
    for (const auto* item : bank.items()) {
        if (item->draft) continue;
        const auto* deck = bank.deck_of(item->id);
        if (deck && deck->id == deck_id) out.push_back(item);
    }
    return out;
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
