// A card's 64-bit key for fuzz seeding and the study queue, derived from its stable item id.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/fnv.hpp"

namespace chronik {

// FNV-1a over the bytes of the item id: stable across runs, platforms and bank edits (only the
// id matters), so fuzzed intervals and queue tie-breaks stay the same for a card. Collisions
// are possible in principle; simulation_cards() checks for them.
constexpr std::uint64_t card_key(std::string_view item_id) {
    return text::fnv1a_64(item_id);
}

static_assert(card_key("a") == 0xaf63dc4c8601ec8cULL);  // the FNV-1a 64 test vector

}  // namespace chronik
