// A profile's study settings (retention, limits, steps) as the scheduler and the study queue use
// them, with validation.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "srs/scheduler_params.hpp"

namespace chronik {

struct StudySettings {
    double desired_retention = 0.90;    // 0.70 to 0.97
    int maximum_interval_days = 36500;  // 1 to 36500
    int daily_new_limit = 20;           // new cards introduced per study day, 0 to 9999
    // Review-card reviews plus new cards per study day, 0 to 99999. Learning steps do not count:
    // they finish what was started.
    int daily_review_limit = 200;
    std::vector<int> learning_steps{1, 10};  // minutes; at most 10, each 1 min to 30 days
    std::vector<int> relearning_steps{10};   // minutes; likewise
    // With nothing else left, a learning card due within this many minutes is shown early
    // rather than ending the session (Anki's "learn ahead limit"); 0 to 1440.
    int learn_ahead_minutes = 20;

    friend bool operator==(const StudySettings&, const StudySettings&) = default;
};

struct StudySettingsError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Each problem as a sentence naming the setting, its value and the allowed range; empty when
// the settings are valid.
std::vector<std::string> study_settings_problems(const StudySettings& settings);

// Throws StudySettingsError with every problem, one per line.
void validate(const StudySettings& settings);

// The scheduler params for these settings: fuzz on with `fuzz_seed` (e.g. the profile's seed),
// short-term steps on, `weights` (the FSRS-6 defaults or the profile's own). Validates first.
SchedulerParams scheduler_params(const StudySettings& settings, std::uint64_t fuzz_seed,
                                 const FsrsWeights& weights = kDefaultFsrsWeights);

}  // namespace chronik
