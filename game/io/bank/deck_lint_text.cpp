#include "io/bank/deck_lint_text.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "bank/source_text.hpp"
#include "bank/utf8.hpp"

namespace chronik::io::lint_text {

using namespace chronik::bank;

namespace {

// "heute" is the era of facts that hold regardless of period (geography, the border).
constexpr std::array<std::string_view, 8> kEraTags = {"vor 1945",  "1945–1953", "1953–1991",
                                                      "1991–2000", "2000–2011", "2011–2021",
                                                      "seit 2022", "heute"};

}  // namespace

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_year_at(std::string_view s, std::size_t i) {
    return i + 4 <= s.size() &&
           std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i),
                       s.begin() + static_cast<std::ptrdiff_t>(i + 4), is_digit);
}

bool is_era_tag(std::string_view tag) {
    if (std::find(kEraTags.begin(), kEraTags.end(), tag) != kEraTags.end()) return true;
    for (std::string_view prefix : {"vor ", "seit ", "bis ", "nach "}) {
        if (tag.size() == prefix.size() + 4 && tag.substr(0, prefix.size()) == prefix &&
            is_year_at(tag, prefix.size())) {
            return true;
        }
    }
    if (!is_year_at(tag, 0)) return false;
    const std::string_view rest = tag.substr(4);
    for (std::string_view dash : {"–", "-"}) {
        if (rest.size() == dash.size() + 4 && rest.substr(0, dash.size()) == dash &&
            is_year_at(rest, dash.size())) {
            return true;
        }
    }
    return false;
}

bool contains_year(std::string_view s) {
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        if (!is_year_at(s, i) || (i > 0 && is_digit(s[i - 1])) ||
            (i + 4 < s.size() && is_digit(s[i + 4])) || s[i] < '1' || s[i] > '2') {
            continue;
        }
        const std::string_view before = s.substr(0, i);
        const bool is_name = before.ends_with("Resolution ") || before.ends_with("Nr. ") ||
                             before.ends_with("Nummer ");
        if (!is_name) return true;
    }
    return false;
}

bool has_number(std::string_view s, int number) {
    const std::string n = std::to_string(number);
    for (auto at = s.find(n); at != std::string_view::npos; at = s.find(n, at + 1)) {
        const bool digit_before = at > 0 && is_digit(s[at - 1]);
        const bool digit_after = at + n.size() < s.size() && is_digit(s[at + n.size()]);
        if (!digit_before && !digit_after) return true;
    }
    return false;
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), is_digit);
}

std::string choice_key(std::string_view s) {
    std::string k = normalise(s);
    for (auto& c : k) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return k;
}

std::optional<std::string> first_control_character(std::string_view value) {
    for (std::size_t at = 0; at < value.size();) {
        const std::size_t start = at;
        const char32_t c = decode_utf8(value, at);
        if (c == U'\n' || c == U'\t') continue;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
            return std::string("contains the control character ") + code + " at byte " +
                   std::to_string(start) + (c == 0 ? " (a NUL byte)" : "") +
                   ": remove it (texts may hold only printable characters, line breaks and tabs)";
        }
    }
    return std::nullopt;
}

bool is_id_char(char c) {
    return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-';
}

bool is_lower_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), is_id_char);
}
}  // namespace chronik::io::lint_text
