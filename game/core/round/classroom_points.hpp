// Kahoot-style points for classroom games: speed and streak bonuses that a teacher can switch off.
#pragma once

#include <cstdint>
#include <optional>

#include "round/timeline_score.hpp"

namespace chronik::round {

enum class SpeedBonus { On, Off };
enum class StreakBonus { On, Off };

// The classroom scoring rule (issue 8):
//   wrong or no answer: 0 points, the streak ends.
//   correct, timed with limit T and speed bonus on:
//       round(1000 × (1 − t / (2T))) with t clamped to [0, T]: 1000 for an
//       instant answer, 500 at the last moment (rounded half up, exactly, in
//       integers).
//   correct, speed bonus off or no timer: 1000 flat.
//   plus, with the streak bonus on: min(100 × (streak − 1), 500), where streak
//       counts this answer (the first correct answer earns no bonus, the sixth
//       and later in a row earn 500).
struct ClassroomScoring {
    SpeedBonus speed_bonus = SpeedBonus::On;
    StreakBonus streak_bonus = StreakBonus::On;
    std::optional<std::int64_t> time_limit_ms = 20'000;  // nullopt: no timer
};

inline constexpr std::int64_t kClassroomFullPoints = 1000;
inline constexpr std::int64_t kClassroomStreakStep = 100;
inline constexpr std::int64_t kClassroomStreakCap = 500;

// Points for the answer itself (without the streak bonus). Throws
// std::invalid_argument for a negative response time or a time limit <= 0.
std::int64_t classroom_answer_points(std::int64_t response_ms, const ClassroomScoring& scoring);

// Streak bonus for a correct answer that makes the streak `streak` long (>= 1).
std::int64_t classroom_streak_bonus(int streak, const ClassroomScoring& scoring);

// One contestant's running streak and score in a classroom game.
struct ClassroomScore {
    std::int64_t points = 0;
    int streak = 0;
    int correct_answers = 0;
    // Timeline questions with some but not all pairs in order: their points are no "right
    // answer", so the end screens name them on their own.
    int partial_timelines = 0;
};

enum class ClassroomAnswer { Correct, Wrong, NoAnswer };

// Points gained by this answer, and the contestant's updated score.
struct ClassroomAward {
    std::int64_t answer_points = 0;
    std::int64_t streak_bonus = 0;
    std::int64_t gained() const { return answer_points + streak_bonus; }
    ClassroomScore after;
};

// `response_ms` is ignored unless the answer is correct.
ClassroomAward award_classroom_answer(const ClassroomScore& before, ClassroomAnswer answer,
                                      std::int64_t response_ms, const ClassroomScoring& scoring);

// A timeline question in a classroom game: the desktop's timeline score (score_pairs:
// round(100 × ordered pairs / all pairs)) decides the share of the classroom points.
//   every pair in order: a correct answer (award_classroom_answer: points, streak bonus).
//   otherwise: round(classroom_answer_points(t) × percent / 100), half up, and the streak ends
//   ("4 of 6 pairs = 67 %" earns 670 for an instant answer); all pairs reversed earns 0. Some
//   pairs in order (not all, not none) count one partial timeline.
ClassroomAward award_timeline_answer(const ClassroomScore& before, const PairScore& pairs,
                                     std::int64_t response_ms, const ClassroomScoring& scoring);

}  // namespace chronik::round
