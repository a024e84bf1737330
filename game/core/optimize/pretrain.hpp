// Pre-fit of the initial stabilities w0..w3 from first-day items (README 11.8 step 2).
#pragma once

#include <array>

#include "optimize/scored_set.hpp"
#include "optimize/training_data.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

struct InitialStabilities {
    std::array<double, 4> stability{};   // for first ratings 1..4, in [0.001, 100]
    std::array<std::size_t, 4> items{};  // kept I1 items per first rating
};

// For each first rating with kept I1 items: the S minimising the smoothed binary cross-entropy
// against the default forgetting curve plus |S - default| / 16 (ternary search), then made
// monotone and missing ratings filled as the reference does. With no I1 items: the defaults.
InitialStabilities pretrain_initial_stabilities(const TrainingData& data, const ScoredSet& set);

// Where a fit starts: the default weights with w0..w3 the pre-fitted stabilities, inside the
// bounds.
Weights start_weights(const InitialStabilities& initial);

}  // namespace chronik::optimize
