// The reference evaluation of a weight vector on a review log: log-loss and RMSE(bins)
// (README 11.5, 11.6).
#pragma once

#include <cstddef>
#include <vector>

#include "optimize/review_row.hpp"
#include "optimize/scored_set.hpp"
#include "optimize/training_data.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

struct Metrics {
    double log_loss = 0.0;   // README 11.5
    double rmse_bins = 0.0;  // README 11.6
    std::size_t items = 0;   // N = |E|
    std::size_t bins = 0;    // non-empty bins
    double weight_sum = 0.0;
};

// The weights as the reference evaluation uses them: clamped into the bounds of 11.7, except
// that w19 may go down to 0.
Weights evaluation_weights(const Weights& w);

// Scores `w` on the log: items of 11.1, scored set and order of 11.3, weights of 11.4.
Metrics evaluate(const std::vector<ReviewRow>& rows, const Weights& w);
Metrics evaluate(const TrainingData& data, const ScoredSet& set, const Weights& w);

// Scores given predictions: `items` are indices into data.items, `omega` their weights and
// `p_of_review` the prediction for each review index (as predict_reviews returns).
Metrics score_predictions(const TrainingData& data, const std::vector<std::size_t>& items,
                          const std::vector<double>& omega, const std::vector<double>& p_of_review);

// The bin key of README 11.6 for item `i` (an index into data.items).
struct BinKey {
    long long a = 0;
    long long b = 0;
    long long c = 0;
    // clang-tidy 14 takes the 0 of a defaulted <=> for a null pointer.
    // NOLINTNEXTLINE(modernize-use-nullptr)
    friend auto operator<=>(const BinKey&, const BinKey&) = default;
};
BinKey bin_key(const TrainingData& data, std::size_t i);

}  // namespace chronik::optimize
