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

double retrievability(double days, double stability, const Weights& w) {
    return std::pow(1.0 + forgetting_factor(w[20]) * days / stability, -w[20]);
}

MemoryState initial_state(int rating, const Weights& w) {
    MemoryState s;
    s.stability = clamp(w[static_cast<std::size_t>(rating - 1)], kMinStability, kMaxStability);
    s.difficulty = clamp(w[4] - std::exp((rating - 1) * w[5]) + 1.0, 1.0, 10.0);
    return s;
}

MemoryState next_state(const MemoryState& in, int g, std::int64_t days, const Weights& w) {
    const double S = clamp(in.stability, kMinStability, kMaxStability);
    const double D = clamp(in.difficulty, 1.0, 10.0);
    double s_new;
    if (days == 0) {
        double sinc = std::exp(w[17] * (g - 3 + w[18])) * std::pow(S, -w[19]);
        if (g >= 2) sinc = std::max(sinc, 1.0);
        s_new = S * sinc;
    } else {
        const double R = retrievability(static_cast<double>(days), S, w);
        if (g == 1) {
            const double sf = w[11] * std::pow(D, -w[12]) * (std::pow(S + 1.0, w[13]) - 1.0) *
                              std::exp((1.0 - R) * w[14]);
            s_new = std::min(sf, S / std::exp(w[17] * w[18]));
        } else {
            const double hp = g == 2 ? w[15] : 1.0;
            const double eb = g == 4 ? w[16] : 1.0;
            s_new = S * (1.0 + std::exp(w[8]) * (11.0 - D) * std::pow(S, -w[9]) *
                                   (std::exp((1.0 - R) * w[10]) - 1.0) * hp * eb);
        }
    }
    const double d1 = D + (10.0 - D) * (-w[6] * (g - 3)) / 9.0;
    const double d0_easy = w[4] - std::exp(3.0 * w[5]) + 1.0;
    MemoryState out;
    out.difficulty = clamp(w[7] * (d0_easy - d1) + d1, 1.0, 10.0);
    out.stability = clamp(s_new, kMinStability, kMaxStability);
    return out;
}

std::vector<double> predict_reviews(const TrainingData& data, const Weights& w) {
    std::vector<double> p(data.review_count(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t c = 0; c < data.card_count(); ++c) {
        const std::size_t begin = data.card_begin[c];
        const std::size_t end = data.card_begin[c + 1];
        MemoryState s = initial_state(data.rating[begin], w);
        for (std::size_t j = begin + 1; j < end; ++j) {
            if (data.delta_t[j] > 0) {
                p[j] = retrievability(static_cast<double>(data.delta_t[j]), s.stability, w);
            }
            s = next_state(s, data.rating[j], data.delta_t[j], w);
        }
    }
    return p;
}

}  // namespace chronik::optimize
