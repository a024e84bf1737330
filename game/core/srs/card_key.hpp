// A card's 64-bit key for fuzz seeding and the study queue, derived from its stable item id.
#pragma once

#include <cstdint>
#include <string_view>

namespace chronik {

// FNV-1a over the bytes of the item id: stable across runs, platforms and bank edits (only the
// id matters), so fuzzed intervals and queue tie-breaks stay the same for a card. Collisions
// are possible in principle; simulation_cards() checks for them.
constexpr std::uint64_t card_key(std::string_view item_id) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : item_id) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

static_assert(card_key("") == 0xcbf29ce484222325ULL);
static_assert(card_key("a") == 0xaf63dc4c8601ec8cULL);  // the FNV-1a 64 test vector

}  // namespace chronik
