// Helpers for progress tests: review records with plausible states.
#pragma once

#include <string>

#include "progress/review_record.hpp"
#include "time/time_point.hpp"

namespace chronik::test {

// 2026-01-01 12:00 UTC
inline constexpr TimeMs kNoon = 1767268800000;

// "c" + n, written so that g++ 12 does not warn falsely (-Wrestrict on operator+).
inline std::string card_name(int n) {
    std::string s = "c";
    s += std::to_string(n);
    return s;
}

inline CardState review_state(TimeMs last, int interval_days) {
    CardState s;
    s.phase = CardPhase::Review;
    s.stability = interval_days;
    s.difficulty = 5.0;
    s.last_review = last;
    s.due = last + interval_days * kDayMs;
    s.reps = 2;
    s.scheduled_days = interval_days;
    return s;
}

inline ReviewRecord answer(const std::string& card, TimeMs t, Rating rating,
                           const CardState& before, int interval_days = 3, int offset = 0) {
    return ReviewRecord::review(card, t, rating, RoundKind::Flashcard, 2500, offset, before,
                                review_state(t, interval_days));
}

}  // namespace chronik::test
