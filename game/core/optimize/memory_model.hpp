// The reference optimizer's FSRS-6 memory model (README 11.2): no rounding, double precision.
#pragma once

#include <cmath>
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

// The model for one set of weights, with the constants the formulas share computed once (for
// callers that evaluate it many times, e.g. the exam planner). Gives the same doubles as the
// free functions below, which use it. `w` is used as given (clip it first if it may be out of
// range).
class MemoryModel {
public:
    explicit MemoryModel(const Weights& w);

    const Weights& weights() const { return w_; }
    double retrievability(double days, double stability) const {
        return std::pow(1.0 + factor_ * days / stability, -w_[20]);
    }
    MemoryState initial_state(int rating) const;
    MemoryState next_state(const MemoryState& s, int rating, std::int64_t days) const;
    // The stability whose curve gives `recall` after `days` (> 0, recall in (0, 1)): the
    // inverse of retrievability in S.
    double stability_for_recall(double recall, double days) const {
        return factor_ * days / (std::pow(recall, -1.0 / w_[20]) - 1.0);
    }

private:
    Weights w_;
    double factor_;
    double exp_w8_;
    double d0_easy_;  // w4 - e^(3 w5) + 1, the raw Easy initial difficulty
    double exp_w17_w18_;
};

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
