// Player and team names for classroom games: cleaned of control characters and made unique.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace chronik::classroom {

inline constexpr std::size_t kMaxNameChars = 20;  // code points, after cleaning

// Normalises to Unicode NFC, drops control characters (C0, DEL, C1), invisible
// characters (zero-width spaces and joiners, direction marks and overrides, soft
// hyphens, variation selectors: names::clean_name) and invalid UTF-8, turns every
// run of whitespace into one space, trims, and cuts to kMaxNameChars code points.
// Returns "" when nothing is left (the caller decides whether that is an error or
// a default).
std::string sanitize_name(std::string_view raw);

// Whether two player or team names are the same as people read them: compared
// after NFC, case folding and removing invisible characters (names::same_name), so
// "Änne" and "änne", or "René" typed two ways, are one name. Every comparison of
// player names (joining, rejoining, teams) goes through this.
bool same_player_name(std::string_view a, std::string_view b);

// `name` itself when no entry of `taken` is the same name (same_player_name),
// otherwise "name 2", "name 3", ... (the base shortened so the result stays within
// kMaxNameChars).
std::string unique_name(const std::string& name, std::span<const std::string> taken);

}  // namespace chronik::classroom
