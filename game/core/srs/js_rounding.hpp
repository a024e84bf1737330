// JavaScript-style rounding (Math.round and ts-fsrs's 8-decimal rounding) that FSRS-6 depends on.
#pragma once

#include <cmath>

namespace chronik {

// Math.round: the nearest integer, halves toward +infinity (jsround(-2.5) == -2). std::round
// rounds halves away from zero and std::rint to even; a negative difficulty delta (Easy) shows
// the difference.
inline double jsround(double x) {
    const double f = std::floor(x);
    return (x - f >= 0.5) ? f + 1.0 : f;
}

// ts-fsrs stores S, D, R and its derived constants rounded to 8 decimals, both steps in double.
// The division by 1e8 is exact-rounded; multiplying by 1e-8 would not be.
inline double round8(double x) {
    return jsround(x * 1e8) / 1e8;
}

}  // namespace chronik
