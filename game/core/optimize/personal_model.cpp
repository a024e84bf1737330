#include "optimize/personal_model.hpp"

#include <string>

#include "optimize/scored_set.hpp"

namespace chronik::optimize {

PersonalModelReadiness personal_model_readiness(const TrainingData& data) {
    PersonalModelReadiness r;
    r.reviews = data.review_count();
    r.cards = data.card_count();
    r.items = build_scored_set(data, ItemOrder::Evaluation).size();
    return r;
}

double log_loss_improvement_percent(const Metrics& before, const Metrics& after) {
    if (!(before.log_loss > 0.0)) return 0.0;
    return 100.0 * (before.log_loss - after.log_loss) / before.log_loss;
}

PersonalModelVerdict judge_personal_fit(double improvement_percent,
                                        double split_improvement_percent) {
    if (!(improvement_percent >= kMinimumImprovementPercent))
        return PersonalModelVerdict::NotBetter;
    // Better on the past but not on the future: what it learned does not carry over.
    if (!(split_improvement_percent > 0.0)) return PersonalModelVerdict::OverFitted;
    return PersonalModelVerdict::Better;
}

PersonalModelFit fit_personal_model(const std::vector<ReviewRow>& rows,
                                    const OptimizeOptions& options) {
    const TrainingData data = build_training_data(rows);
    const PersonalModelReadiness ready = personal_model_readiness(data);
    if (!ready.can_fit()) {
        throw std::invalid_argument("a personal memory model needs " +
                                    std::to_string(ready.needed) + " scored items; the log has " +
                                    std::to_string(ready.items));
    }
    bool cancelled = false;
    OptimizeOptions o = options;
    o.order = ItemOrder::Evaluation;
    if (options.on_iteration) {
        o.on_iteration = [&](int iteration, double objective) {
            if (options.on_iteration(iteration, objective)) return true;
            cancelled = true;
            return false;
        };
    }
    PersonalModelFit out;
    const FitResult result = fit(data, o);
    if (cancelled) throw FitCancelled();
    out.weights = result.weights;
    out.method = result.method;
    const ScoredSet set = build_scored_set(data, ItemOrder::Evaluation);
    out.defaults = evaluate(data, set, kDefaultWeights);
    out.fitted = evaluate(data, set, out.weights);
    out.improvement_percent = log_loss_improvement_percent(out.defaults, out.fitted);

    out.split = evaluate_time_series_split(rows, o, kPersonalModelFolds);
    if (cancelled) throw FitCancelled();
    out.split_improvement_percent =
        log_loss_improvement_percent(out.split.defaults, out.split.fitted);
    out.verdict = judge_personal_fit(out.improvement_percent, out.split_improvement_percent);
    return out;
}

}  // namespace chronik::optimize
