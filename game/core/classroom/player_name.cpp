#include "classroom/player_name.hpp"

#include <algorithm>
#include <vector>

#include "bank/utf8.hpp"
#include "names/name_key.hpp"

namespace chronik::classroom {
namespace {

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' ||
           c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Characters that would let a name hide or reorder text on the projector.
bool is_control(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
           c == 0xFFFD;
}

std::u32string decode(std::string_view text) {
    std::u32string out;
    std::size_t offset = 0;
    while (offset < text.size())
        out += bank::decode_utf8(text, offset);
    return out;
}

std::string encode(std::u32string_view text) {
    std::string out;
    for (const char32_t c : text)
        bank::append_utf8(out, c);
    return out;
}

}  // namespace

std::string sanitize_name(std::string_view raw) {
    // Bounded work for a hostile name: only the first few hundred bytes matter.
    const std::u32string decoded = decode(names::clean_name(raw.substr(0, 1024)));
    std::u32string cleaned;
    bool pending_space = false;
    for (const char32_t c : decoded) {
        if (is_space(c)) {
            pending_space = !cleaned.empty();
            continue;
        }
        if (is_control(c)) continue;
        if (pending_space) cleaned += U' ';
        pending_space = false;
        cleaned += c;
        if (cleaned.size() >= kMaxNameChars) break;
    }
    while (!cleaned.empty() && cleaned.back() == U' ')
        cleaned.pop_back();
    return encode(cleaned);
}

bool same_player_name(std::string_view a, std::string_view b) {
    return names::same_name(a, b);
}

std::string unique_name(const std::string& name, std::span<const std::string> taken) {
    std::vector<std::string> keys;
    keys.reserve(taken.size());
    for (const auto& t : taken)
        keys.push_back(names::name_key(t));
    const auto is_taken = [&](const std::string& candidate) {
        return std::find(keys.begin(), keys.end(), names::name_key(candidate)) != keys.end();
    };
    if (!is_taken(name)) return name;
    const std::u32string base = decode(name);
    for (std::size_t n = 2;; ++n) {
        std::u32string suffix = U" ";
        for (const char digit : std::to_string(n))
            suffix += static_cast<char32_t>(digit);
        std::u32string shortened = base.substr(
            0, std::min(base.size(), kMaxNameChars - std::min(kMaxNameChars, suffix.size())));
        while (!shortened.empty() && shortened.back() == U' ')
            shortened.pop_back();
        std::string candidate = encode(shortened + suffix);
        if (!is_taken(candidate)) return candidate;
    }
}

}  // namespace chronik::classroom
