// Years before 1000 and years of an era: "9 n. Chr.", "um 260 n. Chr.", "44 v. Chr.", "im Jahr
// 800", "25. Dezember 800", an outline's "772: …".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "derive/tokens.hpp"

namespace chronik::derive {

// The era written after token `k` ("n. Chr.", "v. Chr.", "n.Chr.", "nach Christus", "v. u. Z."):
// how many tokens it takes (0 when there is none) and whether it counts before Christ.
struct EraMarker {
    std::size_t tokens = 0;
    bool before_christ = false;
};
EraMarker era_marker_at(const std::vector<Token>& toks, std::size_t k);

// Token `k` is a year that the four-digit rule of is_year_word misses: a number of one to four
// digits with an era after it ("9 n. Chr.", "44 v. Chr."), or of one to three digits after
// "Jahr"/"Jahre"/"Jahres" or a month ("im Jahr 800", "25. Dezember 800", "2. Feb. 962"), or, when
// the text's last date was before 1000 (`context_year`), a three-digit number after a preposition
// of time
// ("um 260") that no noun follows, or at the start of a line before a colon ("772: …").
// Counts ("im Jahr 800 Soldaten") are never years. `*year` is the number as written: the caller
// adds the era (era_marker_at).
bool early_year_at(const std::vector<Token>& toks, std::size_t k, int context_year, int* year);

// Token `k` is a span of years with an era after it ("264–241 v. Chr.", "73–71 v. Chr.", "14–37
// n. Chr."): before Christ the years count down, after Christ up; or a span of three-digit years
// opening an outline's line before a colon ("938–941: …"). `*start`/`*end` as written.
bool era_span(const std::vector<Token>& toks, std::size_t k, int* start, int* end);

// A word after a number that makes it a count, not a year ("Soldaten", "Kilometer", "%").
bool is_count_unit(std::string_view word);

}  // namespace chronik::derive
