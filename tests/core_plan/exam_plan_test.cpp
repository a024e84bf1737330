// The study plan to an exam date (game/core/plan): its rules, and a learner who follows it.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <vector>

#include "plan/exam_plan.hpp"
#include "progress/study_day.hpp"
#include "srs/learner_simulation.hpp"
#include "srs/scheduler.hpp"

using namespace chronik;
using namespace chronik::plan;

namespace {

// 2026-03-02T17:00Z = 18:00 in UTC+1, the usual session time.
constexpr TimeMs kNow = 1772470800000;
constexpr int kOffset = 60;

std::vector<PlanCard> new_cards(std::size_t n, std::uint64_t first_id = 1) {
    std::vector<PlanCard> cards(n);
    for (std::size_t i = 0; i < n; ++i) {
        cards[i].id = first_id + i;
        cards[i].state = CardState::fresh(kNow - 10 * kDayMs);
    }
    return cards;
}

// A card last reviewed `days_ago` (same time of day) with stability S.
PlanCard reviewed_card(std::uint64_t id, double stability, int days_ago, TimeMs now = kNow) {
    PlanCard c;
    c.id = id;
    c.state.phase = CardPhase::Review;
    c.state.stability = stability;
    c.state.difficulty = 5.0;
    c.state.reps = 3;
    c.state.last_review = now - days_ago * kDayMs;
    c.state.due = *c.state.last_review + static_cast<TimeMs>(stability * kDayMs);
    return c;
}

ExamPlanSettings settings(int days_to_exam, int answers_per_day) {
    ExamPlanSettings s;
    // The exam at 08:00 local (07:00Z) `days_to_exam` days after today.
    s.exam_at = study_day_start(study_day(kNow, kOffset) + days_to_exam, kOffset) + 4 * kHourMs;
    s.answers_per_day = answers_per_day;
    s.utc_offset_minutes = kOffset;
    return s;
}

// What the scheduler makes of a plan's day when every answer is Good: the real states to
// re-plan from the next day.
void answer_all_good(std::vector<PlanCard>& cards, const std::vector<std::uint64_t>& ids,
                     TimeMs at) {
    const Scheduler scheduler;
    for (const auto id : ids) {
        auto it =
            std::find_if(cards.begin(), cards.end(), [&](const PlanCard& c) { return c.id == id; });
        REQUIRE(it != cards.end());
        it->state = scheduler.next(it->state, Rating::Good, at);
    }
}

std::vector<SimulatedCard> flashcards(std::size_t n) {
    std::vector<SimulatedCard> cards;
    for (std::size_t i = 0; i < n; ++i) {
        SimulatedCard c;
        c.id = 7919 * (i + 1);
        c.item_id = "card-" + std::to_string(i + 1);
        c.mode = StudyMode::Flashcard;
        c.reading_chars = 80;
        cards.push_back(c);
    }
    return cards;
}

}  // namespace

TEST_CASE("Every new card is introduced early when the budget allows, in the cards' order") {
    const auto cards = new_cards(100);
    const ExamPlan plan = plan_exam(cards, settings(10, 30), kNow);
    REQUIRE(plan.active());
    CHECK(plan.new_cards == 100);
    CHECK(plan.new_cards_introduced == 100);
    // New cards first: the first days are all introductions, the last one takes the rest.
    CHECK(plan.days[0].new_cards == 30);
    CHECK(plan.days[1].new_cards == 30);
    CHECK(plan.days[2].new_cards == 30);
    CHECK(plan.days[3].new_cards == 10);
    for (std::size_t d = 4; d < plan.days.size(); ++d)
        CHECK(plan.days[d].new_cards == 0);
    REQUIRE(plan.today.size() == 30);
    for (std::size_t i = 0; i < plan.today.size(); ++i)
        CHECK(plan.today[i] == i + 1);
    // The time after the introductions goes to reviews, so the exam recall is high.
    CHECK(plan.days[5].reviews > 0);
    CHECK(plan.exam_recall > 0.9);
    CHECK(plan.recall_if_idle == 0.0);
}

TEST_CASE("A budget too small for every card introduces as many as fit and says so") {
    const auto cards = new_cards(100);
    const ExamPlan plan = plan_exam(cards, settings(5, 10), kNow);
    CHECK(plan.new_cards_introduced < 100);
    CHECK(plan.total_answers() <= 5 * 10);
    CHECK(plan.exam_recall < 0.5);
}

TEST_CASE("Nothing is planned at or after the exam") {
    auto s = settings(3, 50);
    const ExamPlan plan = plan_exam(new_cards(40), s, kNow);
    // Today, and the sessions of the next two evenings; the exam is on the third morning.
    REQUIRE(plan.days.size() == 3);
    for (const auto& day : plan.days)
        CHECK(day.session_at < s.exam_at);
    CHECK(plan.days.back().recall_next_morning == doctest::Approx(plan.exam_recall));

    // The exam day itself: a session before the exam is planned, none after it.
    const TimeMs exam_morning = s.exam_at - 2 * kHourMs;
    const ExamPlan last_minute = plan_exam(new_cards(40), s, exam_morning);
    REQUIRE(last_minute.days.size() == 1);
    CHECK(last_minute.days[0].session_at == exam_morning);
    CHECK(!last_minute.today.empty());

    const ExamPlan after = plan_exam(new_cards(40), s, s.exam_at);
    CHECK(!after.active());
    CHECK(after.today.empty());
    CHECK(plan_today(new_cards(40), s, s.exam_at + kDayMs).empty());
}

TEST_CASE("A missed day re-plans from the real states without piling up") {
    auto cards = new_cards(120);
    const auto s = settings(12, 25);
    const ExamPlan planned = plan_exam(cards, s, kNow);
    // Nothing was studied today; tomorrow's plan starts from the same cards.
    const TimeMs tomorrow = kNow + kDayMs;
    const ExamPlan replanned = plan_exam(cards, s, tomorrow);
    CHECK(replanned.days.size() == planned.days.size() - 1);
    CHECK(replanned.today == planned.today);  // what was missed comes first, no more than a day
    CHECK(replanned.today.size() == 25);
    for (const auto& day : replanned.days)
        CHECK(day.reviews + day.new_cards <= 25);
    CHECK(replanned.exam_recall < planned.exam_recall);
    CHECK(replanned.exam_recall > 0.8);

    // Having studied, the next plan starts from what really happened.
    answer_all_good(cards, planned.today, kNow);
    const ExamPlan studied = plan_exam(cards, s, tomorrow);
    CHECK(studied.new_cards == 120 - 25);
    CHECK(studied.exam_recall > replanned.exam_recall);
}

TEST_CASE("Today's cards fit the budget left today, the most valuable first, none twice a day") {
    std::vector<PlanCard> cards{
        reviewed_card(1, 60.0, 1),  // well known, seen yesterday
        reviewed_card(2, 1.0, 6),   // weak and long unseen
        reviewed_card(3, 5.0, 3),
        reviewed_card(4, 0.3, 0),  // answered (and forgotten) earlier today
    };
    auto s = settings(30, 3);
    const auto today = plan_today(cards, s, kNow);
    REQUIRE(today.size() >= 2);
    CHECK(today.size() <= 3);
    CHECK(today[0] == 2);
    CHECK(today[1] == 3);
    CHECK(std::find(today.begin(), today.end(), 4) == today.end());
    // plan_exam's today is the same list.
    CHECK(plan_exam(cards, s, kNow).today == today);

    s.answers_done_today = 2;
    CHECK(plan_today(cards, s, kNow).size() == 1);
    s.answers_done_today = 5;
    CHECK(plan_today(cards, s, kNow).empty());

    // However much time is left, a card answered today waits for tomorrow; the next day it is
    // planned.
    s = settings(30, 100);
    const auto generous = plan_today(cards, s, kNow);
    CHECK(generous.size() == 3);
    CHECK(std::find(generous.begin(), generous.end(), 4) == generous.end());
    const auto tomorrow = plan_today(cards, s, kNow + kDayMs);
    CHECK(std::find(tomorrow.begin(), tomorrow.end(), 4) != tomorrow.end());
}

TEST_CASE("Reviews that would change nothing at the exam are not planned") {
    // Cards so stable that a review adds less than min_gain: the day stays free.
    std::vector<PlanCard> cards{reviewed_card(1, 3000.0, 2), reviewed_card(2, 5000.0, 5)};
    const ExamPlan plan = plan_exam(cards, settings(7, 100), kNow);
    CHECK(plan.total_answers() == 0);
    CHECK(plan.exam_recall > 0.99);
    CHECK(plan.exam_recall == doctest::Approx(plan.recall_if_idle));
}

TEST_CASE("More time a day predicts a higher exam recall, and the plan uses the weights given") {
    const auto cards = new_cards(300);
    double last = -1.0;
    for (const int minutes : {5, 10, 20, 40}) {
        auto s = settings(20, answers_for_minutes(minutes, 12.0));
        const double recall = plan_exam(cards, s, kNow).exam_recall;
        CHECK(recall > last);
        last = recall;
    }
    // A learner who forgets faster (lower initial stabilities) is predicted to recall less.
    auto s = settings(20, 40);
    const double with_defaults = plan_exam(cards, s, kNow).exam_recall;
    s.weights[0] /= 3;
    s.weights[1] /= 3;
    s.weights[2] /= 3;
    s.weights[3] /= 3;
    CHECK(plan_exam(cards, s, kNow).exam_recall < with_defaults);
}

TEST_CASE("The predicted recall curve rises with each day's work and ends at the exam") {
    const ExamPlan plan = plan_exam(new_cards(150), settings(14, 40), kNow);
    REQUIRE(plan.days.size() == 14);
    CHECK(plan.days[0].recall_next_morning > 0.0);
    CHECK(plan.days[3].recall_next_morning > plan.days[0].recall_next_morning);
    CHECK(plan.days.back().recall_next_morning == doctest::Approx(plan.exam_recall));
    for (std::size_t d = 1; d < plan.days.size(); ++d)
        CHECK(plan.days[d].study_day == plan.days[d - 1].study_day + 1);
}

TEST_CASE("Minutes become answers at the measured time per answer") {
    CHECK(answers_for_minutes(10, 15.0) == 40);
    CHECK(answers_for_minutes(1, 100.0) == 1);  // some time is never no time
    CHECK(answers_for_minutes(0, 15.0) == 0);
    CHECK(answers_for_minutes(10, 0.0) == 600);  // under a second counts as one
}

TEST_CASE("Invalid plan settings are refused with the setting named") {
    auto s = settings(10, -1);
    CHECK(exam_plan_problems(s).size() == 1);
    CHECK_THROWS_AS(plan_exam(new_cards(3), s, kNow), ExamPlanError);
    s = settings(10, 10);
    s.first_recall = 1.5;
    REQUIRE(exam_plan_problems(s).size() == 1);
    CHECK(exam_plan_problems(s)[0].find("first recall") != std::string::npos);
    s = settings(10, 10);
    s.session_minute = 1440;
    CHECK(exam_plan_problems(s).size() == 1);
    s = settings(500, 10);
    CHECK_THROWS_AS(plan_exam(new_cards(3), s, kNow), ExamPlanError);
    CHECK_THROWS_AS(plan_today(new_cards(3), s, kNow), ExamPlanError);
    CHECK_NOTHROW(plan_exam(new_cards(3), settings(399, 10), kNow));
    CHECK(exam_plan_problems(settings(10, 10)).empty());
}

TEST_CASE("A learner who follows the plan keeps its daily limit and recalls more than plain FSRS") {
    const auto cards = flashcards(150);
    SimulationResult results[2];
    for (const auto strategy : {ExamStrategy::FollowPlan, ExamStrategy::PlainFsrs}) {
        SimulationOptions o;
        o.seed = 11;
        o.days = 10;
        o.exam.emplace();
        o.exam->day = 10;
        o.exam->daily_answers = 40;
        o.exam->strategy = strategy;
        long busiest = 0, day_answers = 0;
        int day = -1;
        const TimeMs exam_at =
            o.start + 10 * kDayMs + 8 * kHourMs - o.utc_offset_minutes * kMinuteMs;
        const auto r = simulate_learner(cards, o, [&](const SimulatedReview& review) {
            if (review.day != day) day_answers = 0;
            day = review.day;
            busiest = std::max(busiest, ++day_answers);
            CHECK(review.at < exam_at);
        });
        CHECK(busiest <= 40);
        REQUIRE(r.exam);
        CHECK(r.exam->at == exam_at);
        CHECK(r.exam->reviews == r.reviews);
        results[strategy == ExamStrategy::FollowPlan ? 0 : 1] = r;
    }
    CHECK(results[0].new_cards == 150);
    CHECK(results[0].exam->recall > results[1].exam->recall + 0.05);
}

TEST_CASE("After the exam the profile is back on plain FSRS, without a pile-up") {
    const auto cards = flashcards(200);
    SimulationOptions o;
    o.seed = 5;
    o.days = 14 + 28;
    o.exam.emplace();
    o.exam->day = 14;
    o.exam->daily_answers = 60;
    std::set<int> plan_days, queue_days;
    const auto r = simulate_learner(cards, o, [&](const SimulatedReview& review) {
        // Before the exam the plan never repeats a card on the same day (no learning steps);
        // afterwards the queue's learning steps are back.
        (review.day < 14 ? plan_days : queue_days).insert(review.day);
    });
    REQUIRE(r.exam);
    CHECK(r.exam->recall > 0.9);
    CHECK(r.exam->days_after == 14);
    CHECK(queue_days.size() > 10);
    // No day after the exam had more reviews due than the daily limit, and the busiest one is
    // far below it.
    CHECK(r.days_with_backlog == 0);
    CHECK(r.exam->max_answers_per_day_after < 60);

    // The plan itself is over: an exam in the past plans nothing.
    auto s = settings(1, 60);
    CHECK(!plan_exam(new_cards(5), s, s.exam_at + 1).active());
}
