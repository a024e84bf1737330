// Which decks a profile studies, and so which items its quizzes, timelines and study draw from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/question_bank.hpp"

namespace chronik::decks {

// A profile's deck choice against the decks that are loaded. The rule: a choice that names no
// loaded deck (empty, or only decks since removed) means every deck; otherwise the named loaded
// decks. Draft items (not yet reviewed by a teacher) are never studied, whatever the choice.
class DeckScope {
public:
    DeckScope(const bank::QuestionBank& bank, const std::vector<std::string>& chosen);

    bool includes_deck(std::string_view deck_id) const;
    // Items of the chosen decks that are not drafts, in bank order.
    const std::vector<const bank::Item*>& items() const { return items_; }
    // The deck ids the scope stands for (every loaded deck when the choice names none).
    const std::vector<std::string>& deck_ids() const { return deck_ids_; }

private:
    std::vector<std::string> deck_ids_;
    std::vector<const bank::Item*> items_;
};

// `items` with the decks taking turns (the first item of each deck in the order the decks first
// appear, then the second of each, ...), each deck's items in their given order. Lernen
// introduces new cards in this order, so a teacher's new deck is studied beside the shipped one
// instead of after all of its cards. O(n log n + n d) for n items in d decks.
std::vector<const bank::Item*> interleave_decks(const bank::QuestionBank& bank,
                                                const std::vector<const bank::Item*>& items);

// The items of one loaded deck that are not drafts, in bank order (empty for an unknown deck):
// what "Diesen Stapel lernen" studies.
std::vector<const bank::Item*> deck_items(const bank::QuestionBank& bank, std::string_view deck_id);

// Turns one deck on or off in a choice over `all_ids` (the loaded decks, in order). Returns the
// new choice, or nullopt when it would leave no deck on (at least one stays). A choice equal to
// all decks is stored as empty, so decks added later are studied too.
std::optional<std::vector<std::string>> toggle_deck(const std::vector<std::string>& chosen,
                                                    const std::vector<std::string>& all_ids,
                                                    std::string_view deck_id);

}  // namespace chronik::decks
