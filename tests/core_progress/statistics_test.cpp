#include <doctest/doctest.h>

#include "core_progress/progress_fixtures.hpp"
#include "progress/statistics.hpp"

using namespace chronik;
using chronik::test::answer;
using chronik::test::kNoon;
using chronik::test::review_state;

namespace {
const std::int64_t kDay0 = study_day(kNoon, 0);
}

TEST_CASE("reviews per day lists every day of the range") {
    ProfileProgress p;
    p.apply(answer("a", kNoon, Rating::Good, CardState::fresh(kNoon)));
    p.apply(answer("b", kNoon + 1, Rating::Good, CardState::fresh(kNoon)));
    p.apply(answer("a", kNoon + 2 * kDayMs, Rating::Good, *p.card("a")));
    const auto days = reviews_per_day(p, kDay0 - 1, kDay0 + 2);
    REQUIRE(days.size() == 4);
    CHECK(days[0] == DayCount{kDay0 - 1, 0});
    CHECK(days[1] == DayCount{kDay0, 2});
    CHECK(days[2] == DayCount{kDay0 + 1, 0});
    CHECK(days[3] == DayCount{kDay0 + 2, 1});
}

TEST_CASE("true retention counts Again on a first review of the day as a failure") {
    ProfileProgress p;
    const CardState old = review_state(kNoon - 10 * kDayMs, 10);
    p.apply(answer("a", kNoon, Rating::Again, old, 0));
    p.apply(answer("a", kNoon + kMinuteMs, Rating::Good, *p.card("a"), 1));  // same day: ignored
    p.apply(answer("b", kNoon, Rating::Hard, old, 5));
    p.apply(answer("c", kNoon, Rating::Good, old, 5));
    p.apply(answer("d", kNoon, Rating::Easy, old, 5));
    const auto daily = true_retention(p, Period::Day);
    REQUIRE(daily.size() == 1);
    CHECK(daily[0].first_reviews == 4);
    CHECK(daily[0].passed == 3);
    CHECK(daily[0].retention() == doctest::Approx(0.75));
}

TEST_CASE("true retention groups days into Monday weeks and calendar months") {
    ProfileProgress p;
    // 2026-01-01 is a Thursday: Jan 1 and Jan 4 share a week, Jan 5 starts the next.
    for (int d : {0, 3, 4, 31}) {
        const TimeMs t = kNoon + d * kDayMs;
        p.apply(answer(test::card_name(d), t, Rating::Good, review_state(t - kDayMs, 1)));
    }
    const auto weeks = true_retention(p, Period::Week);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].first_reviews == 2);
    const auto months = true_retention(p, Period::Month);
    REQUIRE(months.size() == 2);
    CHECK(months[0].period == 2026 * 12 + 0);
    CHECK(months[0].first_reviews == 3);
    CHECK(months[1].period == 2026 * 12 + 1);
}

TEST_CASE("the due forecast puts overdue cards on today and ignores cards beyond 30 days") {
    ProfileProgress p;
    p.apply(answer("overdue", kNoon - 10 * kDayMs, Rating::Good, CardState::fresh(0), 2));
    p.apply(answer("tomorrow", kNoon, Rating::Good, CardState::fresh(0), 1));
    p.apply(answer("in29", kNoon, Rating::Good, CardState::fresh(0), 29));
    p.apply(answer("in40", kNoon, Rating::Good, CardState::fresh(0), 40));
    const auto f = due_forecast(p, kNoon, 0);
    REQUIRE(f.size() == 30);
    CHECK(f[0] == 1);
    CHECK(f[1] == 1);
    CHECK(f[29] == 1);
    std::int64_t total = 0;
    for (auto n : f)
        total += n;
    CHECK(total == 3);
}

TEST_CASE("card counts split young and mature at 21 days and count unseen cards as new") {
    ProfileProgress p;
    p.apply(answer("young", kNoon, Rating::Good, CardState::fresh(0), 20));
    p.apply(answer("mature", kNoon, Rating::Good, CardState::fresh(0), 21));
    CardState learning = CardState::fresh(0);
    learning.phase = CardPhase::Learning;
    p.apply(ReviewRecord::review("learn", kNoon, Rating::Again, RoundKind::Exam, 1, 0,
                                 CardState::fresh(0), learning));
    const auto c = card_counts(p, 10);
    CHECK(c == CardCounts{7, 1, 1, 1});
}

TEST_CASE("tag mastery weighs mature cards fully and young cards half") {
    ProfileProgress p;
    p.apply(answer("m", kNoon, Rating::Good, CardState::fresh(0), 30));
    p.apply(answer("y", kNoon, Rating::Good, CardState::fresh(0), 3));
    const std::map<std::string, std::vector<std::string>> tags{
        {"m", {"1950s", "war"}}, {"y", {"war"}}, {"unseen", {"war", "treaty"}}};
    const auto m = tag_mastery(p, tags);
    CHECK(m.at("1950s").mastery == doctest::Approx(1.0));
    CHECK(m.at("war").mastery == doctest::Approx(0.5));
    CHECK(m.at("war").counts.new_cards == 1);
    CHECK(m.at("treaty").mastery == doctest::Approx(0.0));
}

TEST_CASE("the study calendar gives each day a level from its review count") {
    ProfileProgress p;
    for (int i = 0; i < 12; ++i)
        p.apply(answer(test::card_name(i), kNoon, Rating::Good, CardState::fresh(0)));
    const auto cal = study_calendar(p, kDay0, kDay0 + 1);
    REQUIRE(cal.size() == 2);
    CHECK(cal[0].reviews == 12);
    CHECK(cal[0].level == 2);
    CHECK(cal[0].date == CivilDate{2026, 1, 1});
    CHECK(cal[1].level == 0);
}

TEST_CASE("the streak view shows a lapsed streak as zero only once rest days run out") {
    ProfileProgress p;
    p.apply(answer("a", kNoon, Rating::Good, CardState::fresh(0), 1));
    auto v = streak_view(p, kNoon + 2 * kDayMs, 0);  // missed day 1 only
    CHECK(v.current_days == 1);
    CHECK(v.rest_days == KindStreak::kStartRestDays - 1);
    v = streak_view(p, kNoon + 4 * kDayMs, 0);  // missed days 1, 2, 3
    CHECK(v.current_days == 0);
    v = streak_view(p, kNoon, 0);
    CHECK(v.studied_today);
}

TEST_CASE("the streak view forgives days when nothing was due") {
    ProfileProgress p;
    p.apply(answer("a", kNoon, Rating::Good, CardState::fresh(0), 30));
    const auto v = streak_view(p, kNoon + 20 * kDayMs, 0);
    CHECK(v.current_days == 1);
    CHECK(v.rest_days == KindStreak::kStartRestDays);
}
