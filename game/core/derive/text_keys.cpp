#include "derive/text_keys.hpp"

#include <cctype>

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

}  // namespace chronik::derive
