// Study days: a day of study runs from 04:00 to 04:00 local time, so a late session counts for the
// evening.
#pragma once

#include <cstdint>

#include "time/time_point.hpp"

namespace chronik {

inline constexpr TimeMs kStudyDayRolloverMs = 4 * kHourMs;

// Study days are numbered like UTC days (day 0 began at 1970-01-01 04:00 local time).
// `utc_offset_minutes` is the local offset from UTC (+60 for CET, -300 for EST).
constexpr std::int64_t study_day(TimeMs time_ms, int utc_offset_minutes) {
    return utc_day_number(time_ms + utc_offset_minutes * kMinuteMs - kStudyDayRolloverMs);
}

// The UTC time at which a study day begins.
constexpr TimeMs study_day_start(std::int64_t day, int utc_offset_minutes) {
    return day * kDayMs + kStudyDayRolloverMs - utc_offset_minutes * kMinuteMs;
}

// Monday-based week number of a study day (1970-01-01 was a Thursday).
constexpr std::int64_t study_week(std::int64_t day) {
    const std::int64_t shifted = day + 3;  // day 0 (Thursday) -> 3 days after Monday
    return shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
}

// Civil (proleptic Gregorian) date of a day number; H. Hinnant's algorithm.
struct CivilDate {
    std::int64_t year;
    int month;  // 1..12
    int day;    // 1..31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

constexpr CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return CivilDate{yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

// Months since year 0 for a study day: year * 12 + (month - 1).
constexpr std::int64_t study_month(std::int64_t day) {
    const CivilDate c = civil_from_days(day);
    return c.year * 12 + (c.month - 1);
}

}  // namespace chronik
