// Names as people read them: one key for every way of typing the same name (NFC, case folding,
// invisible characters removed), so that two entries can never look the same.
#pragma once

#include <string>
#include <string_view>

namespace chronik::names {

// The name as it should be stored and shown: Unicode NFC (an "é" typed as "e" plus a combining
// accent becomes the one letter), without the invisible characters Unicode calls default
// ignorable (zero-width spaces and joiners, soft hyphens, direction marks and overrides,
// variation selectors, the byte order mark). Invalid UTF-8 bytes become U+FFFD. Letters, case
// and spaces are kept as typed.
std::string clean_name(std::string_view name);

// The key two names are compared by: clean_name, then Unicode full case folding and NFC
// again. "René" (precomposed) and "Rene\u0301", "Änne" and "änne", "STRASSE" and "Straße",
// "Anna" and "An\u200Bna" all have one key. Not a display string.
std::string name_key(std::string_view name);

// name_key(a) == name_key(b).
bool same_name(std::string_view a, std::string_view b);

}  // namespace chronik::names
