// JavaScript-style rounding (Math.round and ts-fsrs's 8-decimal rounding) that FSRS-6 depends on.
#pragma once

#include <cmath>
#include <cstdint>

namespace chronik {

// Math.round: the nearest integer, halves toward +infinity (jsround(-2.5) == -2). std::round
// rounds halves away from zero and std::rint to even; a negative difficulty delta (Easy) shows
// the difference.
//
// floor(x) is taken through an integer conversion, which is exact below 2^52 and, unlike a
// libm call on baseline x86-64, cheap in the scheduler's hot path. At or above 2^52 (and for
// inf/NaN) every double is already an integer.
inline double jsround(double x) {
    if (!(std::fabs(x) < 4503599627370496.0)) return x;
    double f = static_cast<double>(static_cast<std::int64_t>(x));  // truncated toward 0
    if (f > x) f -= 1.0;                                           // floor
    return (x - f >= 0.5) ? f + 1.0 : f;
}

// ts-fsrs stores S, D, R and its derived constants rounded to 8 decimals, both steps in double.
// The division by 1e8 is correctly rounded; multiplying by 1e-8 would not be.
inline double round8(double x) {
    return jsround(x * 1e8) / 1e8;
}

}  // namespace chronik
