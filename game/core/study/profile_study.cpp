#include "study/profile_study.hpp"

#include <algorithm>

namespace chronik {
namespace {

std::vector<int> step_minutes(const std::vector<std::string>& steps) {
    std::vector<int> out;
    for (const auto& s : steps)
        if (const auto ms = parse_step(s))
            // ts-fsrs counts whole minutes; a step is never shorter than one.
            out.push_back(static_cast<int>(std::max<TimeMs>(1, *ms / kMinuteMs)));
    return out;
}

}  // namespace

StudySettings study_settings_of(const ProfileSettings& p) {
    StudySettings s;
    s.desired_retention = p.desired_retention;
    s.maximum_interval_days = p.maximum_interval_days;
    s.daily_new_limit = p.daily_new_limit;
    s.daily_review_limit = p.daily_review_limit;
    s.learning_steps = step_minutes(p.learning_steps);
    s.relearning_steps = step_minutes(p.relearning_steps);
    return s;
}

FsrsWeights fsrs_weights_of(const ProfileSettings& settings) {
    if (!settings.fsrs_weights) return kDefaultFsrsWeights;
    FsrsWeights w{};
    std::copy(settings.fsrs_weights->begin(), settings.fsrs_weights->end(), w.begin());
    return w;
}

}  // namespace chronik
