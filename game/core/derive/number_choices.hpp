// Distractors for a number with a unit ("245 Menschen", "167,8 Kilometer"): values near the
// answer, written as the answer is, within the bounds the sentence sets.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "derive/facts.hpp"

namespace chronik::derive {

// What the sentence says a value in the answer's place must be: "zwischen 136 und ___"
// (above 136), "zwischen ___ und 245" (below 245), "von 3 bis ___"; a percentage is at most 100.
struct NumberBounds {
    double above = -std::numeric_limits<double>::infinity();
    double below = std::numeric_limits<double>::infinity();
};
NumberBounds number_bounds(std::string_view sentence, const Fact& answer);

// A value a student could take for the answer: within the bounds, not the answer, and
// within a factor of three of it (a tenfold number gives the answer away).
bool plausible_number(double value, const Fact& answer, const NumberBounds& bounds);

// Up to `count` values near the answer, rounded as the answer is rounded ("30.000" gives
// "20.000", "40.000"; "245" gives "208", "282"), written with its separators and unit. Steps
// of about 15 % (at least one rounding unit); `seed` picks whether the answer is the smallest,
// a middle or the largest of the choices, so that its place among them tells nothing.
std::vector<std::string> nearby_numbers(const Fact& answer, const NumberBounds& bounds,
                                        std::uint32_t seed, std::size_t count = 6);

}  // namespace chronik::derive
