#include "bank/source_text.hpp"

#include "bank/utf8.hpp"

namespace chronik::bank {

namespace {

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
           c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Length of a reference marker "[" 1–4 digits "]" at `i`, or 0.
std::size_t marker_length(std::string_view s, std::size_t i) {
    if (s[i] != '[') return 0;
    std::size_t k = i + 1;
    while (k < s.size() && k - i <= 4 && is_digit(s[k]))
        ++k;
    const std::size_t digits = k - i - 1;
    if (digits == 0 || digits > 4 || k >= s.size() || s[k] != ']') return 0;
    return k - i + 1;
}

}  // namespace

NormalisedText normalise_mapped(std::string_view original) {
    NormalisedText out;
    out.text.reserve(original.size());
    out.origin.reserve(original.size());
    bool pending_space = false;
    std::size_t space_origin = 0;
    std::size_t i = 0;
    while (i < original.size()) {
        if (const auto m = marker_length(original, i); m > 0) {
            i += m;
            continue;
        }
        const std::size_t at = i;
        const char32_t c = decode_utf8(original, i);
        if (is_space(c)) {
            if (!pending_space) space_origin = at;
            pending_space = true;
            continue;
        }
        if (pending_space && !out.text.empty()) {
            out.text.push_back(' ');
            out.origin.push_back(space_origin);
        }
        pending_space = false;
        for (std::size_t k = at; k < i; ++k) {
            out.text.push_back(original[k]);
            out.origin.push_back(k);
        }
    }
    return out;
}

std::string normalise(std::string_view text) {
    return normalise_mapped(text).text;
}

std::optional<ByteRange> locate_quote(const NormalisedText& source, std::string_view quote) {
    const std::string needle = normalise(quote);
    if (needle.empty()) return std::nullopt;
    const auto pos = source.text.find(needle);
    if (pos == std::string::npos) return std::nullopt;
    // The needle neither starts nor ends with a space, so its last byte is a
    // byte copied one to one from the original.
    return ByteRange{source.origin[pos], source.origin[pos + needle.size() - 1] + 1};
}

std::optional<ByteRange> locate_quote(std::string_view source, std::string_view quote) {
    return locate_quote(normalise_mapped(source), quote);
}

}  // namespace chronik::bank
