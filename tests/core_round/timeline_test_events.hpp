// Timeline events for the round tests: bank items with a text and a date.
#pragma once

#include <string>
#include <vector>

#include "bank/event_date.hpp"
#include "bank/item.hpp"

namespace chronik::round::test {

inline bank::Item event_item(std::string id, bank::EventDate date) {
    bank::Item item;
    item.id = std::move(id);
    item.quote = "Zitat";
    bank::TimelineEvent e;
    e.text = "Ereignis ";
    e.text += item.id;
    e.date = date;
    item.body = e;
    return item;
}

// One event per year, id "y<year>".
inline std::vector<bank::Item> yearly_events(int first_year, int count) {
    std::vector<bank::Item> items;
    for (int y = first_year; y < first_year + count; ++y) {
        std::string id = "y";
        id += std::to_string(y);
        items.push_back(event_item(id, bank::EventDate::in_year(y)));
    }
    return items;
}

inline std::vector<const bank::Item*> pointers(const std::vector<bank::Item>& items) {
    std::vector<const bank::Item*> p;
    for (const auto& i : items)
        p.push_back(&i);
    return p;
}

}  // namespace chronik::round::test
