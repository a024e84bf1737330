// A profile's exam date (Prüfungstermin): when the exam is, what it covers and how long the
// student can study a day. The study plan to it is made by core/plan.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "progress/study_day.hpp"
#include "time/time_point.hpp"

namespace chronik {

struct ExamGoal {
    CivilDate date{2026, 1, 1};  // the exam day in the student's calendar
    int minute_of_day = 8 * 60;  // when it starts, local minutes after midnight
    // The deck ids it covers; empty: the decks the profile studies.
    std::vector<std::string> decks;
    // The item tags (topics) it covers; empty: every item of those decks.
    std::vector<std::string> topics;
    int minutes_per_day = 20;  // the daily study time until the exam, 1 to 600

    friend bool operator==(const ExamGoal&, const ExamGoal&) = default;
};

inline constexpr int kMaxExamMinutesPerDay = 600;
// How far ahead an exam can be set from the game (the planner itself refuses beyond 400 days).
inline constexpr int kMaxExamDaysAhead = 365;

// Each problem as a sentence naming the field ("exam.minutes_per_day is 0, allowed is 1 to
// 600"); empty when the goal is valid. Whether the date lies ahead depends on the clock: see
// exam_at.
std::vector<std::string> exam_goal_problems(const ExamGoal& goal);

// The day number (days since 1970-01-01) of a civil date; the inverse of civil_from_days.
constexpr std::int64_t days_from_civil(CivilDate c) {
    const std::int64_t y = c.year - (c.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = c.month > 2 ? c.month - 3 : c.month + 9;
    const std::int64_t doy = (153 * mp + 2) / 5 + c.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static_assert(days_from_civil({1970, 1, 1}) == 0);
static_assert(days_from_civil({2026, 3, 1}) == 20513);
static_assert(civil_from_days(days_from_civil({2024, 2, 29})) == CivilDate{2024, 2, 29});

// True for a real calendar date (years 1900 to 9999).
bool valid_date(CivilDate date);

// The exam moment in UTC for a local offset from UTC (minutes, +60 for CET).
TimeMs exam_at(const ExamGoal& goal, int utc_offset_minutes);

// A new exam two weeks after `today` (a local day number) at 08:00, 20 minutes a day, covering
// the profile's decks.
ExamGoal default_exam_goal(std::int64_t today);

// The exam date moved by `days`, kept between `today` and kMaxExamDaysAhead days after it.
CivilDate shift_exam_date(CivilDate date, int days, std::int64_t today);

// The next (steps > 0) or previous (steps < 0) of the minute choices 5, 10, 15, 20, 25, 30, 40,
// 50, 60, 75, 90, 120, 150, 180, 240, 300, 360, 480, 600 from `minutes` (which may lie between
// them); stays at the ends.
int step_minutes_per_day(int minutes, int steps);

// "2026-06-15" <-> CivilDate; none for anything that is not a valid date in that form.
std::string format_iso_date(CivilDate date);
std::optional<CivilDate> parse_iso_date(std::string_view text);

}  // namespace chronik
