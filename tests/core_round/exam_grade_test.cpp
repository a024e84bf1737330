#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "round/exam_grade.hpp"

using namespace chronik::round;

TEST_CASE("Each IHK threshold is an inclusive lower bound") {
    CHECK(exam_grade(100, 100).grade == 1);
    CHECK(exam_grade(92, 100).grade == 1);
    CHECK(exam_grade(91, 100).grade == 2);
    CHECK(exam_grade(81, 100).grade == 2);
    CHECK(exam_grade(80, 100).grade == 3);
    CHECK(exam_grade(67, 100).grade == 3);
    CHECK(exam_grade(66, 100).grade == 4);
    CHECK(exam_grade(50, 100).grade == 4);
    CHECK(exam_grade(49, 100).grade == 5);
    CHECK(exam_grade(30, 100).grade == 5);
    CHECK(exam_grade(29, 100).grade == 6);
    CHECK(exam_grade(0, 100).grade == 6);
}

TEST_CASE("A share just below a threshold is not rounded up") {
    // 11 of 12 = 91.67 % -> 2; 23 of 25 = 92 % -> 1
    CHECK(exam_grade(11, 12).grade == 2);
    CHECK(exam_grade(23, 25).grade == 1);
    CHECK(exam_grade_from_percent(91.99).grade == 2);
    CHECK(exam_grade_from_percent(92.0).grade == 1);
}

TEST_CASE("Grades carry their German and English names") {
    CHECK(exam_grade(7, 10).name_de == "befriedigend");
    CHECK(exam_grade(7, 10).name_en == "satisfactory");
    CHECK(exam_grade(1, 10).name_de == "ungenügend");
}

TEST_CASE("Impossible exam results are rejected") {
    CHECK_THROWS_AS(exam_grade(5, 0), std::invalid_argument);
    CHECK_THROWS_AS(exam_grade(-1, 10), std::invalid_argument);
    CHECK_THROWS_AS(exam_grade(11, 10), std::invalid_argument);
    CHECK_THROWS_AS(exam_grade_from_percent(100.5), std::invalid_argument);
    CHECK_THROWS_AS(exam_grade_from_percent(std::numeric_limits<double>::quiet_NaN()),
                    std::invalid_argument);
}

TEST_CASE("The grade key text names every threshold of the table") {
    for (const auto language : {GradeKeyLanguage::German, GradeKeyLanguage::English}) {
        const std::string text(grade_key_text(language));
        for (const auto& band : kIhkGradeKey) {
            if (band.grade == 6) continue;
            CHECK(text.find(std::to_string(band.grade) + " ") != std::string::npos);
            CHECK(text.find(std::to_string(band.min_percent) + " %") != std::string::npos);
        }
    }
}
