// Fits the 21 FSRS-6 weights to a review log: the personal memory model (issue 10).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "optimize/review_row.hpp"
#include "optimize/scored_set.hpp"
#include "optimize/training_data.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

// A full fit needs this many scored items (reviews of a card on a later UTC day than its previous
// review, after the outlier filter of README 11.3); below it only w0..w3 are pre-fitted, and
// below kMinimumItemsForAnyFit the defaults are returned (the reference's thresholds).
inline constexpr std::size_t kMinimumItemsForFit = 64;
inline constexpr std::size_t kMinimumItemsForAnyFit = 8;

struct OptimizeOptions {
    // Threads used for the objective (1 or 2). The result does not depend on it.
    int threads = 2;
    // Strength of the Gaussian prior around the start point, in units of the reference's penalty
    // (README 11.8 step 4: gamma = 1). It keeps small logs near the defaults.
    double prior_strength = 1.0;
    // Which recency weighting the fit minimises: the evaluation's order E (default) or the item
    // order the reference trains on.
    ItemOrder order = ItemOrder::Evaluation;
    int max_iterations = 300;
    // Called after every iteration with its number (1, 2, ...) and the objective; returning false
    // stops the fit early with the weights reached so far (always inside the bounds). For a
    // progress bar or a cancel button; called on the thread that runs fit().
    std::function<bool(int iteration, double objective)> on_iteration;
    // Stop when the objective (a mean log-loss, about 0.3) fell by less than this over an
    // iteration, twice in a row. Further digits do not change the metrics in any useful way.
    double objective_tolerance = 2e-8;
};

enum class FitMethod {
    Defaults,                // fewer than kMinimumItemsForAnyFit items
    InitialStabilitiesOnly,  // fewer than kMinimumItemsForFit items, or no item after a first day
    Full,                    // pre-fit of w0..w3, then projected quasi-Newton on all 21 weights
};

struct FitResult {
    Weights weights = kDefaultWeights;  // always inside the bounds of README 11.7
    Weights start = kDefaultWeights;    // defaults with the pre-fitted w0..w3
    FitMethod method = FitMethod::Defaults;
    std::size_t items = 0;  // scored items the fit used
    int iterations = 0;
    std::size_t evaluations = 0;  // objective+gradient passes over the log
    double objective = 0.0;       // final value of the minimised objective
};

// Deterministic: the same rows and options give bit-identical weights.
FitResult fit(const std::vector<ReviewRow>& rows, const OptimizeOptions& options = {});
FitResult fit(const TrainingData& data, const OptimizeOptions& options = {});

// Why a log cannot be fitted yet, in words (nullopt when it can): for the CLI and the game.
std::optional<std::string> not_enough_reviews(const TrainingData& data);

std::string to_string(FitMethod method);

}  // namespace chronik::optimize
