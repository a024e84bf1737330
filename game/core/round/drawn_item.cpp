#include "round/drawn_item.hpp"

#include <stdexcept>

namespace chronik::round {

std::vector<DrawnItem> draw_by_id(std::span<const std::string> item_ids,
                                  const bank::QuestionBank& bank,
                                  const std::function<CardState(std::string_view)>& card_of) {
    std::vector<DrawnItem> drawn;
    drawn.reserve(item_ids.size());
    for (const auto& id : item_ids) {
        const bank::Item* item = bank.find(id);
        if (item == nullptr) {
            throw std::invalid_argument("round: the bank holds no item \"" + id + "\"");
        }
        drawn.push_back({item, card_of(id)});
    }
    return drawn;
}

}  // namespace chronik::round
