#include "optimize/memory_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace chronik::optimize {

namespace {

double clamp(double x, double lo, double hi) {
    return std::min(std::max(x, lo), hi);
}

}  // namespace

double forgetting_factor(double w20) {
    return std::exp(-std::log(0.9) / w20) - 1.0;
}

MemoryModel::MemoryModel(const Weights& w)
    : w_(w),
      factor_(forgetting_factor(w[20])),
      exp_w8_(std::exp(w[8])),
      d0_easy_(w[4] - std::exp(3.0 * w[5]) + 1.0),
      exp_w17_w18_(std::exp(w[17] * w[18])) {}

MemoryState MemoryModel::initial_state(int rating) const {
    MemoryState s;
    s.stability = clamp(w_[static_cast<std::size_t>(rating - 1)], kMinStability, kMaxStability);
    s.difficulty = clamp(w_[4] - std::exp((rating - 1) * w_[5]) + 1.0, 1.0, 10.0);
    return s;
}

MemoryState MemoryModel::next_state(const MemoryState& in, int g, std::int64_t days) const {
    const Weights& w = w_;
    const double S = clamp(in.stability, kMinStability, kMaxStability);
    const double D = clamp(in.difficulty, 1.0, 10.0);
    double s_new;
    if (days == 0) {
        double sinc = std::exp(w[17] * (g - 3 + w[18])) * std::pow(S, -w[19]);
        if (g >= 2) sinc = std::max(sinc, 1.0);
        s_new = S * sinc;
    } else {
        const double R = retrievability(static_cast<double>(days), S);
        if (g == 1) {
            const double sf = w[11] * std::pow(D, -w[12]) * (std::pow(S + 1.0, w[13]) - 1.0) *
                              std::exp((1.0 - R) * w[14]);
            s_new = std::min(sf, S / exp_w17_w18_);
        } else {
            const double hp = g == 2 ? w[15] : 1.0;
            const double eb = g == 4 ? w[16] : 1.0;
            s_new = S * (1.0 + exp_w8_ * (11.0 - D) * std::pow(S, -w[9]) *
                                   (std::exp((1.0 - R) * w[10]) - 1.0) * hp * eb);
        }
    }
    const double d1 = D + (10.0 - D) * (-w[6] * (g - 3)) / 9.0;
    MemoryState out;
    out.difficulty = clamp(w[7] * (d0_easy_ - d1) + d1, 1.0, 10.0);
    out.stability = clamp(s_new, kMinStability, kMaxStability);
    return out;
}

double retrievability(double days, double stability, const Weights& w) {
    return MemoryModel(w).retrievability(days, stability);
}

MemoryState initial_state(int rating, const Weights& w) {
    return MemoryModel(w).initial_state(rating);
}

MemoryState next_state(const MemoryState& s, int rating, std::int64_t days, const Weights& w) {
    return MemoryModel(w).next_state(s, rating, days);
}

std::vector<double> predict_reviews(const TrainingData& data, const Weights& w) {
    std::vector<double> p(data.review_count(), std::numeric_limits<double>::quiet_NaN());
    const MemoryModel model(w);
    for (std::size_t c = 0; c < data.card_count(); ++c) {
        const std::size_t begin = data.card_begin[c];
        const std::size_t end = data.card_begin[c + 1];
        MemoryState s = model.initial_state(data.rating[begin]);
        for (std::size_t j = begin + 1; j < end; ++j) {
            if (data.delta_t[j] > 0) {
                p[j] = model.retrievability(static_cast<double>(data.delta_t[j]), s.stability);
            }
            s = model.next_state(s, data.rating[j], data.delta_t[j]);
        }
    }
    return p;
}

}  // namespace chronik::optimize
