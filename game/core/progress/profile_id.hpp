// Display names of profiles and the safe folder ids they map to.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chronik {

// A display name the user cannot have (empty, not UTF-8, control characters, too long).
struct ProfileNameError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

inline constexpr std::size_t kMaxDisplayNameCodePoints = 256;
inline constexpr std::size_t kMaxFolderIdBytes = 64;

// Checks that the name is valid UTF-8, brings it to Unicode NFC and removes
// invisible characters (zero-width spaces and joiners, direction marks, soft
// hyphens: names::clean_name), trims surrounding white space and checks the rest:
// no control characters, 1..256 code points. Anything else a user types
// (umlauts, emoji, "../..", "CON") is a fine display name. Throws ProfileNameError.
// Two display names are the same profile name when names::same_name says so
// (case folded: "Änne" and "änne" are one name).
std::string normalize_display_name(std::string_view name);

// The folder id for a display name, unique among `taken` ids (compared
// case-insensitively). The mapping:
//   1. ä ö ü ß and their capitals become ae oe ue ss; other accented Latin
//      letters lose the accent (é -> e); ASCII letters are lower-cased.
//   2. ASCII letters and digits are kept; every other run of characters
//      (spaces, dots, slashes, emoji, Cyrillic ...) becomes one '-'.
//   3. '-' is trimmed at both ends; the result is cut to 32 bytes.
//   4. An empty result becomes "profile"; a reserved Windows device name
//      (con, prn, aux, nul, com0-9, lpt0-9) gets "-profile" appended.
//   5. If the id is taken, "-2", "-3", ... is appended.
// The id contains only [a-z0-9-], never starts with '-' or '.', is at most
// kMaxFolderIdBytes long, and is never "." or "..".
std::string profile_folder_id(std::string_view display_name, const std::vector<std::string>& taken);

// True for ids this mapping could have produced (used to reject hand-made folders).
bool is_valid_folder_id(std::string_view id);

}  // namespace chronik
