// An item chosen for a round, with its card, and finding those items again by id (e.g. the missed
// ones).
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bank/item.hpp"
#include "bank/question_bank.hpp"
#include "srs/card_state.hpp"

namespace chronik::round {

// An item the scheduler chose, with its card before the round (for the Easy rule).
struct DrawnItem {
    const bank::Item* item = nullptr;
    CardState card;
};

// The items with these ids, in this order, each with card_of(id); e.g. to
// "practise the missed ones now" from RoundSummary::missed_item_ids. Throws
// std::invalid_argument naming an id the bank does not hold.
std::vector<DrawnItem> draw_by_id(std::span<const std::string> item_ids,
                                  const bank::QuestionBank& bank,
                                  const std::function<CardState(std::string_view)>& card_of);

}  // namespace chronik::round
