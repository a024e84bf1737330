#include "bank/item_group.hpp"

namespace chronik::bank {

bool GroupFilter::admit(const Item& item) {
    if (item.group.empty()) return true;
    return taken_.insert(item.group).second;
}

bool GroupFilter::taken(const Item& item) const {
    return !item.group.empty() && taken_.count(item.group) != 0;
}

}  // namespace chronik::bank
