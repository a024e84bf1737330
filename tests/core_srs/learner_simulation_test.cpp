// The simulated learner: determinism, the per-review callback, rating paths, retention.
#include <doctest/doctest.h>

#include <map>
#include <vector>

#include "srs/learner_simulation.hpp"

using namespace chronik;

namespace {

// A small bank of every kind: 120 multiple-choice questions, 40 events, 40 flashcards.
std::vector<SimulatedCard> mixed_cards() {
    std::vector<SimulatedCard> cards;
    for (int i = 0; i < 200; ++i) {
        SimulatedCard c;
        c.id = 1000003ULL * static_cast<std::uint64_t>(i) + 7;
        c.item_id = "card-" + std::to_string(i);
        c.mode = i < 120   ? StudyMode::MultipleChoice
                 : i < 160 ? StudyMode::TimelineEvent
                           : StudyMode::Flashcard;
        c.reading_chars = 60 + static_cast<std::size_t>(i % 7) * 30;
        c.choices = 4;
        cards.push_back(c);
    }
    return cards;
}

SimulationOptions options(std::uint64_t seed, int days = 365) {
    SimulationOptions o;
    o.seed = seed;
    o.days = days;
    return o;
}

}  // namespace

TEST_CASE("The same cards and seed give the same simulation, review for review") {
    const auto cards = mixed_cards();
    std::vector<TimeMs> first, second;
    const auto a = simulate_learner(cards, options(3, 60),
                                    [&](const SimulatedReview& r) { first.push_back(r.at); });
    const auto b = simulate_learner(cards, options(3, 60),
                                    [&](const SimulatedReview& r) { second.push_back(r.at); });
    CHECK(first == second);
    CHECK(a.reviews == b.reviews);
    CHECK(a.measured_retention == b.measured_retention);
    const auto c = simulate_learner(cards, options(4, 60));
    CHECK(c.reviews != a.reviews);
}

TEST_CASE("The review callback sees every answer in time order with the scheduler's states") {
    const auto cards = mixed_cards();
    long count = 0, due = 0;
    TimeMs last = 0;
    int last_day = 0;
    bool ordered = true, chained = true;
    std::map<std::uint64_t, CardState> seen;
    const auto result = simulate_learner(cards, options(5, 90), [&](const SimulatedReview& r) {
        ++count;
        ordered = ordered && r.at >= last && r.day >= last_day;
        last = r.at;
        last_day = r.day;
        auto it = seen.find(r.card->id);
        if (it != seen.end()) chained = chained && it->second == r.before;
        seen[r.card->id] = r.after;
        if (r.source == QueueSource::Review) ++due;
        CHECK(r.after.reps == r.before.reps + 1);
        CHECK(r.recall_probability >= 0.0);
        CHECK(r.recall_probability <= 1.0);
    });
    CHECK(count == result.reviews);
    CHECK(due == result.due_reviews);
    CHECK(ordered);
    CHECK(chained);
    CHECK(result.reviews_per_day == doctest::Approx(static_cast<double>(count) / 90));
}

TEST_CASE("Every rating path of the three card kinds occurs") {
    const auto r = simulate_learner(mixed_cards(), options(1));
    const auto& p = r.paths;
    CHECK(p.mc_wrong > 0);
    CHECK(p.mc_timed_out > 0);
    CHECK(p.mc_slow > 0);
    CHECK(p.mc_in_time > 0);
    CHECK(p.mc_fast_unknown > 0);
    CHECK(p.mc_fast_known > 0);
    CHECK(p.timeline_in_run > 0);
    CHECK(p.timeline_swap > 0);
    CHECK(p.timeline_out_of_place > 0);
    for (long g : p.flashcard_grades)
        CHECK(g > 0);
    for (long g : r.ratings)
        CHECK(g > 0);
}

TEST_CASE("Over 365 days at desired retention 0.90 the measured retention is within 0.03") {
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        INFO("seed " << seed);
        const auto r = simulate_learner(mixed_cards(), options(seed));
        CHECK(r.desired_retention == 0.90);
        CHECK(r.due_reviews > 1000);
        CHECK(r.measured_retention >= 0.87);
        CHECK(r.measured_retention <= 0.93);
        CHECK(r.cards_known > 150);
    }
}

TEST_CASE("A lower desired retention gives fewer reviews and a lower measured retention") {
    auto low = options(2);
    low.settings.desired_retention = 0.75;
    const auto r75 = simulate_learner(mixed_cards(), low);
    const auto r90 = simulate_learner(mixed_cards(), options(2));
    CHECK(r75.reviews < r90.reviews);
    CHECK(r75.measured_retention < r90.measured_retention);
    CHECK(r75.measured_retention >= 0.72);
    CHECK(r75.measured_retention <= 0.78);
}

TEST_CASE("A learner who forgets faster than the scheduler assumes recalls less") {
    auto o = options(6);
    o.learner.w[8] = 1.2;   // smaller stability gains after recall
    o.learner.w[20] = 0.5;  // a steeper forgetting curve
    const auto r = simulate_learner(mixed_cards(), o);
    CHECK(r.measured_retention < 0.85);
}

TEST_CASE("Lucky guesses look like recall to the scheduler and cost retention") {
    double honest = 0.0, guessing = 0.0;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        auto o = options(seed);
        honest += simulate_learner(mixed_cards(), o).measured_retention;
        o.learner.guessing = Guessing::AmongAll;
        guessing += simulate_learner(mixed_cards(), o).measured_retention;
    }
    CHECK(guessing < honest);
}

TEST_CASE("No day introduces more new cards than the daily new limit") {
    auto o = options(7, 30);
    o.settings.daily_new_limit = 7;
    std::map<int, int> new_per_day;
    const auto r = simulate_learner(mixed_cards(), o, [&](const SimulatedReview& rv) {
        if (rv.source == QueueSource::New) ++new_per_day[rv.day];
    });
    for (const auto& [day, n] : new_per_day)
        CHECK(n <= 7);
    CHECK(r.new_cards == 7 * 28 + 4);  // 200 cards: 28 full days and 4 more on day 29
}

TEST_CASE("Invalid simulation settings are refused") {
    auto o = options(1, 10);
    o.settings.desired_retention = 0.5;
    CHECK_THROWS_AS(simulate_learner(mixed_cards(), o), StudySettingsError);
    o = options(1, 10);
    o.learner.timeline_size = 1;
    CHECK_THROWS_AS(simulate_learner(mixed_cards(), o), std::invalid_argument);
    auto twins = mixed_cards();
    twins[1].id = twins[0].id;
    CHECK_THROWS_AS(simulate_learner(twins, options(1, 10)), std::invalid_argument);
}
