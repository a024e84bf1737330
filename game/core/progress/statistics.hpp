// Statistics of a profile for the statistics screen: reviews per day, true retention, forecast,
// mastery, calendar, streak.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "progress/profile_progress.hpp"
#include "progress/study_day.hpp"

namespace chronik {

struct DayCount {
    std::int64_t day;  // study day number
    std::int64_t reviews;
    friend bool operator==(const DayCount&, const DayCount&) = default;
};

// Reviews on each study day from `first_day` to `last_day` (inclusive), days without reviews
// included.
std::vector<DayCount> reviews_per_day(const ProfileProgress& progress, std::int64_t first_day,
                                      std::int64_t last_day);

enum class Period { Day, Week, Month };

// True retention over a period: of the first reviews of a card on each day,
// the share that was not Again. Learning reviews later the same day do not count.
struct RetentionPoint {
    std::int64_t period;  // study day, study_week(day) or study_month(day)
    std::int64_t first_reviews;
    std::int64_t passed;
    double retention() const {
        return first_reviews == 0
                   ? 0.0
                   : static_cast<double>(passed) / static_cast<double>(first_reviews);
    }
    friend bool operator==(const RetentionPoint&, const RetentionPoint&) = default;
};

// One point per period that had first reviews, ascending.
std::vector<RetentionPoint> true_retention(const ProfileProgress& progress, Period period);

// Cards that are not New and fall due on each of the next `days` study days;
// element 0 is today and includes everything overdue.
std::vector<std::int64_t> due_forecast(const ProfileProgress& progress, TimeMs now,
                                       int utc_offset_minutes, int days = 30);

// Young cards are in review with an interval under 21 days, mature ones 21 days or more.
inline constexpr int kMatureIntervalDays = 21;

struct CardCounts {
    std::int64_t new_cards = 0;  // never reviewed (or reset to New)
    std::int64_t learning = 0;   // Learning or Relearning
    std::int64_t young = 0;
    std::int64_t mature = 0;
    friend bool operator==(const CardCounts&, const CardCounts&) = default;
};

// `bank_size` is the number of cards in the question bank: the cards the
// profile has never seen count as new.
CardCounts card_counts(const ProfileProgress& progress, std::size_t bank_size);

struct TagMastery {
    CardCounts counts;
    // (mature + young / 2) / cards: 1.0 when every card of the tag is mature.
    double mastery = 0.0;
    friend bool operator==(const TagMastery&, const TagMastery&) = default;
};

// Mastery per tag; `card_tags` maps each card of the bank to its tags.
std::map<std::string, TagMastery> tag_mastery(
    const ProfileProgress& progress,
    const std::map<std::string, std::vector<std::string>>& card_tags);

struct CalendarDay {
    std::int64_t day;
    CivilDate date;
    std::int64_t reviews;
    int level;  // 0 none, 1: 1-9, 2: 10-29, 3: 30-59, 4: 60 or more reviews
    friend bool operator==(const CalendarDay&, const CalendarDay&) = default;
};

// One entry per study day from `first_day` to `last_day`, for a heat-map calendar.
std::vector<CalendarDay> study_calendar(const ProfileProgress& progress, std::int64_t first_day,
                                        std::int64_t last_day);

struct StreakView {
    std::int64_t current_days;  // 0 when the streak has already lapsed by `now`
    std::int64_t best_days;
    int rest_days;  // rest days left (after the missed days so far)
    bool studied_today;
};

// The kind streak as it stands at `now`: days since the last study that had
// cards due use up rest days; the streak shows 0 once they are not enough.
StreakView streak_view(const ProfileProgress& progress, TimeMs now, int utc_offset_minutes);

}  // namespace chronik
