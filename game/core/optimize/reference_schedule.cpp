#include "optimize/reference_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numbers>

#include "optimize/objective.hpp"
#include "optimize/pretrain.hpp"
#include "optimize/scored_set.hpp"
#include "random/rng.hpp"

namespace chronik::optimize {

namespace {

constexpr std::size_t kBatchSize = 512;
constexpr std::size_t kMaxPairs = 256;
constexpr int kEpochs = 5;

// The reviews a batch needs: each involved card up to its last batch item, with the batch
// items' weights (zero elsewhere).
struct Batch {
    TrainingData data;
    std::vector<double> weight;
};

Batch make_batch(const TrainingData& data,
                 const std::vector<std::pair<std::size_t, double>>& items) {
    std::map<std::size_t, std::size_t> end_of_card;  // card -> one past its last needed review
    std::map<std::size_t, double> weight_of_review;
    for (const auto& [review, omega] : items) {
        const std::size_t card = data.card_of_review[review];
        auto& end = end_of_card[card];
        end = std::max(end, review + 1);
        weight_of_review[review] = omega;
    }
    Batch b;
    for (const auto& [card, end] : end_of_card) {
        b.data.card_begin.push_back(b.data.rating.size());
        b.data.card_id.push_back(data.card_id[card]);
        for (std::size_t r = data.card_begin[card]; r < end; ++r) {
            b.data.rating.push_back(data.rating[r]);
            b.data.delta_t.push_back(data.delta_t[r]);
            b.data.time_ms.push_back(data.time_ms[r]);
            b.data.card_of_review.push_back(static_cast<std::uint32_t>(b.data.card_id.size() - 1));
            auto it = weight_of_review.find(r);
            b.weight.push_back(it == weight_of_review.end() ? 0.0 : it->second);
        }
    }
    b.data.card_begin.push_back(b.data.rating.size());
    return b;
}

}  // namespace

FitResult fit_reference_schedule(const TrainingData& data, const OptimizeOptions& options) {
    FitResult result;
    const ScoredSet set = build_scored_set(data, ItemOrder::ItemList);
    std::vector<std::size_t> train;  // T: indices into data.items, in item order
    for (std::size_t i : set.order) {
        if (data.pair_count(i) <= kMaxPairs) train.push_back(i);
    }
    result.items = train.size();
    if (train.size() < kMinimumItemsForAnyFit) return result;
    result.start = start_weights(pretrain_initial_stabilities(data, set));
    result.weights = result.start;
    result.method = FitMethod::InitialStabilitiesOnly;
    if (train.size() < kMinimumItemsForFit || set.i2_kept == 0) return result;

    const std::size_t n = train.size();
    std::vector<double> omega(n);
    std::vector<double> full_weight(data.review_count(), 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        omega[k] = recency_weight(k, n);
        full_weight[data.items[train[k]]] = omega[k];
    }
    const Objective full(data, full_weight, Prior{result.start, options.prior_strength},
                         options.threads);

    std::vector<std::size_t> by_length(n);
    for (std::size_t k = 0; k < n; ++k)
        by_length[k] = k;
    std::stable_sort(by_length.begin(), by_length.end(), [&](std::size_t a, std::size_t b) {
        return data.pair_count(train[a]) < data.pair_count(train[b]);
    });
    std::vector<Batch> batches;
    std::vector<std::unique_ptr<Objective>> batch_objectives;
    for (std::size_t first = 0; first < n; first += kBatchSize) {
        const std::size_t last = std::min(n, first + kBatchSize);
        std::vector<std::pair<std::size_t, double>> items;
        for (std::size_t k = first; k < last; ++k) {
            items.emplace_back(data.items[train[by_length[k]]], omega[by_length[k]]);
        }
        batches.push_back(make_batch(data, items));
    }
    for (Batch& b : batches) {
        // The batch carries the share B/|T| of the penalty. Objective divides everything by the
        // batch's weight sum, which only rescales Adam's steps by a positive factor per batch.
        const double share = static_cast<double>(std::count_if(b.weight.begin(), b.weight.end(),
                                                               [](double x) { return x > 0; })) /
                             static_cast<double>(n);
        batch_objectives.push_back(std::make_unique<Objective>(
            b.data, b.weight, Prior{result.start, options.prior_strength * share}, 1));
    }

    const std::size_t total_steps = (n / kBatchSize + 1) * kEpochs;
    Weights w = result.start;
    Weights m{}, v{};
    Weights best = w;
    double best_value = HUGE_VAL;  // the start itself is not a candidate, as in the reference
    Rng rng(2023);
    std::vector<std::size_t> order(batches.size());
    std::size_t step = 0;
    constexpr double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
        for (std::size_t k = 0; k < order.size(); ++k)
            order[k] = k;
        rng.shuffle(order.begin(), order.end());
        for (std::size_t b : order) {
            Weights g{};
            batch_objectives[b]->value(w, &g);
            // Back to the reference's unnormalised batch sum.
            for (double& x : g)
                x *= batch_objectives[b]->weight_sum();
            const double lr = 0.04 *
                              (1.0 + std::cos(std::numbers::pi * static_cast<double>(step) /
                                              static_cast<double>(total_steps))) /
                              2.0;
            ++step;
            const double c1 = 1.0 - std::pow(beta1, static_cast<double>(step));
            const double c2 = 1.0 - std::pow(beta2, static_cast<double>(step));
            for (std::size_t i = 0; i < kWeightCount; ++i) {
                m[i] = beta1 * m[i] + (1.0 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1.0 - beta2) * g[i] * g[i];
                w[i] -= lr * (m[i] / c1) / (std::sqrt(v[i] / c2) + eps);
            }
            w = clamp_to_bounds(w);
        }
        const double value = full.value(w, nullptr);
        if (value < best_value) {
            best_value = value;
            best = w;
        }
        ++result.iterations;
    }
    result.weights = best;
    result.objective = best_value;
    result.evaluations = step + static_cast<std::size_t>(kEpochs) + 1;
    result.method = FitMethod::Full;
    return result;
}

}  // namespace chronik::optimize
