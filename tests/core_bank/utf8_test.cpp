#include <doctest/doctest.h>

#include <string>

#include "bank/utf8.hpp"

using namespace chronik::bank;

TEST_CASE("German, Cyrillic, Korean and ŏ text is valid UTF-8") {
    CHECK(is_valid_utf8("„Grüße aus Pjöngjang“, sagte er; Пхеньян; Chosŏn; 김일성; 😀"));
    CHECK(is_valid_utf8(""));
}

TEST_CASE("Invalid UTF-8 is reported at the offset of the first bad byte") {
    CHECK(first_invalid_utf8("abc\xff") == 3u);
    CHECK(first_invalid_utf8("ab\x80") == 2u);             // stray continuation byte
    CHECK(first_invalid_utf8("M\xc3") == 1u);              // truncated sequence
    CHECK(first_invalid_utf8("x\xc0\xaf") == 1u);          // overlong '/'
    CHECK(first_invalid_utf8("x\xe0\x80\xaf") == 1u);      // overlong three-byte
    CHECK(first_invalid_utf8("x\xed\xa0\x80") == 1u);      // UTF-16 surrogate
    CHECK(first_invalid_utf8("x\xf4\x90\x80\x80") == 1u);  // above U+10FFFF
    CHECK(first_invalid_utf8("Gr\xfc\xdf") == 2u);         // Latin-1 "Grüß"
}

TEST_CASE("Decoding gives code points and advances past them") {
    const std::string text = "aß€😀";
    std::size_t at = 0;
    CHECK(decode_utf8(text, at) == U'a');
    CHECK(decode_utf8(text, at) == U'ß');
    CHECK(decode_utf8(text, at) == U'€');
    CHECK(decode_utf8(text, at) == U'😀');
    CHECK(at == text.size());
    std::size_t bad = 0;
    CHECK(decode_utf8("\xff", bad) == 0xFFFD);
    CHECK(bad == 1);
}

TEST_CASE("Precomposed text is NFC, a decomposed umlaut is not") {
    CHECK_FALSE(first_non_nfc("Pjöngjang, Chosŏn, Пхеньян, ß, „Zitat“"));
    // "o" followed by U+0308 COMBINING DIAERESIS, as macOS writes it.
    CHECK(first_non_nfc("Pjo\xcc\x88ngjang") == 3u);
    // Cyrillic "й" written as и + U+0306 COMBINING BREVE.
    CHECK(first_non_nfc("\xd0\xb8\xcc\x86") == 2u);
    // U+212B ANGSTROM SIGN is never NFC.
    CHECK(first_non_nfc("10 \xe2\x84\xab") == 3u);
    // A combining mark after a non-letter is not flagged (documented limit).
    CHECK_FALSE(first_non_nfc("\xcc\x88 x"));
}
