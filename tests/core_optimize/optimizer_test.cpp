#include <doctest/doctest.h>

#include <cmath>

#include "optimize/metrics.hpp"
#include "optimize/optimizer.hpp"
#include "optimize/reference_schedule.hpp"
#include "optimize/simulated_learner.hpp"
#include "optimize/time_series_split.hpp"
#include "sample_log.hpp"

using namespace chronik::optimize;

TEST_CASE("the fit of the sample log beats the reference optimizer's log-loss and RMSE(bins)") {
    const FitResult result = fit(chronik::test::sample_rows());
    CHECK(result.method == FitMethod::Full);
    CHECK(result.items == 2951);
    CHECK(within_bounds(result.weights));
    const Metrics m = evaluate(chronik::test::sample_rows(), result.weights);
    MESSAGE("sample fit: log-loss " << m.log_loss << ", RMSE(bins) " << m.rmse_bins << " after "
                                    << result.iterations << " iterations");
    CHECK(m.log_loss <= 0.3438);
    CHECK(m.log_loss <= 0.34334 + 0.0001);
    CHECK(m.rmse_bins <= 0.0460);
}

namespace {

// The README's "true" weights of the sample learner, and a learner far from the defaults.
constexpr Weights kSampleLearner{0.2435, 1.3513, 2.5739, 11.3308, 6.2834, 0.6512, 2.8441,
                                 0.001,  2.0803, 0.1406, 0.6918,  1.8012, 0.0802, 0.2681,
                                 1.7388, 0.6905, 1.7771, 0.5142,  0.08,   0.0569, 0.1678};
constexpr Weights kForgetfulLearner{0.5, 2.0, 4.0,  15.0, 7.0, 0.5, 2.0, 0.05, 1.6, 0.2, 1.1,
                                    1.2, 0.1, 0.35, 2.2,  0.4, 2.5, 0.4, 0.1,  0.1, 0.3};

std::vector<ReviewRow> simulated(const Weights& learner, std::size_t reviews, std::uint64_t seed) {
    LearnerSimulation sim;
    sim.learner_weights = learner;
    sim.reviews = reviews;
    sim.seed = seed;
    sim.new_cards_per_day = 10;
    return simulate_review_log(sim);
}

}  // namespace

TEST_CASE("two fits of the same log give bit-identical weights, with one or two threads") {
    const auto rows = simulated(kForgetfulLearner, 8000, 11);
    OptimizeOptions one;
    one.threads = 1;
    OptimizeOptions two;
    two.threads = 2;
    const FitResult a = fit(rows, two);
    const FitResult b = fit(rows, two);
    const FitResult c = fit(rows, one);
    CHECK(a.method == FitMethod::Full);
    CHECK(a.weights == b.weights);
    CHECK(a.weights == c.weights);
    CHECK(a.iterations == c.iterations);
}

TEST_CASE("fits of logs it has not seen stay inside the bounds and beat the default weights") {
    for (const auto& [learner, seed] : {std::pair{kSampleLearner, std::uint64_t{21}},
                                        std::pair{kForgetfulLearner, std::uint64_t{22}}}) {
        const auto rows = simulated(learner, 6000, seed);
        const FitResult result = fit(rows);
        REQUIRE(result.method == FitMethod::Full);
        CHECK(within_bounds(result.weights));
        const Metrics fitted = evaluate(rows, result.weights);
        const Metrics defaults = evaluate(rows, kDefaultWeights);
        const Metrics truth = evaluate(rows, learner);
        MESSAGE("seed " << seed << ": fitted " << fitted.log_loss << ", defaults "
                        << defaults.log_loss << ", learner's true weights " << truth.log_loss);
        CHECK(fitted.log_loss < defaults.log_loss);
        // In-sample, the fit should do about as well as the weights that generated the log.
        CHECK(fitted.log_loss <= truth.log_loss + 0.001);
    }
}

TEST_CASE("weights pushed against their bounds are clamped after every step") {
    // A learner who never forgets drives stabilities and w8 up; one who always forgets drives
    // them down: both must end inside the bounds, some of them on a bound.
    for (int rating : {1, 4}) {
        std::vector<ReviewRow> rows;
        for (int card = 0; card < 60; ++card) {
            std::int64_t day = 20000 + card;
            for (int k = 0; k < 6; ++k) {
                rows.push_back(
                    {card, day * chronik::kDayMs + 9 * chronik::kHourMs, k == 0 ? 3 : rating});
                day += 1 + 3 * k;
            }
        }
        const FitResult result = fit(rows);
        CHECK(result.method == FitMethod::Full);
        CHECK(within_bounds(result.weights));
        bool on_a_bound = false;
        for (std::size_t i = 0; i < kWeightCount; ++i) {
            on_a_bound = on_a_bound || result.weights[i] == kLowerBounds[i] ||
                         result.weights[i] == kUpperBounds[i];
        }
        CHECK(on_a_bound);
    }
}

TEST_CASE("small logs fall back to the defaults or to a pre-fit of the initial stabilities") {
    SUBCASE("no items at all") {
        const std::vector<ReviewRow> rows{{1, 0, 3}, {2, 1000, 1}};
        const FitResult r = fit(rows);
        CHECK(r.method == FitMethod::Defaults);
        CHECK(r.weights == kDefaultWeights);
        CHECK(not_enough_reviews(build_training_data(rows)).has_value());
    }
    SUBCASE("a few dozen items") {
        std::vector<ReviewRow> rows;
        for (int card = 0; card < 30; ++card) {
            const std::int64_t day = 20000 + card;
            rows.push_back({card, day * chronik::kDayMs, 3});
            rows.push_back({card, (day + 3) * chronik::kDayMs, card % 5 == 0 ? 1 : 3});
        }
        const TrainingData data = build_training_data(rows);
        const FitResult r = fit(data);
        REQUIRE(r.items >= kMinimumItemsForAnyFit);
        REQUIRE(r.items < kMinimumItemsForFit);
        CHECK(r.method == FitMethod::InitialStabilitiesOnly);
        for (std::size_t i = 4; i < kWeightCount; ++i)
            CHECK(r.weights[i] == kDefaultWeights[i]);
        // 80 % recall after 3 days: a first Good is worth less than the default 2.3 days.
        CHECK(r.weights[2] < kDefaultWeights[2]);
        const auto why = not_enough_reviews(data);
        REQUIRE(why.has_value());
        CHECK(why->find("at least 64") != std::string::npos);
    }
}

TEST_CASE("the pre-fit of the initial stabilities is monotone in the first rating") {
    const auto rows = simulated(kForgetfulLearner, 6000, 8);
    const FitResult r = fit(rows);
    CHECK(r.start[0] <= r.start[1]);
    CHECK(r.start[1] <= r.start[2]);
    CHECK(r.start[2] <= r.start[3]);
    // The forgetful learner's first Good is worth 4 days, not the default 2.3.
    CHECK(r.start[2] > kDefaultWeights[2]);
}

TEST_CASE("the time-series split fits only on the past and scores every later run") {
    const auto rows = simulated(kForgetfulLearner, 6000, 12);
    const SplitEvaluation split = evaluate_time_series_split(rows, {}, 5);
    const TrainingData data = build_training_data(rows);
    const std::size_t scored = build_scored_set(data).size();
    CHECK(split.folds == 5);
    CHECK(split.fitted.items == scored - scored / 6);
    CHECK(split.defaults.items == split.fitted.items);
    // A learner this far from the defaults is predicted better out of sample after fitting.
    CHECK(split.fitted.log_loss < split.defaults.log_loss);
}

TEST_CASE("the simulated learner is deterministic by seed and keeps the FSRS CSV order") {
    const auto a = simulated(kSampleLearner, 3000, 1);
    const auto b = simulated(kSampleLearner, 3000, 1);
    const auto c = simulated(kSampleLearner, 3000, 2);
    CHECK(a.size() == 3000);
    CHECK(a == b);
    CHECK(a != c);
    bool ordered = true;
    for (std::size_t i = 1; i < a.size(); ++i) {
        ordered =
            ordered && (a[i - 1].card_id < a[i].card_id ||
                        (a[i - 1].card_id == a[i].card_id && a[i - 1].time_ms <= a[i].time_ms));
    }
    CHECK(ordered);
    std::size_t again = 0;
    for (const auto& r : a)
        again += r.rating == 1 ? 1 : 0;
    CHECK(again > 100);
    CHECK(again < 1500);
}

TEST_CASE("the fit does at least as well as a re-creation of the reference's Adam schedule") {
    for (const auto& [learner, seed] : {std::pair{kSampleLearner, std::uint64_t{31}},
                                        std::pair{kForgetfulLearner, std::uint64_t{32}}}) {
        const TrainingData data = build_training_data(simulated(learner, 6000, seed));
        const ScoredSet set = build_scored_set(data);
        const FitResult ours = fit(data);
        const FitResult adam = fit_reference_schedule(data);
        REQUIRE(adam.method == FitMethod::Full);
        CHECK(within_bounds(adam.weights));
        const double ours_ll = evaluate(data, set, ours.weights).log_loss;
        const double adam_ll = evaluate(data, set, adam.weights).log_loss;
        MESSAGE("seed " << seed << ": fit " << ours_ll << ", Adam schedule " << adam_ll);
        CHECK(ours_ll <= adam_ll);
    }
}

TEST_CASE("odd logs give finite weights inside the bounds") {
    std::vector<ReviewRow> rows;
    // Gaps from a day to centuries, many same-day repeats, and one card with 2,000 reviews.
    for (int card = 0; card < 80; ++card) {
        std::int64_t day = card;
        for (int k = 0; k < 8; ++k) {
            const int rating = (card * 7 + k * 3) % 4 + 1;
            rows.push_back({card, day * chronik::kDayMs, rating});
            rows.push_back({card, day * chronik::kDayMs + 60000, k % 2 ? 3 : 1});
            day += k == 7 ? 400000 : 1 + (card % 5) * k * k * 9;
        }
    }
    for (int k = 0; k < 2000; ++k)
        rows.push_back({999, (k / 3) * chronik::kDayMs, k % 4 + 1});
    const FitResult result = fit(rows);
    CHECK(result.method == FitMethod::Full);
    CHECK(within_bounds(result.weights));
    const Metrics m = evaluate(rows, result.weights);
    CHECK(std::isfinite(m.log_loss));
    CHECK(std::isfinite(m.rmse_bins));
    CHECK(m.log_loss <= evaluate(rows, kDefaultWeights).log_loss);
}

TEST_CASE("a fit reports every iteration and stops early when asked, inside the bounds") {
    OptimizeOptions options;
    std::vector<double> seen;
    options.on_iteration = [&](int iteration, double objective) {
        CHECK(iteration == static_cast<int>(seen.size()) + 1);
        seen.push_back(objective);
        return iteration < 3;
    };
    const FitResult r = fit(chronik::test::sample_rows(), options);
    CHECK(r.iterations == 3);
    REQUIRE(seen.size() == 3);
    CHECK(seen[2] <= seen[0]);
    CHECK(r.objective == seen[2]);
    CHECK(within_bounds(r.weights));
}
