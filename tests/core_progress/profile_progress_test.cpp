#include <doctest/doctest.h>

#include "core_progress/progress_fixtures.hpp"
#include "progress/profile_progress.hpp"
#include "progress/study_day.hpp"

using namespace chronik;
using chronik::test::answer;
using chronik::test::kNoon;
using chronik::test::review_state;

TEST_CASE("a review sets the card to the state after it") {
    ProfileProgress p;
    const auto r = answer("c1", kNoon, Rating::Good, CardState::fresh(kNoon), 3);
    CHECK(p.apply(r).outcome == ApplyOutcome::Applied);
    CHECK(p.card("c1") == r.after);
    CHECK(p.scores().reviews == 1);
    CHECK(p.scores().passed == 1);
    CHECK(p.scores().by_round.at(RoundKind::Flashcard) == 1);
}

TEST_CASE("undo of the last answer returns to the exact prior progress") {
    ProfileProgress p;
    p.apply(answer("c1", kNoon, Rating::Good, CardState::fresh(kNoon), 3));
    p.apply(answer("c2", kNoon + 1000, Rating::Good, CardState::fresh(kNoon), 1));
    const ProfileProgress before_last = p;
    p.apply(answer("c1", kNoon + 2000, Rating::Again, *p.card("c1"), 0));
    REQUIRE(p.undoable() != nullptr);
    CHECK(p.apply(ReviewRecord::undo("c1", kNoon + 3000, 0)).outcome == ApplyOutcome::Undone);
    CHECK(p.cards() == before_last.cards());
    CHECK(p.scores() == before_last.scores());
    CHECK(p.days() == before_last.days());
    CHECK(p.streak() == before_last.streak());
    CHECK(p.due_times() == before_last.due_times());
}

TEST_CASE("undo of a card's first review forgets the card") {
    ProfileProgress p;
    p.apply(answer("c1", kNoon, Rating::Good, CardState::fresh(kNoon)));
    p.apply(ReviewRecord::undo("c1", kNoon + 1, 0));
    CHECK(p.cards().empty());
    CHECK(p.days().empty());
    CHECK(p.streak().current_days == 0);
    CHECK(p.due_times().empty());
}

TEST_CASE("undos in a row walk back review by review to the start, then there is nothing") {
    ProfileProgress p;
    const ProfileProgress empty = p;
    p.apply(answer("c1", kNoon, Rating::Good, CardState::fresh(kNoon), 3));
    const ProfileProgress after_one = p;
    p.apply(answer("c2", kNoon + 1000, Rating::Again, CardState::fresh(kNoon), 1));
    const ProfileProgress after_two = p;
    p.apply(answer("c1", kNoon + 2000, Rating::Hard, *p.card("c1"), 2));
    CHECK(p.apply(ReviewRecord::undo("c1", kNoon + 3000, 0)).outcome == ApplyOutcome::Undone);
    CHECK(p == after_two);
    // The next undo must name the card of the answer before.
    CHECK(p.apply(ReviewRecord::undo("c1", kNoon + 3001, 0)).outcome == ApplyOutcome::Rejected);
    CHECK(p.apply(ReviewRecord::undo("c2", kNoon + 3002, 0)).outcome == ApplyOutcome::Undone);
    CHECK(p == after_one);
    CHECK(p.apply(ReviewRecord::undo("c1", kNoon + 3003, 0)).outcome == ApplyOutcome::Undone);
    CHECK(p.cards() == empty.cards());
    CHECK(p.scores() == empty.scores());
    CHECK(p.days() == empty.days());
    CHECK(p.undoable() == nullptr);
    CHECK(p.apply(ReviewRecord::undo("c1", kNoon + 3004, 0)).outcome ==
          ApplyOutcome::NothingToUndo);
    // Answering again after undos starts a fresh stack.
    p.apply(answer("c3", kNoon + 4000, Rating::Good, CardState::fresh(kNoon)));
    REQUIRE(p.undoable() != nullptr);
    CHECK(p.undoable()->card_id == "c3");
}

TEST_CASE("the undo stack keeps the newest answers and forgets the oldest beyond its depth") {
    ProfileProgress p;
    const std::size_t n = ProgressState::kUndoDepth + 5;
    for (std::size_t i = 0; i < n; ++i) {
        std::string id = "c";  // appended: GCC 12 warns falsely (-Wrestrict) on "c" + string
        id += std::to_string(i);
        p.apply(answer(id, kNoon + static_cast<TimeMs>(i), Rating::Good, CardState::fresh(kNoon)));
    }
    std::size_t undone = 0;
    while (p.undoable()) {
        const std::string id = p.undoable()->card_id;
        REQUIRE(p.apply(ReviewRecord::undo(id, kNoon + 100000, 0)).outcome == ApplyOutcome::Undone);
        ++undone;
    }
    CHECK(undone == ProgressState::kUndoDepth);
    CHECK(p.cards().size() == n - ProgressState::kUndoDepth);  // the oldest five stay answered
    CHECK(p.card("c4").has_value());
    CHECK_FALSE(p.card("c5").has_value());
}

TEST_CASE("an undo naming another card is rejected and keeps the undo available") {
    ProfileProgress p;
    p.apply(answer("c1", kNoon, Rating::Good, CardState::fresh(kNoon)));
    const auto r = p.apply(ReviewRecord::undo("other", kNoon + 1, 0));
    CHECK(r.outcome == ApplyOutcome::Rejected);
    CHECK(r.reason.find("c1") != std::string::npos);
    CHECK(p.undoable() != nullptr);
}

TEST_CASE("a record with an empty card id is rejected") {
    ProfileProgress p;
    auto r = answer("", kNoon, Rating::Good, CardState::fresh(kNoon));
    CHECK(p.apply(r).outcome == ApplyOutcome::Rejected);
    CHECK(p.cards().empty());
}

TEST_CASE("only the first review of a card on a study day counts for true retention") {
    ProfileProgress p;
    const CardState reviewed = review_state(kNoon - 5 * kDayMs, 5);
    p.apply(answer("c1", kNoon, Rating::Again, reviewed, 0));
    p.apply(answer("c1", kNoon + 10 * kMinuteMs, Rating::Good, *p.card("c1"), 1));
    const auto& tally = p.days().at(study_day(kNoon, 0));
    CHECK(tally.reviews == 2);
    CHECK(tally.first_reviews == 1);
    CHECK(tally.first_passed == 0);
}

TEST_CASE("a review at 03:00 local time counts for the previous study day") {
    ProfileProgress p;
    // 2026-01-02 02:00 UTC = 03:00 CET
    const TimeMs night = kNoon + 14 * kHourMs;
    p.apply(answer("c1", night, Rating::Good, CardState::fresh(night), 3, 60));
    CHECK(p.days().begin()->first == study_day(kNoon, 60));
}

namespace {

// Studies one card per listed day offset at noon; every card is due `interval` days later.
ProfileProgress study_on(std::initializer_list<int> day_offsets, int interval) {
    ProfileProgress p;
    int n = 0;
    for (int d : day_offsets) {
        const TimeMs t = kNoon + d * kDayMs;
        p.apply(answer(test::card_name(n++), t, Rating::Good, CardState::fresh(t), interval));
    }
    return p;
}

}  // namespace

TEST_CASE("the kind streak grows by one per study day") {
    const auto p = study_on({0, 1, 2, 3}, 1);
    CHECK(p.streak().current_days == 4);
    CHECK(p.streak().best_days == 4);
}

TEST_CASE("days off with nothing due do not break the kind streak") {
    // Every card is due 10 days later: a 5-day break misses nothing.
    const auto p = study_on({0, 1, 7}, 10);
    CHECK(p.streak().current_days == 3);
    CHECK(p.streak().rest_days == KindStreak::kStartRestDays);
}

TEST_CASE("missed days with cards due use up rest days before the streak restarts") {
    // Cards due the next day: two missed days use the two rest days.
    auto p = study_on({0, 1, 4}, 1);
    CHECK(p.streak().current_days == 3);
    CHECK(p.streak().rest_days == 0);
    // Three missed due days with no rest day left restart the streak.
    p = study_on({0, 1, 4, 8}, 1);
    CHECK(p.streak().current_days == 1);
    CHECK(p.streak().best_days == 3);
}

TEST_CASE("every seventh streak day earns a rest day up to the cap") {
    const auto p = study_on({0, 1, 2, 3, 4, 5, 6}, 1);
    CHECK(p.streak().current_days == 7);
    CHECK(p.streak().rest_days == KindStreak::kStartRestDays + 1);
    const auto q =
        study_on({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 1);
    CHECK(q.streak().rest_days == KindStreak::kMaxRestDays);
}

TEST_CASE("progress rebuilt from its state equals the original") {
    const auto p = study_on({0, 1, 4}, 2);
    const ProfileProgress copy(p.state());
    CHECK(copy == p);
    CHECK(copy.due_times() == p.due_times());
}
