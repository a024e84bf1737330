// A profile's exam date: validation, the exam moment, ISO dates.
#include <doctest/doctest.h>

#include "progress/exam_goal.hpp"
#include "progress/profile_settings.hpp"

using namespace chronik;

TEST_CASE("An exam goal is valid with a real date, a time of day and 1 to 600 minutes a day") {
    ExamGoal goal;
    goal.date = {2026, 6, 15};
    CHECK(exam_goal_problems(goal).empty());
    goal.date = {2026, 2, 29};
    goal.minutes_per_day = 0;
    goal.minute_of_day = 24 * 60;
    goal.topics = {"Diplomatie", "Diplomatie", ""};
    const auto problems = exam_goal_problems(goal);
    REQUIRE(problems.size() == 5);
    CHECK(problems[0] == "exam.date 2026-02-29 is not a calendar date");
    CHECK(problems[1] == "exam.minute_of_day is 1440, allowed is 0 to 1439");
    CHECK(problems[2] == "exam.minutes_per_day is 0, allowed is 1 to 600");
    // The profile's validation includes the exam's.
    ProfileSettings settings;
    settings.exam = goal;
    CHECK(settings_problems(settings).size() == 5);
    settings.exam.reset();
    CHECK(settings_problems(settings).empty());
}

TEST_CASE("The exam moment is the local date and time in UTC") {
    ExamGoal goal;
    goal.date = {2026, 3, 2};
    goal.minute_of_day = 8 * 60;
    CHECK(exam_at(goal, 0) == 1772438400000);                   // 2026-03-02T08:00Z
    CHECK(exam_at(goal, 60) == 1772438400000 - kHourMs);        // 08:00 in UTC+1 is 07:00Z
    CHECK(exam_at(goal, -300) == 1772438400000 + 5 * kHourMs);  // 08:00 in New York
}

TEST_CASE("ISO dates are read strictly and written back the same") {
    CHECK(parse_iso_date("2024-02-29") == CivilDate{2024, 2, 29});
    CHECK(format_iso_date({2024, 2, 29}) == "2024-02-29");
    CHECK_FALSE(parse_iso_date("2023-02-29"));
    CHECK_FALSE(parse_iso_date("2023-2-28"));
    CHECK_FALSE(parse_iso_date("2023-13-01"));
    CHECK_FALSE(parse_iso_date("20230-1-01"));
    CHECK_FALSE(parse_iso_date(""));
    for (std::int64_t day = 18000; day < 22000; day += 37)
        CHECK(days_from_civil(civil_from_days(day)) == day);
}

TEST_CASE("A new exam is two weeks ahead, and its date moves only between today and a year ahead") {
    const std::int64_t today = days_from_civil({2026, 3, 2});
    const ExamGoal goal = default_exam_goal(today);
    CHECK(goal.date == CivilDate{2026, 3, 16});
    CHECK(goal.minute_of_day == 8 * 60);
    CHECK(goal.minutes_per_day == 20);
    CHECK(exam_goal_problems(goal).empty());
    CHECK(shift_exam_date(goal.date, 7, today) == CivilDate{2026, 3, 23});
    CHECK(shift_exam_date(goal.date, -30, today) == CivilDate{2026, 3, 2});
    CHECK(shift_exam_date(goal.date, 400, today) == civil_from_days(today + kMaxExamDaysAhead));
}

TEST_CASE("Minutes a day step through round choices and stay at the ends") {
    CHECK(step_minutes_per_day(20, 1) == 25);
    CHECK(step_minutes_per_day(20, -1) == 15);
    CHECK(step_minutes_per_day(60, 1) == 75);
    CHECK(step_minutes_per_day(17, 1) == 20);  // from a value between the choices
    CHECK(step_minutes_per_day(17, -1) == 15);
    CHECK(step_minutes_per_day(5, -1) == 5);
    CHECK(step_minutes_per_day(3, -1) == 3);  // below the first choice: never raised by "less"
    CHECK(step_minutes_per_day(600, 1) == 600);
    CHECK(step_minutes_per_day(20, 3) == 40);
}
