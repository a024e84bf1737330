// Player and team names for classroom games: cleaned of control characters and made unique.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace chronik::classroom {

inline constexpr std::size_t kMaxNameChars = 20;  // code points, after cleaning

// Drops control characters (C0, DEL, C1, bidi overrides and zero-width
// marks) and invalid UTF-8, turns every run of whitespace into one space,
// trims, and cuts to kMaxNameChars code points. Returns "" when nothing is left
// (the caller decides whether that is an error or a default).
std::string sanitize_name(std::string_view raw);

// `name` itself when no entry of `taken` equals it, otherwise "name 2",
// "name 3", ... (the base shortened so the result stays within kMaxNameChars).
std::string unique_name(const std::string& name, std::span<const std::string> taken);

}  // namespace chronik::classroom
