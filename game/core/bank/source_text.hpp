// Finding an item's quote in its source text, despite whitespace and reference markers, and the
// sentence around it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::bank {

// A normalised text and, for each of its bytes, the byte offset in the
// original text it came from.
struct NormalisedText {
    std::string text;
    std::vector<std::size_t> origin;  // origin.size() == text.size()
};

// Normalisation for quote matching:
//  - every run of whitespace (ASCII whitespace, U+00A0, U+2009, U+202F and the
//    other Unicode spaces U+2000–U+200A) becomes one ASCII space; leading and
//    trailing whitespace is dropped;
//  - reference markers "[" 1–4 ASCII digits "]" (Wikipedia footnotes such
//    as [12]) are dropped.
// Nothing else changes: case, punctuation, quotation marks and hyphens must
// match exactly. Whitespace is only collapsed, never added or removed where
// one side has none.
NormalisedText normalise_mapped(std::string_view original);
std::string normalise(std::string_view text);

// Half-open byte range [begin, end) in a text.
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// Where `quote` occurs in `source` after normalising both: the byte range in
// the ORIGINAL source, from the quote's first byte to its last (markers or
// whitespace inside the passage are included), so a reader can scroll to it
// and highlight it. The first occurrence wins; nullopt when it does not
// occur or the quote is empty after normalisation.
std::optional<ByteRange> locate_quote(std::string_view source, std::string_view quote);

// The same against an already normalised source, for checking many quotes.
std::optional<ByteRange> locate_quote(const NormalisedText& source, std::string_view quote);

// The sentence of `source` around the first place `quote` is found (as locate_quote finds it),
// for showing an item beside the passage it was made from; the quote itself when it is not
// found. A sentence ends at a line break, or at . ! ? before a space, a line break or a
// reference marker, but not at a point after a digit (an ordinal: "am 24. Juni"); the previous
// sentence's reference marker is dropped. At most about 300 bytes are added on either side.
std::string sentence_around(std::string_view source, std::string_view quote);

}  // namespace chronik::bank
