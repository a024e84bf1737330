// Room codes for network class games: short, random, and easy to read off a projector.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "random/rng.hpp"

namespace chronik::hosting {

// Upper-case letters and digits without the look-alikes 0/O, 1/I/L, 5/S, 2/Z, 8/B.
inline constexpr std::string_view kRoomCodeAlphabet = "ACDEFGHJKMNPQRTUVWXY3479";
inline constexpr std::size_t kRoomCodeLength = 4;
inline constexpr std::size_t kMaxRoomCodeLength = 12;

// `length` characters of kRoomCodeAlphabet. Throws std::invalid_argument for a
// length of 0 or above kMaxRoomCodeLength.
std::string make_room_code(Rng& rng, std::size_t length = kRoomCodeLength);

// A code the teacher typed: surrounding spaces dropped, ASCII letters upper-cased.
// nullopt unless 1..kMaxRoomCodeLength characters remain, each an ASCII letter or digit
// (students type it on their own keyboards, so nothing else).
std::optional<std::string> normalize_room_code(std::string_view typed);

}  // namespace chronik::hosting
