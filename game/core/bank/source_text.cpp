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

std::string sentence_around(std::string_view source, std::string_view quote) {
    const auto range = locate_quote(source, quote);
    if (!range) return std::string(quote);
    // A sentence ends at a line break, or at . ! ? before a space or a reference marker; a
    // point after a digit ("am 24. Juni") is an ordinal, not an end.
    const auto is_end = [&](std::size_t i) {
        const char c = source[i];
        if (c == '\n') return true;
        if (c != '.' && c != '!' && c != '?') return false;
        if (c == '.' && i > 0 && source[i - 1] >= '0' && source[i - 1] <= '9') return false;
        return i + 1 >= source.size() || source[i + 1] == ' ' || source[i + 1] == '\n' ||
               source[i + 1] == '[';
    };
    std::size_t begin = range->begin;
    std::size_t steps = 0;
    while (begin > 0 && !is_end(begin - 1) && steps++ < 300)
        --begin;
    std::size_t end = range->end;
    steps = 0;
    // A quote that ends its sentence needs nothing more.
    const bool ended = end > range->begin && is_end(end - 1);
    while (!ended && end < source.size() && source[end] != '\n' && steps++ < 300) {
        const bool stop = is_end(end);
        ++end;
        if (stop) break;
    }
    // Stay on UTF-8 character boundaries.
    while (begin < range->begin && (static_cast<unsigned char>(source[begin]) & 0xC0) == 0x80)
        ++begin;
    while (end > range->end && end < source.size() &&
           (static_cast<unsigned char>(source[end]) & 0xC0) == 0x80)
        --end;
    std::string out(source.substr(begin, end - begin));
    // The reference marker of the previous sentence ("…Fluss.[2] Am 24. Juni…") is not ours.
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        while (!out.empty() && (out.front() == ' ' || out.front() == '\n')) {
            out.erase(out.begin());
            trimmed = true;
        }
        const auto close = out.find(']');
        if (!out.empty() && out.front() == '[' && close != std::string::npos && close > 1 &&
            out.find_first_not_of("0123456789", 1) == close) {
            out.erase(0, close + 1);
            trimmed = true;
        }
    }
    return out;
}

}  // namespace chronik::bank
