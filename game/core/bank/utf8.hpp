// UTF-8 validation, decoding and encoding (the one UTF-8 codec of the program) and a light
// Unicode NFC check (no ICU).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronik::bank {

// Byte offset of the first byte that is not part of well-formed UTF-8
// (stray continuation bytes, truncated sequences, overlong forms, UTF-16
// surrogates, code points above U+10FFFF), or nullopt when valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) {
    return !first_invalid_utf8(text);
}

// Byte offset of the first sign that valid UTF-8 text is not in NFC, or
// nullopt. Limits (no Unicode tables): it detects
//  - a combining diacritical mark U+0300–U+036F directly after a Latin,
//    Greek or Cyrillic letter (the decomposed "a" + U+0308 for "ä", the usual
//    product of macOS and some editors), and
//  - the singletons U+212A KELVIN, U+212B ANGSTROM and U+2126 OHM SIGN, which
//    NFC always replaces.
// It does not detect wrong order of several combining marks, decomposed
// Hangul syllables, or letter+mark pairs that have no precomposed form (those
// are NFC already but are reported too — a false alarm to check by hand).
// Precondition: text is valid UTF-8 (invalid bytes are skipped).
std::optional<std::size_t> first_non_nfc(std::string_view text);

// Decodes the code point at `offset`; returns it and advances `offset`.
// Invalid bytes decode as U+FFFD and advance by one.
char32_t decode_utf8(std::string_view text, std::size_t& offset);

// The code point at `offset` when its bytes are well-formed UTF-8 (as first_invalid_utf8 says),
// advancing `offset`; nullopt, `offset` unchanged, otherwise.
std::optional<char32_t> decode_valid_utf8(std::string_view text, std::size_t& offset);

// Appends `c` (a Unicode scalar value) in UTF-8.
void append_utf8(std::string& out, char32_t c);

}  // namespace chronik::bank
