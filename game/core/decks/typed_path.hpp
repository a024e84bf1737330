// A file path as a teacher types or pastes it into the import screen, made into the path meant.
#pragma once

#include <string>
#include <string_view>

namespace chronik::decks {

// Surrounding spaces and a pair of surrounding quotes (' or ") are dropped; a file manager's
// "file://" URI loses its prefix and has its %XX escapes decoded (spaces, umlauts as UTF-8
// bytes); a leading "~/" becomes `home` (left as it is when `home` is empty).
std::string path_as_typed(std::string typed, std::string_view home);

}  // namespace chronik::decks
