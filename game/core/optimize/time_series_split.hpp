// Out-of-sample check of the optimizer: train on the past of a log, score the future.
#pragma once

#include <vector>

#include "optimize/metrics.hpp"
#include "optimize/optimizer.hpp"
#include "optimize/review_row.hpp"

namespace chronik::optimize {

struct SplitEvaluation {
    Metrics fitted;    // the out-of-sample predictions of the fitted weights
    Metrics defaults;  // the default weights on the same test items
    int folds = 0;
};

// The scored items E (README 11.3) are sorted by the time of the review they predict and cut into
// folds + 1 equal runs. For fold k = 1..folds, the weights are fitted on every row of the log
// strictly before the first item of run k (so the fit never sees the future) and predict the items
// of run k, replaying each card's full history. All test predictions are scored together in time
// order, each item with weight 1 (no recency weighting), with the log-loss and RMSE(bins)
// formulas of README 11.5 and 11.6. The figures are comparable with each other, not digit for
// digit with the reference's split figures.
SplitEvaluation evaluate_time_series_split(const std::vector<ReviewRow>& rows,
                                           const OptimizeOptions& options = {}, int folds = 5);

}  // namespace chronik::optimize
