// Items that give each other away (drafts from one sentence): a round deals at most one per group.
#pragma once

#include <set>
#include <string>

#include "bank/item.hpp"

namespace chronik::bank {

// Collects the groups of the items dealt so far. An item without a group is always admitted.
class GroupFilter {
public:
    // True when `item` may join the round (no item of its group is in it yet); remembers the
    // group of an admitted item.
    bool admit(const Item& item);
    // True when an item of `item`'s group was admitted (false for an item without a group).
    bool taken(const Item& item) const;

private:
    std::set<std::string> taken_;
};

}  // namespace chronik::bank
