// Reading one item (and its date) of a deck file into a bank::Item (internal to io/bank).
#pragma once

#include <optional>

#include "bank/deck.hpp"
#include "io/bank/deck_json_fields.hpp"

namespace chronik::io::deck_json {

// The item at `value`, or nullopt when it has errors (each reported through `report`).
std::optional<bank::Item> read_item(const json& value, Reporter& report);

}  // namespace chronik::io::deck_json
