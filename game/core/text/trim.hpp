// Trimming ASCII white space: the one trim every reader, parser and script shares.
#pragma once

#include <string>
#include <string_view>

namespace chronik::text {

// Space, tab, line feed, carriage return, vertical tab, form feed: std::isspace in the "C"
// locale, without its dependence on the process's locale.
constexpr bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// `s` without ASCII white space at either end (a view into `s`).
constexpr std::string_view trim(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back()))
        s.remove_suffix(1);
    return s;
}

// The same as a string of its own.
inline std::string trimmed(std::string_view s) {
    return std::string(trim(s));
}

}  // namespace chronik::text
