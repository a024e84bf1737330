#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "optimize/memory_model.hpp"
#include "optimize/metrics.hpp"
#include "optimize/scored_set.hpp"
#include "optimize/training_data.hpp"
#include "optimize/weights.hpp"
#include "sample_log.hpp"

using namespace chronik::optimize;
using chronik::test::sample_rows;

namespace {

constexpr Weights kReferenceFit{0.165555, 1.661945, 3.642683, 8.657461, 6.424752, 0.666623,
                                2.956204, 0.019607, 1.842418, 0.207958, 0.776895, 1.488399,
                                0.07361,  0.246965, 1.665307, 0.632166, 1.923001, 0.52404,
                                0.077192, 0.11945,  0.180185};
constexpr Weights kTrueWeights{0.2435, 1.3513, 2.5739, 11.3308, 6.2834, 0.6512, 2.8441,
                               0.001,  2.0803, 0.1406, 0.6918,  1.8012, 0.0802, 0.2681,
                               1.7388, 0.6905, 1.7771, 0.5142,  0.08,   0.0569, 0.1678};

std::vector<ReviewRow> card_rows(std::int64_t card, std::initializer_list<std::pair<int, int>> rd) {
    // (rating, days since the previous review); reviews at noon UTC.
    std::vector<ReviewRow> rows;
    std::int64_t day = 20000;
    for (auto [rating, days] : rd) {
        day += days;
        rows.push_back({card,
                        day * chronik::kDayMs + 12 * chronik::kHourMs +
                            static_cast<chronik::TimeMs>(rows.size()) * 60000,
                        rating});
    }
    return rows;
}

}  // namespace

TEST_CASE("the sample log gives the README's item counts, split and recency weights") {
    const TrainingData data = build_training_data(sample_rows());
    CHECK(data.review_count() == 5000);
    CHECK(data.card_count() == 514);
    CHECK(data.item_count() == 3415);
    const ScoredSet set = build_scored_set(data, ItemOrder::Evaluation);
    CHECK(set.i1_items == 514);
    CHECK(set.i1_kept == 455);
    CHECK(set.i2_items == 2901);
    CHECK(set.i2_kept == 2496);
    CHECK(set.size() == 2951);
    CHECK(set.omega_sum == doctest::Approx(1291.25).epsilon(1e-5));
    CHECK(set.omega.front() == 0.25);
    CHECK(set.omega.back() == 1.0);

    // E starts with (1,0)(4,0)(3,2), (1,0)(4,0)(1,2), (1,0)(3,0)(3,0)(3,2).
    auto pairs_of = [&](std::size_t item) {
        std::vector<std::pair<int, long long>> out;
        for (std::size_t j = data.first_review_of_item(item); j <= data.items[item]; ++j) {
            out.emplace_back(data.rating[j], static_cast<long long>(data.delta_t[j]));
        }
        return out;
    };
    using P = std::vector<std::pair<int, long long>>;
    CHECK(pairs_of(set.order[0]) == P{{1, 0}, {4, 0}, {3, 2}});
    CHECK(pairs_of(set.order[1]) == P{{1, 0}, {4, 0}, {1, 2}});
    CHECK(pairs_of(set.order[2]) == P{{1, 0}, {3, 0}, {3, 0}, {3, 2}});

    const ScoredSet t = build_scored_set(data, ItemOrder::ItemList);
    CHECK(t.size() == 2951);
    CHECK(std::is_sorted(t.order.begin(), t.order.end()));
}

TEST_CASE("the evaluation reproduces the README check values on the sample log") {
    const auto& rows = sample_rows();
    const Metrics defaults = evaluate(rows, kDefaultWeights);
    CHECK(defaults.items == 2951);
    CHECK(defaults.bins == 58);
    CHECK(defaults.weight_sum == doctest::Approx(1291.25).epsilon(1e-5));
    CHECK(std::abs(defaults.log_loss - 0.3445951) < 2e-6);
    CHECK(std::abs(defaults.rmse_bins - 0.0465123) < 2e-6);

    const Metrics reference = evaluate(rows, kReferenceFit);
    CHECK(std::abs(reference.log_loss - 0.3433377) < 2e-6);
    CHECK(std::abs(reference.rmse_bins - 0.0456271) < 2e-6);

    const Metrics truth = evaluate(rows, kTrueWeights);
    CHECK(std::abs(truth.log_loss - 0.3436276) < 2e-6);
    CHECK(std::abs(truth.rmse_bins - 0.0453406) < 2e-6);
}

TEST_CASE("the worked example of README 11.2 predicts 0.909308 and falls in bin (248, 7, 2)") {
    const auto rows = card_rows(7, {{3, 0}, {4, 1}, {3, 12}, {1, 83}, {3, 0}, {2, 3}});
    MemoryState s = initial_state(3, kDefaultWeights);
    CHECK(s.stability == doctest::Approx(2.3065));
    CHECK(s.difficulty == doctest::Approx(2.11810).epsilon(1e-5));
    s = next_state(s, 4, 1, kDefaultWeights);
    CHECK(s.stability == doctest::Approx(11.6875).epsilon(1e-5));
    CHECK(s.difficulty == 1.0);
    s = next_state(s, 3, 12, kDefaultWeights);
    CHECK(s.stability == doctest::Approx(54.2869).epsilon(1e-5));
    s = next_state(s, 1, 83, kDefaultWeights);
    CHECK(s.stability == doctest::Approx(3.44983).epsilon(1e-5));
    CHECK(s.difficulty == doctest::Approx(7.02699).epsilon(1e-5));
    s = next_state(s, 3, 0, kDefaultWeights);
    CHECK(s.stability == doctest::Approx(3.44983).epsilon(1e-5));
    CHECK(s.difficulty == doctest::Approx(7.01519).epsilon(1e-5));
    CHECK(retrievability(3, s.stability, kDefaultWeights) ==
          doctest::Approx(0.909308).epsilon(1e-6));

    const TrainingData data = build_training_data(rows);
    REQUIRE(data.item_count() == 4);  // the reviews after 1, 12, 83 and 3 days
    const std::vector<double> p = predict_reviews(data, kDefaultWeights);
    CHECK(p[data.items[3]] == doctest::Approx(0.909308).epsilon(1e-6));
    CHECK(std::isnan(p[0]));
    CHECK(std::isnan(p[4]));  // the same-day review is not an item
    CHECK(bin_key(data, 3) == BinKey{248, 7, 2});
}
