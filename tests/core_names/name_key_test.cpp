// One key for every way of typing a name: NFC, full case folding, invisible characters removed.
#include <doctest/doctest.h>

#include <string>

#include "names/name_key.hpp"

using namespace chronik::names;

namespace {
const std::string kReneComposed = "Ren\xC3\xA9";          // é as one code point
const std::string kReneDecomposed = "Rene\xCC\x81";       // e + COMBINING ACUTE ACCENT
const std::string kAnneComposed = "\xC3\x84nne";          // Ä
const std::string kAnneDecomposed = "A\xCC\x88nne";       // A + COMBINING DIAERESIS
const std::string kZeroWidthSpace = "\xE2\x80\x8B";       // U+200B
const std::string kZeroWidthJoiner = "\xE2\x80\x8D";      // U+200D
const std::string kSoftHyphen = "\xC2\xAD";               // U+00AD
const std::string kRightToLeftOverride = "\xE2\x80\xAE";  // U+202E
const std::string kByteOrderMark = "\xEF\xBB\xBF";        // U+FEFF
}  // namespace

TEST_CASE("a name typed with a combining accent is the same name as the precomposed one") {
    CHECK(same_name(kReneComposed, kReneDecomposed));
    CHECK(same_name(kAnneComposed, kAnneDecomposed));
    CHECK(clean_name(kReneDecomposed) == kReneComposed);
    CHECK(clean_name(kAnneDecomposed) == kAnneComposed);
}

TEST_CASE("names differing only in case are one name, with full Unicode case folding") {
    CHECK(same_name("Änne", "änne"));
    CHECK(same_name(kAnneDecomposed, "ÄNNE"));
    CHECK(same_name("STRASSE", "Straße"));
    CHECK(same_name("ΣΟΦΙΑ", "σοφια"));
    CHECK(same_name("Ким", "КИМ"));
    // Case is kept for display.
    CHECK(clean_name("ÄNNE") == "ÄNNE");
}

TEST_CASE("zero-width and other invisible characters are removed") {
    CHECK(same_name("An" + kZeroWidthSpace + "na", "Anna"));
    CHECK(same_name("An" + kZeroWidthJoiner + "na", "anna"));
    CHECK(same_name("Ma" + kSoftHyphen + "rie", "Marie"));
    CHECK(same_name(kRightToLeftOverride + "Ben", "Ben"));
    CHECK(same_name(kByteOrderMark + "Lea", "Lea"));
    CHECK(clean_name("An" + kZeroWidthSpace + "na") == "Anna");
}

TEST_CASE("names that only look alike to a machine stay different names") {
    CHECK_FALSE(same_name("Anna", "Anne"));
    CHECK_FALSE(same_name("Rene", kReneComposed));  // an accent is part of the name
    CHECK_FALSE(same_name("Anna Lena", "AnnaLena"));
    // Latin "A" and Cyrillic "А" are different letters (NFC does not merge scripts).
    CHECK_FALSE(same_name("Anna", "\xD0\x90nna"));
}

TEST_CASE("invalid UTF-8 never throws and never matches a valid name by accident") {
    CHECK_NOTHROW(name_key("bad\xFF\xFE"));
    CHECK(clean_name("bad\xFF") == "bad\xEF\xBF\xBD");
    CHECK_FALSE(same_name("bad\xFF", "bad"));
    CHECK(name_key("") == "");
}
