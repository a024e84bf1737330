#include <doctest/doctest.h>

#include <cmath>

#include "optimize/metrics.hpp"
#include "optimize/objective.hpp"
#include "optimize/scored_set.hpp"
#include "optimize/simulated_learner.hpp"
#include "optimize/training_data.hpp"
#include "sample_log.hpp"

using namespace chronik::optimize;

namespace {

std::vector<double> evaluation_review_weights(const TrainingData& data, const ScoredSet& set) {
    std::vector<double> weight(data.review_count(), 0.0);
    for (std::size_t k = 0; k < set.size(); ++k)
        weight[data.items[set.order[k]]] = set.omega[k];
    return weight;
}

// Central differences with a step relative to each weight's scale; the analytic gradient must
// agree to a small relative error on every component.
void check_gradient(const Objective& objective, const Weights& w) {
    Weights grad{};
    objective.value(w, &grad);
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        const double h = 1e-6 * kWeightScales[i];
        Weights up = w, down = w;
        up[i] += h;
        down[i] -= h;
        const double numeric =
            (objective.value(up, nullptr) - objective.value(down, nullptr)) / (2 * h);
        INFO("weight " << i << ": analytic " << grad[i] << ", numeric " << numeric);
        CHECK(std::abs(grad[i] - numeric) <= 1e-5 * std::max(1.0, std::abs(numeric)) + 1e-7);
    }
}

}  // namespace

TEST_CASE("the objective without prior equals the evaluation's log-loss") {
    const TrainingData data = build_training_data(chronik::test::sample_rows());
    const ScoredSet set = build_scored_set(data, ItemOrder::Evaluation);
    const Objective objective(data, evaluation_review_weights(data, set), Prior{}, 1);
    for (const Weights& w :
         {kDefaultWeights, clamp_to_bounds(Weights{1, 2,   3,   4, 5,   1, 1,   0.1, 1,   0.2, 1,
                                                   1, 0.1, 0.3, 1, 0.5, 2, 0.5, 0.2, 0.1, 0.3})}) {
        const double f = objective.value(w, nullptr);
        CHECK(f == doctest::Approx(evaluate(data, set, w).log_loss).epsilon(1e-12));
        Weights grad{};
        CHECK(objective.value(w, &grad) == f);
    }
}

TEST_CASE("analytic gradients match finite differences through every branch of the recurrence") {
    const TrainingData data = build_training_data(chronik::test::sample_rows());
    const ScoredSet set = build_scored_set(data, ItemOrder::Evaluation);
    const Objective objective(data, evaluation_review_weights(data, set),
                              Prior{kDefaultWeights, 1.0}, 1);
    SUBCASE("default weights") {
        check_gradient(objective, kDefaultWeights);
    }
    SUBCASE("weights far from the defaults") {
        // Large w17/w18 make the post-lapse cap S/e^(w17*w18) bind; large w19 lowers
        // same-day stabilities; non-trivial w7 exercises the mean reversion.
        check_gradient(objective, Weights{0.5, 1.1,  4.0, 15.0, 7.0, 1.2, 2.0, 0.2, 1.5, 0.3, 1.2,
                                          2.5, 0.15, 0.5, 2.0,  0.4, 2.5, 1.3, 0.9, 0.5, 0.35});
    }
}

TEST_CASE("the gradient is the same with one or two threads") {
    LearnerSimulation sim;
    sim.reviews = 20000;
    sim.seed = 3;
    const TrainingData data = build_training_data(simulate_review_log(sim));
    const ScoredSet set = build_scored_set(data, ItemOrder::Evaluation);
    const Objective one(data, evaluation_review_weights(data, set), Prior{}, 1);
    const Objective two(data, evaluation_review_weights(data, set), Prior{}, 2);
    Weights g1{}, g2{};
    CHECK(one.value(kDefaultWeights, &g1) == two.value(kDefaultWeights, &g2));
    CHECK(g1 == g2);
}
