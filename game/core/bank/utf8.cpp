#include "bank/utf8.hpp"

namespace chronik::bank {

namespace {

// Length of a well-formed sequence starting at `i`, or 0 (RFC 3629 table).
std::size_t sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    const std::size_t left = s.size() - i;
    const auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < left && byte(i + k) >= lo && byte(i + k) <= hi;
    };
    if (b0 < 0x80) return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
    if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;        // no overlongs
    if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no surrogates
    if (b0 >= 0xE1 && b0 <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;  // <= U+10FFFF
    return 0;
}

bool is_base_letter(char32_t c) {
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||  // Latin-1, Extended A/B
           (c >= 0x0370 && c <= 0x03FF) ||                                // Greek
           (c >= 0x0400 && c <= 0x04FF) ||                                // Cyrillic
           (c >= 0x1E00 && c <= 0x1EFF);  // Latin Extended Additional
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t n = sequence_length(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::nullopt;
}

char32_t decode_utf8(std::string_view text, std::size_t& offset) {
    const std::size_t n = sequence_length(text, offset);
    const auto byte = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(text[offset + k]));
    };
    char32_t c = 0xFFFD;
    switch (n) {
        case 1:
            c = byte(0);
            break;
        case 2:
            c = ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
            break;
        case 3:
            c = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
            break;
        case 4:
            c = ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
                (byte(3) & 0x3F);
            break;
        default:
            break;
    }
    offset += n == 0 ? 1 : n;
    return c;
}

std::optional<char32_t> decode_valid_utf8(std::string_view text, std::size_t& offset) {
    if (offset >= text.size() || sequence_length(text, offset) == 0) return std::nullopt;
    return decode_utf8(text, offset);
}

void append_utf8(std::string& out, char32_t c) {
    const auto put = [&out](char32_t byte) { out += static_cast<char>(byte); };
    if (c < 0x80) {
        put(c);
        return;
    }
    if (c < 0x800) {
        put(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
        put(0xE0 | (c >> 12));
        put(0x80 | ((c >> 6) & 0x3F));
    } else {
        put(0xF0 | (c >> 18));
        put(0x80 | ((c >> 12) & 0x3F));
        put(0x80 | ((c >> 6) & 0x3F));
    }
    put(0x80 | (c & 0x3F));
}

std::optional<std::size_t> first_non_nfc(std::string_view text) {
    std::size_t i = 0;
    char32_t previous = 0;
    while (i < text.size()) {
        const std::size_t at = i;
        const char32_t c = decode_utf8(text, i);
        if (c == 0x212A || c == 0x212B || c == 0x2126) return at;
        if (c >= 0x0300 && c <= 0x036F && is_base_letter(previous)) return at;
        previous = c;
    }
    return std::nullopt;
}

}  // namespace chronik::bank
