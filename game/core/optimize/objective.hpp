// The fit's objective: weighted log-loss over the scored items plus a prior, with exact gradients.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "optimize/training_data.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

// A Gaussian prior around a start point: strength * sum(((w - center) / scale)^2), added to the
// weighted log-loss *sum* (so, like the reference's penalty, it fades as the log grows).
struct Prior {
    Weights center = kDefaultWeights;
    double strength = 0.0;
};

// The reference's per-weight scales of the penalty (README 11.8 step 4); also the optimizer's
// variable scaling.
inline constexpr Weights kWeightScales{6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,
                                       0.12, 0.39, 0.18,  0.33,  0.3,  0.09, 0.16,
                                       0.57, 0.25, 1.03,  0.31,  0.32, 0.14, 0.27};

// F(w) = ( sum_i weight_i * BCE(y_i, p_i(w)) + prior(w) ) / sum_i weight_i, where i runs over the
// reviews with a positive `review_weight` (each such review must be an item). Gradients are
// forward-mode derivatives through the recurrence of README 11.2, taken through the branch that
// was used; a clamp passes the gradient only when its input lies inside the range.
//
// The cards are cut into a fixed number of chunks (independent of `threads`), each summed in card
// order and then added in chunk order, so results are bit-identical for any thread count.
class Objective {
public:
    Objective(const TrainingData& data, std::vector<double> review_weight, Prior prior,
              int threads);
    ~Objective();
    Objective(const Objective&) = delete;
    Objective& operator=(const Objective&) = delete;

    // Returns F(w); when `gradient` is not null, also dF/dw. `w` must lie inside the bounds.
    double value(const Weights& w, Weights* gradient) const;

    double weight_sum() const { return weight_sum_; }
    std::size_t evaluations() const { return evaluations_; }

private:
    struct Workers;
    const TrainingData& data_;
    std::vector<double> review_weight_;
    Prior prior_;
    double weight_sum_ = 0.0;
    std::vector<std::size_t> chunk_first_card_;  // chunks: [chunk_first_card_[k], ...[k + 1])
    std::unique_ptr<Workers> workers_;
    mutable std::size_t evaluations_ = 0;
};

}  // namespace chronik::optimize
