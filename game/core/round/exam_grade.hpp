// German school grades 1–6 from an exam result, by the IHK grading key.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "locale/language.hpp"

namespace chronik::round {

// The IHK key (Industrie- und Handelskammer, used for German vocational exams
// and by many schools for tests):
//   92–100 % -> 1 sehr gut        50–<67 % -> 4 ausreichend
//   81–<92 % -> 2 gut             30–<50 % -> 5 mangelhaft
//   67–<81 % -> 3 befriedigend     0–<30 % -> 6 ungenügend
// Each threshold is an inclusive lower bound on the exact share of points:
// 91.9 % is still a 2. No rounding up, no tendencies (+/−).
struct GradeBand {
    int grade = 1;
    int min_percent = 0;  // inclusive
    std::string_view name_de;
    std::string_view name_en;
};

inline constexpr std::array<GradeBand, 6> kIhkGradeKey{{
    {1, 92, "sehr gut", "very good"},
    {2, 81, "gut", "good"},
    {3, 67, "befriedigend", "satisfactory"},
    {4, 50, "ausreichend", "sufficient"},
    {5, 30, "mangelhaft", "poor"},
    {6, 0, "ungenügend", "insufficient"},
}};

// The band for `points` out of `max_points`, compared exactly in integers.
// Throws std::invalid_argument unless 0 <= points <= max_points and max_points > 0.
const GradeBand& exam_grade(std::int64_t points, std::int64_t max_points);

// The band for a percentage in [0, 100]; throws std::invalid_argument otherwise (also for NaN).
const GradeBand& exam_grade_from_percent(double percent);

using GradeKeyLanguage = Language;  // locale/language.hpp

// The key as one line of text for the results screen, e.g.
// "Schulnoten 1–6 nach Anteil der Punkte: 1 ab 92 %, 2 ab 81 %, … 6 darunter" (the thresholds
// are the IHK key's, named for students as plain school grades).
std::string_view grade_key_text(GradeKeyLanguage language);

}  // namespace chronik::round
