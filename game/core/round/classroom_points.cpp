#include "round/classroom_points.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace chronik::round {

std::int64_t classroom_answer_points(std::int64_t response_ms, const ClassroomScoring& scoring) {
    if (response_ms < 0) {
        throw std::invalid_argument("classroom scoring: negative response time " +
                                    std::to_string(response_ms) + " ms");
    }
    if (scoring.time_limit_ms && *scoring.time_limit_ms <= 0) {
        throw std::invalid_argument("classroom scoring: the time limit must be positive, got " +
                                    std::to_string(*scoring.time_limit_ms) + " ms");
    }
    if (scoring.speed_bonus == SpeedBonus::Off || !scoring.time_limit_ms) {
        return kClassroomFullPoints;
    }
    const std::int64_t limit = *scoring.time_limit_ms;
    const std::int64_t t = std::min(response_ms, limit);
    // round(1000 - 500 t / T) = floor((2000 T - 1000 t + T) / (2 T)); the
    // numerator is positive because t <= T, so integer division is the floor.
    return (2 * kClassroomFullPoints * limit - kClassroomFullPoints * t + limit) / (2 * limit);
}

std::int64_t classroom_streak_bonus(int streak, const ClassroomScoring& scoring) {
    if (streak < 1) {
        throw std::invalid_argument(
            "classroom scoring: a streak bonus needs a streak of at "
            "least 1, got " +
            std::to_string(streak));
    }
    if (scoring.streak_bonus == StreakBonus::Off) return 0;
    return std::min<std::int64_t>(kClassroomStreakStep * (streak - 1), kClassroomStreakCap);
}

ClassroomAward award_classroom_answer(const ClassroomScore& before, ClassroomAnswer answer,
                                      std::int64_t response_ms, const ClassroomScoring& scoring) {
    ClassroomAward award;
    award.after = before;
    if (answer != ClassroomAnswer::Correct) {
        award.after.streak = 0;
        return award;
    }
    award.after.streak = before.streak + 1;
    award.after.correct_answers = before.correct_answers + 1;
    award.answer_points = classroom_answer_points(response_ms, scoring);
    award.streak_bonus = classroom_streak_bonus(award.after.streak, scoring);
    award.after.points = before.points + award.gained();
    return award;
}

ClassroomAward award_timeline_answer(const ClassroomScore& before, const PairScore& pairs,
                                     std::int64_t response_ms, const ClassroomScoring& scoring) {
    if (pairs.ordered == pairs.total)
        return award_classroom_answer(before, ClassroomAnswer::Correct, response_ms, scoring);
    auto award = award_classroom_answer(before, ClassroomAnswer::Wrong, response_ms, scoring);
    const std::int64_t full = classroom_answer_points(response_ms, scoring);
    award.answer_points = (2 * full * pairs.percent() + 100) / 200;
    award.after.points = before.points + award.answer_points;
    if (pairs.ordered > 0) award.after.partial_timelines = before.partial_timelines + 1;
    return award;
}

}  // namespace chronik::round
