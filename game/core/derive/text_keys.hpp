// Keys and small text helpers derive's passes share: folded comparison keys, stable hashes
// for ids, the ellipsis lint refuses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace chronik::derive {

// The text normalised as quotes are (bank::normalise) and in lower case: a comparison key.
std::string fold(std::string_view s);

// People compared without spaces and hyphens ("Kim Jong Un" is "Kim Jong-un").
std::string person_key(std::string_view s);

// FNV-1a, 32 bits: stable across runs and machines, for draft ids.
std::uint32_t fnv1a(std::string_view s);

// Eight lower-case hex digits.
std::string hex8(std::uint32_t v);

// Lint refuses quotes with an ellipsis (they look like joined pieces).
bool has_ellipsis(std::string_view s);

// ASCII lower case.
std::string lower(std::string_view s);

// One name is a hyphenated part of the other ("Südwestafrika" of "Deutsch-Südwestafrika",
// "Ost" of "Ost-Berlin"), case folded: as a wrong choice it would also be right.
bool part_of_name(std::string_view a, std::string_view b);

// Does `text` hold a word that begins as the country `name` does (its first four letters, case
// folded): its adjective or people ("deutsch", "Deutsche Reich" for Deutschland; "preußisch"
// for Preußen; "Österreicher" for Österreich)? A choice so named by the prompt is no choice.
bool names_kin_word(std::string_view text, std::string_view name);

}  // namespace chronik::derive
