// The text tests behind the bank validator (deck_lint): era tags, years and numbers in a text,
// choice keys, control characters, item ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronik::io::lint_text {

bool is_digit(char c);
bool is_year_at(std::string_view s, std::size_t i);
// An era tag is one of the listed ones or has their shape: "YYYY–YYYY"
// (en dash or hyphen), "vor YYYY", "seit YYYY", "bis YYYY".
bool is_era_tag(std::string_view tag);
// A year 1000–2099 standing on its own; numbers after "Resolution" or "Nr."
// are names, not dates ("Resolution 1695").
bool contains_year(std::string_view s);
// `number` stands in `s` as a whole number ("800" in "25. Dezember 800", not in "1800").
bool has_number(std::string_view s, int number);
bool has_digit(std::string_view s);
// Choices compare equal when they differ only in whitespace or ASCII case.
std::string choice_key(std::string_view s);
// A control character in a text (NUL, escape, DEL, C1 ...): invisible or harmful on screen and
// in files. Line breaks and tabs are text; a carriage return is not (it comes from Windows
// line ends inside a cell).
std::optional<std::string> first_control_character(std::string_view value);
bool is_id_char(char c);
bool is_lower_id(std::string_view id);

}  // namespace chronik::io::lint_text
