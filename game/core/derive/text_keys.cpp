#include "derive/text_keys.hpp"

#include <cctype>

#include "bank/source_text.hpp"

namespace chronik::derive {

std::string fold(std::string_view s) {
    std::string out;
    for (char c : bank::normalise(s))
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string person_key(std::string_view s) {
    std::string out;
    for (char c : fold(s))
        if (c != ' ' && c != '-') out += c;
    return out;
}

std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
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
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool part_of_name(std::string_view a, std::string_view b) {
    const auto x = fold(a), y = fold(b);
    return x.ends_with("-" + y) || y.ends_with("-" + x) || x.starts_with(y + "-") ||
           y.starts_with(x + "-");
}

}  // namespace chronik::derive
