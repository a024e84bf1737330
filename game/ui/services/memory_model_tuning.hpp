// Personal memory parameters of the open profile for the UI: can its review log be fitted, the fit
// itself (off the UI thread) with before/after figures, applying it to this profile, the defaults.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "optimize/weights.hpp"

namespace chronik::ui {

// What the profile's review log allows, read when asked.
struct MemoryModelStatus {
    std::size_t reviews = 0;       // reviews in effect (undone ones left out)
    std::size_t items = 0;         // scored items: reviews of a card on a later day
    std::size_t items_needed = 0;  // scored items a fit needs
    bool personal_in_use = false;  // the profile's scheduler uses personal weights
    // Why the log cannot be read (the file and the reason); empty when it could.
    std::string problem;

    bool can_fit() const { return problem.empty() && items >= items_needed; }
    std::size_t missing() const { return items >= items_needed ? 0 : items_needed - items; }
};

// Log-loss and RMSE(bins) of one weight vector on the scored items.
struct ModelFigures {
    double log_loss = 0.0;
    double rmse_bins = 0.0;
};

enum class FitVerdict {
    Better,      // predicts better, also on later reviews it was not fitted to: may be applied
    NotBetter,   // no better than the defaults: nothing to apply
    OverFitted,  // better only on the reviews it was fitted to: nothing to apply
};

struct MemoryModelFit {
    std::array<double, 21> weights{};
    std::size_t items = 0;
    ModelFigures defaults;  // the default weights on the same items
    ModelFigures fitted;
    double improvement_percent = 0.0;  // relative log-loss drop on the same items
    double split_improvement_percent =
        0.0;  // the same when fitted on the past, scored on the future
    FitVerdict verdict = FitVerdict::NotBetter;
    double seconds = 0.0;
};

// What became of a pasted list of weights.
struct PastedWeights {
    enum class Result { Applied, Refused, NotSaved };
    Result result = Result::Refused;
    optimize::PastedWeightsProblem problem;  // Refused: what is wrong with the list
    std::string why;                         // NotSaved: why it was not saved
};

enum class FitState {
    Idle,     // no fit started
    Running,  // "rechnet …"
    Done,     // result() holds the fit
    Failed,   // error() says why
};

class MemoryModelTuning {
public:
    virtual ~MemoryModelTuning() = default;

    virtual MemoryModelStatus status() = 0;

    // Starts fitting the profile's review log on a worker thread (ignored while one runs). The
    // result depends only on the log.
    virtual void start_fit() = 0;
    // Asks a running fit to stop; fit_state() turns Idle once it has.
    virtual void cancel_fit() = 0;
    // Polled by the scene every frame; never blocks.
    virtual FitState fit_state() = 0;
    virtual const std::optional<MemoryModelFit>& result() const = 0;
    virtual const std::string& error() const = 0;

    // Saves the fitted weights into this profile's settings; its scheduler uses them from the
    // next review on. Returns a message when it could not be saved (nothing changed then).
    virtual std::optional<std::string> apply(const MemoryModelFit& fit) = 0;
    // Back to the FSRS-6 defaults for this profile.
    virtual std::optional<std::string> reset_to_defaults() = 0;
    // Weights the user pasted (e.g. copied from Anki's FSRS options: the 21 FSRS-6 numbers,
    // separated by commas, spaces, ';' or lines) saved into this profile's settings, checked as
    // chronik-cli profile set-weights checks them; nothing changes when they are refused.
    virtual PastedWeights apply_pasted(const std::string& text) = 0;
};

}  // namespace chronik::ui
