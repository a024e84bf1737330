// Room codes for network class games: random, easy to read off a projector, and too many to guess.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "random/rng.hpp"

namespace chronik::hosting {

// Upper-case letters and digits without the look-alikes 0/O, 1/I/L, 5/S, 2/Z, 8/B.
inline constexpr std::string_view kRoomCodeAlphabet = "ACDEFGHJKMNPQRTUVWXY3479";
// 24^6 = 191,102,976 codes: with the host's back-off for wrong codes (wrong_code_limiter.hpp) a
// guesser gets about two tries a minute per address; io/net/README.md has the arithmetic.
inline constexpr std::size_t kRoomCodeLength = 6;
// A code the teacher types must be as hard to guess as a random one of this length at least.
inline constexpr std::size_t kMinRoomCodeLength = 6;
inline constexpr std::size_t kMaxRoomCodeLength = 12;

// `length` characters of kRoomCodeAlphabet. Throws std::invalid_argument for a
// length of 0 or above kMaxRoomCodeLength.
std::string make_room_code(Rng& rng, std::size_t length = kRoomCodeLength);

// A typed code as the host compares it: every ASCII space and tab dropped (also between the
// characters: "k7q x3m"), ASCII letters upper-cased, anything else kept as it is (so it never
// matches). Students type codes on their own keyboards; case and spacing must not matter.
std::string fold_room_code(std::string_view typed);

// A code the teacher chose (setup screen, CLI, environment): folded, then nullopt unless
// kMinRoomCodeLength..kMaxRoomCodeLength characters remain, each an ASCII letter or digit.
std::optional<std::string> normalize_room_code(std::string_view typed);

}  // namespace chronik::hosting
