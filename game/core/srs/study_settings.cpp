#include "srs/study_settings.hpp"

#include <cstdio>

namespace chronik {

namespace {

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

void check_range(double value, double lo, double hi, const char* field,
                 std::vector<std::string>& problems) {
    if (!(value >= lo && value <= hi))
        problems.push_back(std::string(field) + " is " + number(value) + ", allowed is " +
                           number(lo) + " to " + number(hi));
}

void check_steps(const std::vector<int>& steps, const char* field,
                 std::vector<std::string>& problems) {
    if (steps.size() > 10)
        problems.push_back(std::string(field) + ": at most 10 steps, got " +
                           std::to_string(steps.size()));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i] < 1 || steps[i] > 30 * 1440)
            problems.push_back(std::string(field) + "[" + std::to_string(i) + "] is " +
                               std::to_string(steps[i]) +
                               " minutes, allowed is 1 minute to 30 days");
    }
}

}  // namespace

std::vector<std::string> study_settings_problems(const StudySettings& s) {
    std::vector<std::string> problems;
    check_range(s.desired_retention, 0.70, 0.97, "desired retention", problems);
    check_range(s.maximum_interval_days, 1, 36500, "maximum interval (days)", problems);
    check_range(s.daily_new_limit, 0, 9999, "daily new limit", problems);
    check_range(s.daily_review_limit, 0, 99999, "daily review limit", problems);
    check_steps(s.learning_steps, "learning steps", problems);
    check_steps(s.relearning_steps, "relearning steps", problems);
    check_range(s.learn_ahead_minutes, 0, 1440, "learn-ahead limit (minutes)", problems);
    return problems;
}

void validate(const StudySettings& settings) {
    const auto problems = study_settings_problems(settings);
    if (problems.empty()) return;
    std::string message = "invalid study settings:";
    for (const auto& p : problems)
        message += "\n  " + p;
    throw StudySettingsError(message);
}

SchedulerParams scheduler_params(const StudySettings& settings, std::uint64_t fuzz_seed,
                                 const FsrsWeights& weights) {
    validate(settings);
    SchedulerParams p;
    p.w = weights;
    p.request_retention = settings.desired_retention;
    p.maximum_interval = settings.maximum_interval_days;
    p.enable_short_term = true;
    p.learning_steps = settings.learning_steps;
    p.relearning_steps = settings.relearning_steps;
    p.enable_fuzz = true;
    p.fuzz_seed = fuzz_seed;
    return p;
}

}  // namespace chronik
