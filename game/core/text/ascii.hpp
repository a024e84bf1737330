// ASCII text helpers every reader, parser and script shares: the one trim and the one lower-case.
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

// `s` with A-Z made a-z; every other byte (UTF-8 included) as it is, whatever the locale.
inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace chronik::text
