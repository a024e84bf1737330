#include "derive/text_keys.hpp"

#include <cctype>
#include <utility>

#include "bank/source_text.hpp"
#include "text/ascii.hpp"
#include "text/fnv.hpp"

namespace chronik::derive {

std::string fold(std::string_view s) {
    return text::lower_ascii(bank::normalise(s));
}

std::string person_key(std::string_view s) {
    std::string out;
    for (char c : fold(s))
        if (c != ' ' && c != '-') out += c;
    return out;
}

std::uint32_t fnv1a(std::string_view s) {
    return text::fnv1a_32(s);
}

std::string hex8(std::uint32_t v) {
    static const char* kHex = "0123456789abcdef";
    std::string out(8, '0');
    for (int i = 7; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kHex[v & 15u];
        v >>= 4;
    }
    return out;
}

bool has_ellipsis(std::string_view s) {
    return s.find("…") != std::string_view::npos || s.find("...") != std::string_view::npos;
}

std::string lower(std::string_view s) {
    return text::lower_ascii(s);
}

bool part_of_name(std::string_view a, std::string_view b) {
    const auto x = fold(a), y = fold(b);
    return x.ends_with("-" + y) || y.ends_with("-" + x) || x.starts_with(y + "-") ||
           y.starts_with(x + "-");
}

namespace {

// Lower case, the German umlauts too (lower_ascii leaves "Ö" as it is).
std::string lower_german(std::string_view s) {
    std::string out = text::lower_ascii(s);
    for (const auto& [upper, lower] :
         {std::pair<std::string_view, std::string_view>{"Ä", "ä"}, {"Ö", "ö"}, {"Ü", "ü"}})
        for (auto at = out.find(upper); at != std::string::npos; at = out.find(upper, at))
            out.replace(at, upper.size(), lower);
    return out;
}

}  // namespace

bool names_kin_word(std::string_view text, std::string_view name) {
    const std::string n = lower_german(name);
    // The first four letters (UTF-8: an umlaut is two bytes).
    std::size_t end = 0;
    for (int letters = 0; letters < 4 && end < n.size(); ++letters) {
        end += (static_cast<unsigned char>(n[end]) & 0x80) != 0 ? 2 : 1;
    }
    if (end > n.size() || n.size() < 5) return false;
    const std::string stem = n.substr(0, end);
    const std::string t = lower_german(text);
    for (auto at = t.find(stem); at != std::string::npos; at = t.find(stem, at + 1)) {
        const bool word_start = at == 0 || std::isalpha(static_cast<unsigned char>(t[at - 1])) == 0;
        const bool non_ascii_before = at > 0 && (static_cast<unsigned char>(t[at - 1]) & 0x80) != 0;
        if (word_start && !non_ascii_before) return true;
    }
    return false;
}

}  // namespace chronik::derive
