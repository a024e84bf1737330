#include "optimize/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "optimize/memory_model.hpp"

namespace chronik::optimize {

namespace {

// round(scale * base^floor(log_base(x))), halves away from zero.
long long log_bin(double x, double base, double scale) {
    const double k = std::floor(std::log(x) / std::log(base));
    return static_cast<long long>(std::round(scale * std::pow(base, k)));
}

}  // namespace

Weights evaluation_weights(const Weights& w) {
    Weights out = w;
    for (std::size_t i = 0; i < kWeightCount; ++i) {
        const double lo = i == 19 ? 0.0 : kLowerBounds[i];
        out[i] = std::min(std::max(w[i], lo), kUpperBounds[i]);
    }
    return out;
}

BinKey bin_key(const TrainingData& data, std::size_t i) {
    const std::size_t last = data.items[i];
    const std::size_t first = data.first_review_of_item(i);
    long long positive = 0;
    long long lapses = 0;
    for (std::size_t j = first; j <= last; ++j) {
        if (data.delta_t[j] > 0) {
            ++positive;
            if (j < last && data.rating[j] == 1) ++lapses;
        }
    }
    BinKey key;
    key.a = log_bin(static_cast<double>(data.delta_t[last]), 3.62, 248.0);
    key.b = log_bin(static_cast<double>(positive + 1), 1.89, 1.99);
    key.c = lapses == 0 ? 0 : log_bin(static_cast<double>(lapses), 1.73, 1.65);
    return key;
}

Metrics score_predictions(const TrainingData& data, const std::vector<std::size_t>& items,
                          const std::vector<double>& omega,
                          const std::vector<double>& p_of_review) {
    struct Bin {
        double n = 0, p = 0, y = 0, w = 0;
    };
    std::map<BinKey, Bin> bins;
    double loss = 0.0;
    Metrics m;
    for (std::size_t k = 0; k < items.size(); ++k) {
        const std::size_t r = data.items[items[k]];
        const double p = p_of_review[r];
        const double y = data.rating[r] > 1 ? 1.0 : 0.0;
        loss -= omega[k] * (y > 0 ? std::log(p) : std::log1p(-p));
        m.weight_sum += omega[k];
        Bin& b = bins[bin_key(data, items[k])];
        b.n += 1;
        b.p += p;
        b.y += y;
        b.w += omega[k];
    }
    m.items = items.size();
    m.bins = bins.size();
    if (m.weight_sum > 0) m.log_loss = loss / m.weight_sum;
    double num = 0.0;
    double den = 0.0;
    for (const auto& [key, b] : bins) {
        const double diff = b.p / b.n - b.y / b.n;
        num += b.w * diff * diff;
        den += b.w;
    }
    if (den > 0) m.rmse_bins = std::sqrt(num / den);
    return m;
}

Metrics evaluate(const TrainingData& data, const ScoredSet& set, const Weights& w) {
    return score_predictions(data, set.order, set.omega,
                             predict_reviews(data, evaluation_weights(w)));
}

Metrics evaluate(const std::vector<ReviewRow>& rows, const Weights& w) {
    const TrainingData data = build_training_data(rows);
    return evaluate(data, build_scored_set(data, ItemOrder::Evaluation), w);
}

}  // namespace chronik::optimize
