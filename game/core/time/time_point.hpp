// Time in Chronik's core: int64 milliseconds since the Unix epoch, UTC.
#pragma once

#include <cstdint>

namespace chronik {

// std::chrono::system_clock counts nanoseconds and overflows after 2262;
// FSRS chains reach the year 3634, so core time is plain int64 milliseconds.
using TimeMs = std::int64_t;

inline constexpr TimeMs kMinuteMs = 60'000;
inline constexpr TimeMs kHourMs = 60 * kMinuteMs;
inline constexpr TimeMs kDayMs = 24 * kHourMs;

// The UTC calendar day of a time: floor(ms / 86400000), also for negative times.
constexpr std::int64_t utc_day_number(TimeMs ms) {
    std::int64_t q = ms / kDayMs;
    if (ms % kDayMs < 0) --q;
    return q;
}

}  // namespace chronik
