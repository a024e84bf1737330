// Splitting German running text into sentences, around abbreviations, dates and ordinals.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace chronik::derive {

// Sentences as byte ranges of the paragraph (verbatim slices, trimmed).
// A '.', '!' or '?' (optionally followed by a closing quote and reference
// markers "[3]") ends a sentence when whitespace and an upper-case letter,
// a digit or an opening quote follow — except after
//  - an abbreviation (z. B., Nr., bzw., usw., ca., Dr., St., vgl., Mrd., ...),
//  - a single letter (initials "J. R. Tolkien", "z.", "B."),
//  - a one- or two-digit number (days and ordinals: "2. März", "38. Breitengrad"),
//  - a Roman numeral after a name ("Alexander II. erwarb"),
//  - a four-digit year when a month name or a lower-case word follows.
struct SentenceRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::vector<SentenceRange> split_sentences(std::string_view paragraph);

// Convenience: the sentence texts.
std::vector<std::string_view> sentence_texts(std::string_view paragraph);

}  // namespace chronik::derive
