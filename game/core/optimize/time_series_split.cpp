#include "optimize/time_series_split.hpp"

#include <algorithm>
#include <numeric>

#include "optimize/memory_model.hpp"

namespace chronik::optimize {

SplitEvaluation evaluate_time_series_split(const std::vector<ReviewRow>& rows,
                                           const OptimizeOptions& options, int folds) {
    SplitEvaluation out;
    out.folds = folds;
    const TrainingData data = build_training_data(rows);
    const ScoredSet set = build_scored_set(data, ItemOrder::Evaluation);
    std::vector<std::size_t> by_time = set.order;
    std::stable_sort(by_time.begin(), by_time.end(), [&](std::size_t a, std::size_t b) {
        return data.time_ms[data.items[a]] < data.time_ms[data.items[b]];
    });
    const std::size_t n = by_time.size();
    const std::size_t run = n / static_cast<std::size_t>(folds + 1);
    if (folds < 1 || run == 0) return out;

    std::vector<std::size_t> tested;
    std::vector<double> p_fitted(data.review_count(), 0.0);
    const std::vector<double> p_default = predict_reviews(data, kDefaultWeights);
    for (int k = 1; k <= folds; ++k) {
        const std::size_t begin = static_cast<std::size_t>(k) * run;
        const std::size_t end = k == folds ? n : begin + run;
        const TimeMs cutoff = data.time_ms[data.items[by_time[begin]]];
        std::vector<ReviewRow> past;
        for (const ReviewRow& r : rows)
            if (r.time_ms < cutoff) past.push_back(r);
        const FitResult fitted = fit(past, options);
        const std::vector<double> p = predict_reviews(data, fitted.weights);
        for (std::size_t i = begin; i < end; ++i) {
            const std::size_t review = data.items[by_time[i]];
            p_fitted[review] = p[review];
            tested.push_back(by_time[i]);
        }
    }
    const std::vector<double> ones(tested.size(), 1.0);
    out.fitted = score_predictions(data, tested, ones, p_fitted);
    out.defaults = score_predictions(data, tested, ones, p_default);
    return out;
}

}  // namespace chronik::optimize
