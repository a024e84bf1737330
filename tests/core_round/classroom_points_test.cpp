#include <doctest/doctest.h>

#include <stdexcept>

#include "round/classroom_points.hpp"

using namespace chronik::round;

namespace {

ClassroomScoring timed(std::int64_t limit_ms) {
    ClassroomScoring s;
    s.time_limit_ms = limit_ms;
    return s;
}

}  // namespace

TEST_CASE("An instant correct answer earns 1000 points") {
    CHECK(classroom_answer_points(0, timed(20'000)) == 1000);
}

TEST_CASE("A correct answer at the time limit earns 500 points") {
    CHECK(classroom_answer_points(20'000, timed(20'000)) == 500);
}

TEST_CASE("Speed points fall linearly as round(1000 x (1 - t / 2T))") {
    CHECK(classroom_answer_points(10'000, timed(20'000)) == 750);
    CHECK(classroom_answer_points(5'000, timed(20'000)) == 875);
    // 1000 x (1 - 1/6) = 833.33 -> 833; 1000 x (1 - 1/60) = 983.33 -> 983
    CHECK(classroom_answer_points(10'000, timed(30'000)) == 833);
    CHECK(classroom_answer_points(1'000, timed(30'000)) == 983);
}

TEST_CASE("Speed points round half up") {
    // t/2T = 1/2000 -> 999.5 -> 1000; t/2T = 3/2000 -> 998.5 -> 999
    CHECK(classroom_answer_points(1, timed(1'000)) == 1000);
    CHECK(classroom_answer_points(3, timed(1'000)) == 999);
}

TEST_CASE("An answer counted after the time limit still earns at least 500") {
    CHECK(classroom_answer_points(25'000, timed(20'000)) == 500);
}

TEST_CASE("Without the speed bonus every correct answer earns 1000") {
    ClassroomScoring s = timed(20'000);
    s.speed_bonus = SpeedBonus::Off;
    CHECK(classroom_answer_points(0, s) == 1000);
    CHECK(classroom_answer_points(19'000, s) == 1000);
}

TEST_CASE("Without a timer there is no speed bonus") {
    ClassroomScoring s;
    s.time_limit_ms = std::nullopt;
    CHECK(classroom_answer_points(0, s) == 1000);
    CHECK(classroom_answer_points(120'000, s) == 1000);
}

TEST_CASE("The streak bonus grows by 100 per answer in a row and stops at 500") {
    const ClassroomScoring s;
    CHECK(classroom_streak_bonus(1, s) == 0);
    CHECK(classroom_streak_bonus(2, s) == 100);
    CHECK(classroom_streak_bonus(5, s) == 400);
    CHECK(classroom_streak_bonus(6, s) == 500);
    CHECK(classroom_streak_bonus(20, s) == 500);
}

TEST_CASE("Without the streak bonus a streak earns nothing extra") {
    ClassroomScoring s;
    s.streak_bonus = StreakBonus::Off;
    CHECK(classroom_streak_bonus(4, s) == 0);
}

TEST_CASE("Invalid classroom timings are rejected") {
    CHECK_THROWS_AS(classroom_answer_points(-1, timed(20'000)), std::invalid_argument);
    CHECK_THROWS_AS(classroom_answer_points(100, timed(0)), std::invalid_argument);
    CHECK_THROWS_AS(classroom_streak_bonus(0, ClassroomScoring{}), std::invalid_argument);
}

TEST_CASE("Correct answers build a streak and add speed and streak points") {
    const ClassroomScoring s = timed(20'000);
    ClassroomScore score;
    auto a = award_classroom_answer(score, ClassroomAnswer::Correct, 0, s);
    CHECK(a.answer_points == 1000);
    CHECK(a.streak_bonus == 0);
    CHECK(a.after.points == 1000);
    CHECK(a.after.streak == 1);
    auto b = award_classroom_answer(a.after, ClassroomAnswer::Correct, 10'000, s);
    CHECK(b.answer_points == 750);
    CHECK(b.streak_bonus == 100);
    CHECK(b.gained() == 850);
    CHECK(b.after.points == 1850);
    CHECK(b.after.streak == 2);
    CHECK(b.after.correct_answers == 2);
}

TEST_CASE("A wrong or missing answer earns nothing and ends the streak") {
    const ClassroomScoring s = timed(20'000);
    const ClassroomScore before{3000, 3, 3};
    for (const auto answer : {ClassroomAnswer::Wrong, ClassroomAnswer::NoAnswer}) {
        const auto a = award_classroom_answer(before, answer, 1'000, s);
        CHECK(a.gained() == 0);
        CHECK(a.after.points == 3000);
        CHECK(a.after.streak == 0);
        CHECK(a.after.correct_answers == 3);
    }
}

TEST_CASE("A timeline question in every pair's order scores as a correct answer with its streak") {
    const std::size_t placed[] = {0, 1, 2, 3, 4};
    ClassroomScore before;
    before.points = 700;
    before.streak = 2;
    before.correct_answers = 2;
    const auto award = award_timeline_answer(before, score_pairs(placed), 0, timed(20'000));
    CHECK(award.answer_points == 1000);
    CHECK(award.streak_bonus == 200);
    CHECK(award.after.points == 1900);
    CHECK(award.after.streak == 3);
    CHECK(award.after.correct_answers == 3);
    CHECK(award.after.partial_timelines == 0);
}

TEST_CASE("A timeline question partly in order earns its pair percentage of the points") {
    // 4 of 6 pairs ordered = 67 %: 670 of an instant 1000, 503 of the 750 at half time.
    const std::size_t placed[] = {1, 0, 3, 2};
    const auto pairs = score_pairs(placed);
    REQUIRE(pairs.ordered == 4);
    REQUIRE(pairs.percent() == 67);
    ClassroomScore before;
    before.points = 100;
    before.streak = 4;
    before.correct_answers = 4;
    const auto instant = award_timeline_answer(before, pairs, 0, timed(20'000));
    CHECK(instant.answer_points == 670);
    CHECK(instant.streak_bonus == 0);
    CHECK(instant.after.points == 770);
    CHECK(instant.after.streak == 0);
    CHECK(instant.after.correct_answers == 4);
    CHECK(instant.after.partial_timelines == 1);
    ClassroomScore one_partial_before = before;
    one_partial_before.partial_timelines = 1;
    CHECK(award_timeline_answer(one_partial_before, pairs, 0, timed(20'000))
              .after.partial_timelines == 2);
    CHECK(award_timeline_answer(before, pairs, 10'000, timed(20'000)).answer_points == 503);
    ClassroomScoring flat = timed(20'000);
    flat.speed_bonus = SpeedBonus::Off;
    CHECK(award_timeline_answer(before, pairs, 19'000, flat).answer_points == 670);
}

TEST_CASE("A reversed timeline earns nothing and ends the streak") {
    const std::size_t placed[] = {3, 2, 1, 0};
    ClassroomScore before;
    before.streak = 3;
    const auto award = award_timeline_answer(before, score_pairs(placed), 0, timed(20'000));
    CHECK(award.gained() == 0);
    CHECK(award.after.streak == 0);
    CHECK(award.after.partial_timelines == 0);  // nothing in order is no partial answer
}
