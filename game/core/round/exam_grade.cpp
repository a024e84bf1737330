#include "round/exam_grade.hpp"

#include <stdexcept>
#include <string>

namespace chronik::round {

const GradeBand& exam_grade(std::int64_t points, std::int64_t max_points) {
    if (max_points <= 0 || points < 0 || points > max_points) {
        throw std::invalid_argument("exam grade: " + std::to_string(points) + " of " +
                                    std::to_string(max_points) +
                                    " points is not a result (need 0 <= points <= max, max > 0)");
    }
    for (const auto& band : kIhkGradeKey) {
        // points / max >= min_percent / 100, without rounding.
        if (points * 100 >= band.min_percent * max_points) return band;
    }
    return kIhkGradeKey.back();
}

const GradeBand& exam_grade_from_percent(double percent) {
    if (!(percent >= 0.0 && percent <= 100.0)) {
        throw std::invalid_argument("exam grade: " + std::to_string(percent) +
                                    " % is not a percentage in 0..100");
    }
    for (const auto& band : kIhkGradeKey) {
        if (percent >= band.min_percent) return band;
    }
    return kIhkGradeKey.back();
}

std::string_view grade_key_text(GradeKeyLanguage language) {
    if (language == GradeKeyLanguage::English) {
        return "German school grades 1–6 by share of points: 1 from 92 %, 2 from 81 %, "
               "3 from 67 %, 4 from 50 %, 5 from 30 %, 6 below";
    }
    return "Schulnoten 1–6 nach Anteil der Punkte: 1 ab 92 %, 2 ab 81 %, 3 ab 67 %, 4 ab 50 %, "
           "5 ab 30 %, 6 darunter";
}

}  // namespace chronik::round
