// The study queue: order, daily limits, the 04:00 study day, backlog spreading, determinism.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

#include "random/rng.hpp"
#include "srs/scheduler.hpp"
#include "srs/study_queue.hpp"

using namespace chronik;

namespace {

// 2026-03-02T12:00:00Z; the profile is at UTC+1 (13:00 local).
constexpr TimeMs kNoon = 1772452800000;
constexpr int kCet = 60;

CardState review_card(TimeMs last_review, double stability, int days) {
    CardState c;
    c.phase = CardPhase::Review;
    c.stability = stability;
    c.difficulty = 5.0;
    c.last_review = last_review;
    c.scheduled_days = days;
    c.due = last_review + days * kDayMs;
    c.reps = 3;
    return c;
}

CardState learning_card(TimeMs due) {
    CardState c;
    c.phase = CardPhase::Learning;
    c.stability = 2.3;
    c.difficulty = 5.0;
    c.last_review = due - 10 * kMinuteMs;
    c.due = due;
    c.learning_steps = 1;
    return c;
}

std::vector<QueuedCard> drain(StudyQueue& q, TimeMs now) {
    std::vector<QueuedCard> out;
    while (auto c = q.take(now))
        out.push_back(*c);
    return out;
}

std::vector<std::uint64_t> ids(const std::vector<QueuedCard>& cards) {
    std::vector<std::uint64_t> out;
    for (const auto& c : cards)
        out.push_back(c.id);
    return out;
}

}  // namespace

TEST_CASE("Default study settings are valid: retention 0.90, 20 new and 200 reviews a day") {
    const StudySettings s;
    CHECK(study_settings_problems(s).empty());
    CHECK(s.desired_retention == 0.90);
    CHECK(s.daily_new_limit == 20);
    CHECK(s.daily_review_limit == 200);
}

TEST_CASE("Invalid study settings name each setting, its value and the allowed range") {
    StudySettings s;
    s.desired_retention = 0.99;
    s.daily_new_limit = -1;
    s.learning_steps = {1, 0};
    s.relearning_steps = std::vector<int>(11, 10);
    s.maximum_interval_days = 0;
    const auto problems = study_settings_problems(s);
    CHECK(problems.size() == 5);
    CHECK_THROWS_WITH_AS(validate(s),
                         doctest::Contains("desired retention is 0.99, allowed is 0.7 to 0.97"),
                         StudySettingsError);
    CHECK_THROWS_WITH_AS(validate(s), doctest::Contains("learning steps[1] is 0 minutes"),
                         StudySettingsError);
    CHECK_THROWS_WITH_AS(validate(s), doctest::Contains("relearning steps: at most 10 steps"),
                         StudySettingsError);
    s = StudySettings{};
    s.desired_retention = 0.69;
    CHECK_THROWS_AS(validate(s), StudySettingsError);
    s.desired_retention = 0.70;
    CHECK_NOTHROW(validate(s));
}

TEST_CASE("Study settings give a short-term scheduler with fuzz on and the profile's retention") {
    StudySettings s;
    s.desired_retention = 0.85;
    s.maximum_interval_days = 365;
    s.learning_steps = {5, 30};
    const SchedulerParams p = scheduler_params(s, 99);
    CHECK(p.request_retention == 0.85);
    CHECK(p.maximum_interval == 365);
    CHECK(p.enable_fuzz);
    CHECK(p.fuzz_seed == 99);
    CHECK(p.enable_short_term);
    CHECK(p.learning_steps == std::vector<int>{5, 30});
    s.daily_review_limit = -5;
    CHECK_THROWS_AS(scheduler_params(s, 1), StudySettingsError);
}

TEST_CASE("The study day rolls over at 04:00 local time") {
    const StudySettings s;
    const std::vector<StudyCard> none;
    // 03:59 local (02:59Z at UTC+1) still belongs to the day before.
    const TimeMs before = kNoon - 9 * kHourMs - kMinuteMs;
    const TimeMs after = kNoon - 9 * kHourMs;
    const StudyQueue a(none, s, before, kCet, {}, 1);
    const StudyQueue b(none, s, after, kCet, {}, 1);
    CHECK(b.study_day() == a.study_day() + 1);
    CHECK(a.rollover_at() == after);
    CHECK(a.is_stale(after));
    CHECK_FALSE(a.is_stale(after - 1));
    CHECK(b.rollover_at() == after + kDayMs);
    // Same instant, other time zone: at UTC-5 it is 21:59 the day before.
    const StudyQueue ny(none, s, before, -300, {}, 1);
    CHECK(ny.study_day() == a.study_day());
    CHECK(ny.rollover_at() == kNoon - 3 * kHourMs);  // 04:00 local = 09:00Z
}

TEST_CASE("A UTC offset beyond 14 hours is refused") {
    const std::vector<StudyCard> none;
    CHECK_THROWS_AS(StudyQueue(none, StudySettings{}, kNoon, 15 * 60, {}, 1),
                    std::invalid_argument);
}

TEST_CASE("Cards with absurd times from a damaged save neither overflow nor break the order") {
    CardState far = review_card(kNoon - 5 * kDayMs, 4.0, 4);
    far.due = INT64_MAX;
    CardState past = review_card(kNoon - 5 * kDayMs, 4.0, 4);
    past.last_review = INT64_MIN;
    CardState learning = learning_card(kNoon);
    learning.due = INT64_MIN;
    const std::vector<StudyCard> cards{{1, far}, {2, past}, {3, learning}};
    StudyQueue q(cards, StudySettings{}, kNoon, kCet, {}, 1);
    CHECK(ids(drain(q, INT64_MAX)) == std::vector<std::uint64_t>{3, 2});
    CHECK_THROWS_AS(StudyQueue(cards, StudySettings{}, INT64_MAX, kCet, {}, 1),
                    std::invalid_argument);
}

TEST_CASE("Due learning cards come first, then due reviews, then new cards") {
    const std::vector<StudyCard> cards{
        {1, CardState::fresh(0)},
        {2, review_card(kNoon - 5 * kDayMs, 4.0, 4)},
        {3, learning_card(kNoon - kMinuteMs)},
        {4, CardState::fresh(0)},
        {5, review_card(kNoon - 10 * kDayMs, 3.0, 3)},
    };
    StudyQueue q(cards, StudySettings{}, kNoon, kCet, {}, 7);
    CHECK(q.learning_count() == 1);
    CHECK(q.review_count() == 2);
    CHECK(q.new_count() == 2);
    REQUIRE(q.peek(kNoon).has_value());
    CHECK(*q.peek(kNoon) == QueuedCard{3, QueueSource::Learning});
    const auto order = drain(q, kNoon);
    CHECK(ids(order) == std::vector<std::uint64_t>{3, 5, 2, 1, 4});
    CHECK(order[1].source == QueueSource::Review);
    CHECK(order[3].source == QueueSource::New);
}

TEST_CASE("Due reviews come lowest retrievability first") {
    const Scheduler scheduler;
    std::vector<StudyCard> cards;
    Rng rng(5);
    for (std::uint64_t id = 0; id < 300; ++id) {
        const double s = 1.0 + rng.uniform() * 60.0;
        const int days = 1 + static_cast<int>(rng.below(40));
        const TimeMs last = kNoon - days * kDayMs - static_cast<TimeMs>(rng.below(kDayMs));
        cards.push_back({id, review_card(last, s, std::max(1, days - 3))});
    }
    StudyQueue q(cards, StudySettings{.daily_review_limit = 1000}, kNoon, kCet, {}, 1);
    const auto order = drain(q, kNoon);
    REQUIRE(order.size() == 300);
    double previous = 0.0;
    for (const auto& c : order) {
        // R on the continuous curve (rounded to 8 decimals, so equal values may occur).
        const CardState& s = cards[c.id].state;
        const double elapsed = static_cast<double>(kNoon - *s.last_review) / kDayMs;
        const double r = scheduler.forgetting_curve(elapsed, s.stability);
        CHECK(r >= previous);
        previous = r;
    }
}

TEST_CASE("Review cards due later today are in the queue, cards due after the rollover are not") {
    const TimeMs local_4am_tomorrow = kNoon + 15 * kHourMs;  // 03:00Z = 04:00 local
    const std::vector<StudyCard> cards{
        {1, review_card(kNoon - 3 * kDayMs + 6 * kHourMs, 3.0, 3)},             // due 18:00Z today
        {2, review_card(local_4am_tomorrow - 2 * kDayMs - kMinuteMs, 3.0, 2)},  // 02:59Z
        {3, review_card(local_4am_tomorrow - 2 * kDayMs, 3.0, 2)},  // due 03:00Z: tomorrow
    };
    StudyQueue q(cards, StudySettings{}, kNoon, kCet, {}, 1);
    auto got = ids(drain(q, kNoon));
    std::sort(got.begin(), got.end());
    CHECK(got == std::vector<std::uint64_t>{1, 2});
}

TEST_CASE("New cards stop at the daily new limit, counting those introduced earlier today") {
    std::vector<StudyCard> cards;
    for (std::uint64_t id = 0; id < 50; ++id)
        cards.push_back({id, CardState::fresh(0)});
    StudyQueue fresh(cards, StudySettings{}, kNoon, kCet, {}, 1);
    CHECK(fresh.new_count() == 20);
    const auto first = drain(fresh, kNoon);
    CHECK(first.size() == 20);
    CHECK(ids(first) == std::vector<std::uint64_t>{0,  1,  2,  3,  4,  5,  6,  7,  8,  9,
                                                   10, 11, 12, 13, 14, 15, 16, 17, 18, 19});
    StudyQueue later(cards, StudySettings{}, kNoon, kCet, DoneToday{.new_cards = 15}, 1);
    CHECK(drain(later, kNoon).size() == 5);
    StudyQueue done(cards, StudySettings{}, kNoon, kCet, DoneToday{.new_cards = 25}, 1);
    CHECK_FALSE(done.peek(kNoon).has_value());
}

TEST_CASE("Reviews and new cards share the daily review limit, counting today's reviews") {
    std::vector<StudyCard> cards;
    for (std::uint64_t id = 0; id < 30; ++id)
        cards.push_back({id, review_card(kNoon - 5 * kDayMs, 4.0, 4)});
    for (std::uint64_t id = 30; id < 60; ++id)
        cards.push_back({id, CardState::fresh(0)});
    StudySettings s;
    s.daily_review_limit = 40;
    StudyQueue q(cards, s, kNoon, kCet, DoneToday{.new_cards = 2, .reviews = 3}, 1);
    CHECK(q.review_count() == 30);
    CHECK(q.new_count() == 5);  // 40 - 3 - 2 - 30
    const auto order = drain(q, kNoon);
    CHECK(order.size() == 35);
    CHECK(std::count_if(order.begin(), order.end(),
                        [](const QueuedCard& c) { return c.source == QueueSource::New; }) == 5);
}

TEST_CASE("A backlog is spread: the limit per day, most at risk first, no new cards meanwhile") {
    std::vector<StudyCard> cards;
    Rng rng(11);
    for (std::uint64_t id = 0; id < 500; ++id) {
        const int days = 1 + static_cast<int>(rng.below(30));
        cards.push_back({id, review_card(kNoon - (days + 20) * kDayMs, 1.0 + days, days)});
    }
    for (std::uint64_t id = 500; id < 520; ++id)
        cards.push_back({id, CardState::fresh(0)});
    StudyQueue q(cards, StudySettings{}, kNoon, kCet, {}, 3);
    CHECK(q.review_count() == 200);
    CHECK(q.backlog_count() == 300);
    CHECK(q.new_count() == 0);
    const auto today = drain(q, kNoon);
    CHECK(today.size() == 200);
    // The 200 shown are exactly the 200 most at risk.
    std::vector<double> risk_shown, risk_left;
    std::set<std::uint64_t> shown;
    for (const auto& c : today)
        shown.insert(c.id);
    for (std::uint64_t id = 0; id < 500; ++id) {
        const auto& s = cards[id].state;
        const double r = static_cast<double>(kNoon - *s.last_review) / s.stability;
        (shown.count(id) ? risk_shown : risk_left).push_back(r);
    }
    CHECK(*std::min_element(risk_shown.begin(), risk_shown.end()) >=
          *std::max_element(risk_left.begin(), risk_left.end()));
}

TEST_CASE("A learning card waits for its step, with nothing else it is shown within 20 minutes") {
    const std::vector<StudyCard> cards{{1, learning_card(kNoon + 15 * kMinuteMs)},
                                       {2, learning_card(kNoon + 40 * kMinuteMs)},
                                       {3, CardState::fresh(0)}};
    StudyQueue q(cards, StudySettings{}, kNoon, kCet, {}, 1);
    CHECK(q.next_learning_due() == kNoon + 15 * kMinuteMs);
    CHECK(*q.take(kNoon) == QueuedCard{3, QueueSource::New});
    CHECK(*q.take(kNoon) == QueuedCard{1, QueueSource::Learning});  // learn ahead
    CHECK_FALSE(q.take(kNoon).has_value());                         // 40 min is too far
    CHECK(*q.take(kNoon + 20 * kMinuteMs) == QueuedCard{2, QueueSource::Learning});
    StudySettings no_ahead;
    no_ahead.learn_ahead_minutes = 0;
    StudyQueue strict(cards, no_ahead, kNoon, kCet, {}, 1);
    CHECK(strict.take(kNoon)->id == 3);
    CHECK_FALSE(strict.take(kNoon).has_value());
}

TEST_CASE(
    "A card answered into (re)learning comes back when its step is due, without using the limit") {
    const Scheduler scheduler;
    const std::vector<StudyCard> cards{{1, review_card(kNoon - 5 * kDayMs, 4.0, 4)},
                                       {2, review_card(kNoon - 5 * kDayMs, 5.0, 4)}};
    StudySettings s;
    s.daily_review_limit = 2;
    StudyQueue q(cards, s, kNoon, kCet, {}, 1);
    const auto first = q.take(kNoon);
    REQUIRE(first.has_value());
    CHECK(first->id == 1);
    const CardState lapsed = scheduler.next(cards[0].state, Rating::Again, kNoon);
    q.requeue(1, lapsed);
    CHECK(q.learning_count() == 1);
    CHECK(q.take(kNoon)->id == 2);
    q.requeue(2, scheduler.next(cards[1].state, Rating::Good, kNoon));  // Review: leaves
    CHECK(q.learning_count() == 1);
    CHECK(*q.take(kNoon + 10 * kMinuteMs) == QueuedCard{1, QueueSource::Learning});
    CHECK_FALSE(q.take(kNoon + 10 * kMinuteMs).has_value());
}

TEST_CASE("The same cards, seed and clock give the same order, the seed only breaks ties") {
    std::vector<StudyCard> cards;
    for (std::uint64_t id = 0; id < 200; ++id)
        cards.push_back({id * 7919, CardState::fresh(0)});
    for (std::uint64_t id = 0; id < 100; ++id)  // equal risk: ties
        cards.push_back({1000000 + id, review_card(kNoon - 5 * kDayMs, 4.0, 4)});
    StudySettings s;
    s.daily_new_limit = 200;
    s.daily_review_limit = 1000;
    auto order = [&](std::uint64_t seed, std::vector<StudyCard> input) {
        StudyQueue q(input, s, kNoon, kCet, {}, seed, NewCardOrder::Shuffled);
        return ids(drain(q, kNoon));
    };
    const auto a = order(1, cards);
    CHECK(a == order(1, cards));
    CHECK(a != order(2, cards));
    // The input order does not matter for reviews or shuffled new cards.
    std::vector<StudyCard> reversed(cards.rbegin(), cards.rend());
    CHECK(a == order(1, reversed));
}
