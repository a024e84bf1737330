// The reference optimizer's FSRS-6 memory model (README 11.2): no rounding, double precision.
#pragma once

#include <cstdint>
#include <vector>

#include "optimize/training_data.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

struct MemoryState {
    double stability = 0.0;
    double difficulty = 0.0;
};

inline constexpr double kMinStability = 0.001;
inline constexpr double kMaxStability = 36500.0;

// factor = 0.9^(-1/w20) - 1, so that R(S, S) = 0.9.
double forgetting_factor(double w20);

// R(t, S) = (1 + factor * t / S)^(-w20).
double retrievability(double days, double stability, const Weights& w);

// The state after a card's first review with rating g (1..4); its delta_t is ignored.
MemoryState initial_state(int rating, const Weights& w);

// The state after a later review with rating g, `days` UTC days after the previous one.
MemoryState next_state(const MemoryState& s, int rating, std::int64_t days, const Weights& w);

// The predicted recall probability of every review that is an item (p of README 11.2), indexed
// like TrainingData's reviews; reviews that are not items get NaN. `w` is used as given.
std::vector<double> predict_reviews(const TrainingData& data, const Weights& w);

}  // namespace chronik::optimize
