// The game's rules for a personal memory model: when a profile's log can be fitted, and whether
// the fit predicts this learner better than the defaults (and by how much) so that it may be used.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <vector>

#include "optimize/metrics.hpp"
#include "optimize/optimizer.hpp"
#include "optimize/review_row.hpp"
#include "optimize/time_series_split.hpp"
#include "optimize/training_data.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

// What counts is the scored items E of README 11.3 (reviews of a card on a later UTC day than its
// previous review, after the outlier filter), not log lines: same-day steps and a card's first
// review predict nothing. The reference fits all 21 weights from 64 such items (README 11.8 step
// 2: |T| < 64 -> only w0..w3). The game also checks the fit on reviews it has not seen (a
// time-series split with kPersonalModelFolds folds, i.e. folds + 1 runs of equal size); so that
// even the first fold, which learns from the first run only, can make a full fit, the log needs
// (folds + 1) * 64 = 384 scored items. A student with 20 new cards a day gets there after about
// three weeks of daily study.
inline constexpr int kPersonalModelFolds = 5;
inline constexpr std::size_t kItemsForPersonalModel =
    static_cast<std::size_t>(kPersonalModelFolds + 1) * kMinimumItemsForFit;

// A fit counts as better only when its log-loss is lower by at least this many percent, so that
// the figure the game shows (one decimal) is never "0.0 % better".
inline constexpr double kMinimumImprovementPercent = 0.05;

struct PersonalModelReadiness {
    std::size_t reviews = 0;  // reviews with a rating 1..4
    std::size_t cards = 0;
    std::size_t items = 0;  // scored items |E|
    std::size_t needed = kItemsForPersonalModel;

    bool can_fit() const { return items >= needed; }
    // At least this many more reviews on later days are needed (each adds at most one item).
    std::size_t missing() const { return can_fit() ? 0 : needed - items; }
};

PersonalModelReadiness personal_model_readiness(const TrainingData& data);

enum class PersonalModelVerdict {
    // Lower log-loss than the defaults on the log's items and on later reviews it was not
    // fitted to: worth applying.
    Better,
    // Not (noticeably) lower log-loss on the log's own items: the defaults describe this
    // learner as well; nothing to apply.
    NotBetter,
    // Lower log-loss on the items it was fitted to but not on later ones (time-series split):
    // it learned the log's noise, not the learner; nothing to apply.
    OverFitted,
};

struct PersonalModelFit {
    Weights weights = kDefaultWeights;  // inside the bounds of README 11.7
    FitMethod method = FitMethod::Defaults;
    Metrics defaults;  // the default weights on the scored items
    Metrics fitted;    // the fitted weights on the same items
    SplitEvaluation split;
    double improvement_percent = 0.0;        // log-loss, defaults -> fitted, in sample
    double split_improvement_percent = 0.0;  // the same out of sample (fit on the past)
    PersonalModelVerdict verdict = PersonalModelVerdict::NotBetter;
};

// How much lower `after`'s log-loss is than `before`'s, in percent of `before`'s (negative when
// it is higher): the "X % better" the game shows. Log-loss is the mean surprise of the model at
// each answer (README 11.5), so X is how much less often-and-badly it is surprised; 0 when
// `before` has no loss.
double log_loss_improvement_percent(const Metrics& before, const Metrics& after);

PersonalModelVerdict judge_personal_fit(double improvement_percent,
                                        double split_improvement_percent);

// Fits the log (options as for fit()), scores defaults and fit on the same items, runs the
// time-series split and judges. Deterministic. Throws std::invalid_argument when the log is not
// ready (see personal_model_readiness). options.on_iteration returning false cancels: the
// function then throws FitCancelled.
class FitCancelled : public std::runtime_error {
public:
    FitCancelled() : std::runtime_error("the fit was cancelled") {}
};
PersonalModelFit fit_personal_model(const std::vector<ReviewRow>& rows,
                                    const OptimizeOptions& options = {});

}  // namespace chronik::optimize
