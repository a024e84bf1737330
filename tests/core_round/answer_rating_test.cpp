#include <doctest/doctest.h>

#include <array>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "round/answer_rating.hpp"

using namespace chronik;
using namespace chronik::round;

namespace {

CardState known_card() {
    CardState c;
    c.phase = CardPhase::Review;
    c.stability = 12.0;
    c.difficulty = 5.0;
    c.reps = 3;
    return c;
}

// 150 characters: 10 s to read + 5 s to think = 15 s expected; fast <= 7.5 s, slow > 22.5 s.
constexpr std::size_t kChars = 150;

Rating rate(AnswerOutcome outcome, std::int64_t ms, const CardState& card) {
    return rate_multiple_choice(MultipleChoiceAnswer{outcome, ms, kChars}, card);
}

std::vector<PlacementMark> marks(std::vector<std::size_t> ranks) {
    return mark_timeline_placement(ranks);
}

constexpr auto G = PlacementMark::InRun;
constexpr auto H = PlacementMark::NeighbourSwap;
constexpr auto A = PlacementMark::OutOfPlace;

}  // namespace

TEST_CASE("Characters are counted as code points, so Cyrillic and umlauts count once") {
    CHECK(count_characters("") == 0);
    CHECK(count_characters("Jahr") == 4);
    CHECK(count_characters("Ким Ир Сен") == 10);
    CHECK(count_characters("Pjöngjang") == 9);
    CHECK(count_characters("Kim Ŏn-ju") == 9);
}

TEST_CASE("The reading length adds the prompt and every choice") {
    const std::array<std::string_view, 4> choices{"1948", "1950", "1953", "Пхеньян"};
    CHECK(reading_length("Wann?", choices) == 5 + 4 + 4 + 4 + 7);
}

TEST_CASE("Pace limits follow the documented reading speed and thinking allowance") {
    const PaceLimits limits = pace_limits(kChars);
    CHECK(limits.reading_ms == 10'000);
    CHECK(limits.expected_ms == 15'000);
    CHECK(limits.fast_max_ms == 7'500);
    CHECK(limits.slow_after_ms == 22'500);
}

TEST_CASE("A longer question allows more time before an answer counts as slow") {
    CHECK(classify_pace(20'000, 60) == AnswerPace::Slow);
    CHECK(classify_pace(20'000, 300) == AnswerPace::InTime);
    CHECK(classify_pace(9'000, 60) == AnswerPace::InTime);
    CHECK(classify_pace(9'000, 300) == AnswerPace::Fast);
}

TEST_CASE("The fast limit is inclusive and the slow limit exclusive") {
    CHECK(classify_pace(7'500, kChars) == AnswerPace::Fast);
    CHECK(classify_pace(7'501, kChars) == AnswerPace::InTime);
    CHECK(classify_pace(22'500, kChars) == AnswerPace::InTime);
    CHECK(classify_pace(22'501, kChars) == AnswerPace::Slow);
}

TEST_CASE("A faster reading speed shortens every limit") {
    AnswerRatingRules rules;
    rules.reading_chars_per_second = 30.0;
    const PaceLimits limits = pace_limits(kChars, rules);
    CHECK(limits.reading_ms == 5'000);
    CHECK(limits.expected_ms == 10'000);
    CHECK(classify_pace(6'000, kChars) == AnswerPace::Fast);
    CHECK(classify_pace(6'000, kChars, rules) == AnswerPace::InTime);
}

TEST_CASE("Pace rules that cannot work are rejected") {
    AnswerRatingRules no_speed;
    no_speed.reading_chars_per_second = 0.0;
    CHECK_THROWS_AS(pace_limits(10, no_speed), std::invalid_argument);
    AnswerRatingRules no_thinking;
    no_thinking.thinking_allowance_ms = -1;
    CHECK_THROWS_AS(pace_limits(10, no_thinking), std::invalid_argument);
    AnswerRatingRules crossed;
    crossed.fast_share = 2.0;
    crossed.slow_factor = 1.0;
    CHECK_THROWS_AS(pace_limits(10, crossed), std::invalid_argument);
}

TEST_CASE("A wrong multiple-choice answer is Again however fast it came") {
    CHECK(rate(AnswerOutcome::Wrong, 1'000, known_card()) == Rating::Again);
    CHECK(rate(AnswerOutcome::Wrong, 60'000, CardState{}) == Rating::Again);
}

TEST_CASE("A timed-out multiple-choice question is Again") {
    CHECK(rate(AnswerOutcome::TimedOut, 30'000, known_card()) == Rating::Again);
}

TEST_CASE("A correct but slow answer is Hard") {
    CHECK(rate(AnswerOutcome::Correct, 30'000, CardState{}) == Rating::Hard);
    CHECK(rate(AnswerOutcome::Correct, 30'000, known_card()) == Rating::Hard);
}

TEST_CASE("A correct answer in normal time is Good") {
    CHECK(rate(AnswerOutcome::Correct, 12'000, CardState{}) == Rating::Good);
    CHECK(rate(AnswerOutcome::Correct, 12'000, known_card()) == Rating::Good);
}

TEST_CASE("A correct and fast answer on a known card is Easy") {
    CHECK(rate(AnswerOutcome::Correct, 4'000, known_card()) == Rating::Easy);
}

TEST_CASE("A correct and fast answer on a new or learning card is only Good") {
    CHECK(rate(AnswerOutcome::Correct, 4'000, CardState{}) == Rating::Good);
    CardState learning = known_card();
    learning.phase = CardPhase::Learning;
    CHECK(rate(AnswerOutcome::Correct, 4'000, learning) == Rating::Good);
    CardState relearning = known_card();
    relearning.phase = CardPhase::Relearning;
    CHECK(rate(AnswerOutcome::Correct, 4'000, relearning) == Rating::Good);
}

TEST_CASE("A review card with little stability is not yet known") {
    CardState shaky = known_card();
    shaky.stability = 1.5;
    CHECK_FALSE(card_is_known(shaky));
    CHECK(rate(AnswerOutcome::Correct, 4'000, shaky) == Rating::Good);
    shaky.stability = 2.0;
    CHECK(card_is_known(shaky));
}

TEST_CASE("A negative response time is rejected") {
    CHECK_THROWS_AS(rate(AnswerOutcome::Correct, -1, CardState{}), std::invalid_argument);
    CHECK_THROWS_AS(classify_pace(-5, 10), std::invalid_argument);
}

TEST_CASE("A timeline in the correct order is Good for every event") {
    CHECK(marks({0, 1, 2, 3, 4}) == std::vector{G, G, G, G, G});
}

TEST_CASE("Two neighbouring events swapped are Hard and the rest Good") {
    CHECK(marks({1, 0, 2, 3}) == std::vector{H, H, G, G});
    CHECK(marks({0, 1, 3, 2, 4}) == std::vector{G, G, H, H, G});
    CHECK(marks({1, 0}) == std::vector{H, H});
}

TEST_CASE("Two separate neighbour swaps are both Hard") {
    CHECK(marks({1, 0, 3, 2}) == std::vector{H, H, H, H});
}

TEST_CASE("One event moved far away is Again and does not spoil the others") {
    CHECK(marks({1, 2, 3, 4, 0}) == std::vector{G, G, G, G, A});
    CHECK(marks({0, 4, 1, 2, 3}) == std::vector{G, A, G, G, G});
}

TEST_CASE("A reversed run of three is not a neighbour swap") {
    // 4,3,2 reversed: the middle event sits in its correct slot and stays on
    // the run; its neighbours are Again.
    CHECK(marks({0, 3, 2, 1, 4}) == std::vector{G, A, G, A, G});
}

TEST_CASE("A fully reversed timeline is Again for every event") {
    CHECK(marks({2, 1, 0}) == std::vector{A, A, A});
    CHECK(marks({4, 3, 2, 1, 0}) == std::vector{A, A, A, A, A});
}

TEST_CASE("Events swapped with a non-neighbour in time are not a neighbour swap") {
    // Slot 0 holds rank 2 and slot 1 rank 0: adjacent slots, but not
    // consecutive events.
    CHECK(marks({2, 0, 1}) == std::vector{A, G, G});
}

TEST_CASE("Among equally long runs the one closer to the correct slots wins") {
    // Runs {0,1,4} via rank 1 at slot 3 or {0,2,4} via rank 2 at slot 2; rank 2
    // is exactly in place, so that run is chosen.
    CHECK(marks({0, 3, 2, 1, 4}) == std::vector{G, A, G, A, G});
    // Two blocks exchanged: both runs are equally far off; the earlier-ending
    // run wins, deterministically.
    CHECK(marks({2, 3, 0, 1}) == std::vector{G, G, A, A});
}

TEST_CASE("A single event is always in place") {
    CHECK(marks({0}) == std::vector{G});
    CHECK(marks({}).empty());
}

TEST_CASE("A placement that is not a permutation is rejected") {
    CHECK_THROWS_AS(marks({0, 0, 1}), std::invalid_argument);
    CHECK_THROWS_AS(marks({0, 3, 1}), std::invalid_argument);
}

TEST_CASE("Timeline marks map to Good, Hard and Again") {
    CHECK(rating_for_mark(PlacementMark::InRun) == Rating::Good);
    CHECK(rating_for_mark(PlacementMark::NeighbourSwap) == Rating::Hard);
    CHECK(rating_for_mark(PlacementMark::OutOfPlace) == Rating::Again);
}

TEST_CASE("A flashcard grade of 1 to 4 is the rating itself") {
    CHECK(rate_flashcard(1) == Rating::Again);
    CHECK(rate_flashcard(2) == Rating::Hard);
    CHECK(rate_flashcard(3) == Rating::Good);
    CHECK(rate_flashcard(4) == Rating::Easy);
    CHECK(kFlashcardDefaultRating == Rating::Good);
}

TEST_CASE("A flashcard grade outside 1 to 4 is rejected with the grade in the message") {
    CHECK_THROWS_WITH_AS(rate_flashcard(0), doctest::Contains("got 0"), std::out_of_range);
    CHECK_THROWS_AS(rate_flashcard(5), std::out_of_range);
}
