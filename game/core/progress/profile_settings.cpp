#include "progress/profile_settings.hpp"

#include <cmath>
#include <set>
#include <sstream>

namespace chronik {

namespace {

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

void check_steps(const std::vector<std::string>& steps, std::string_view field,
                 std::vector<std::string>& problems) {
    if (steps.size() > 10)
        problems.push_back(std::string(field) + ": at most 10 steps, got " +
                           std::to_string(steps.size()));
    TimeMs previous = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto ms = parse_step(steps[i]);
        if (!ms) {
            problems.push_back(std::string(field) + "[" + std::to_string(i) + "]: \"" + steps[i] +
                               "\" is not a step like 1m, 10m, 12h or 1d");
            continue;
        }
        if (*ms < previous)
            problems.push_back(std::string(field) + "[" + std::to_string(i) +
                               "]: steps must not get shorter");
        previous = *ms;
    }
}

template <class T>
void check_range(T value, T lo, T hi, std::string_view field, std::vector<std::string>& problems) {
    if (!(value >= lo && value <= hi))
        problems.push_back(std::string(field) + " is " + number(static_cast<double>(value)) +
                           ", allowed is " + number(static_cast<double>(lo)) + " to " +
                           number(static_cast<double>(hi)));
}

}  // namespace

std::optional<TimeMs> parse_step(std::string_view step) {
    if (step.size() < 2 || step.size() > 8) return std::nullopt;
    TimeMs value = 0;
    for (std::size_t i = 0; i + 1 < step.size(); ++i) {
        if (step[i] < '0' || step[i] > '9') return std::nullopt;
        value = value * 10 + (step[i] - '0');
    }
    if (value <= 0) return std::nullopt;
    switch (step.back()) {
        case 'm':
            return value * kMinuteMs;
        case 'h':
            return value * kHourMs;
        case 'd':
            return value * kDayMs;
        default:
            return std::nullopt;
    }
}

std::vector<std::string> settings_problems(const ProfileSettings& s) {
    std::vector<std::string> problems;
    check_range(s.desired_retention, 0.70, 0.97, "desired_retention", problems);
    check_range(s.maximum_interval_days, 1, 36500, "maximum_interval_days", problems);
    check_range(s.daily_new_limit, 0, 9999, "daily_new_limit", problems);
    check_range(s.daily_review_limit, 0, 99999, "daily_review_limit", problems);
    check_steps(s.learning_steps, "learning_steps", problems);
    check_steps(s.relearning_steps, "relearning_steps", problems);
    check_range(s.timer_seconds, 5, 600, "timer_seconds", problems);
    check_range(s.sound_volume, 0.0, 1.0, "sound_volume", problems);
    check_range(s.ui_scale, 0.5, 3.0, "ui_scale", problems);
    std::map<std::string, std::string> action_of_key;
    for (const auto& [action, key] : s.key_bindings) {
        if (action.empty() || key.empty()) {
            problems.push_back("key_bindings: action \"" + action + "\" has an empty name or key");
            continue;
        }
        auto [it, inserted] = action_of_key.emplace(key, action);
        if (!inserted)
            problems.push_back("key_bindings: key \"" + key + "\" is bound to both \"" +
                               it->second + "\" and \"" + action + "\"");
    }
    if (s.fsrs_weights) {
        for (std::size_t i = 0; i < s.fsrs_weights->size(); ++i) {
            const double w = (*s.fsrs_weights)[i];
            // Any weight the scheduler can use: w17/w18 up to 2, w19 down to 0.
            const auto r = kFsrsWeightRanges[i];
            if (!std::isfinite(w) || w < r.lo || w > r.hi)
                problems.push_back("fsrs_weights[" + std::to_string(i) + "] is " + number(w) +
                                   ", allowed is " + number(r.lo) + " to " + number(r.hi));
        }
    }
    std::set<std::string> deck_ids;
    for (const auto& id : s.decks) {
        if (id.empty())
            problems.push_back("decks: a deck id is empty");
        else if (!deck_ids.insert(id).second)
            problems.push_back("decks: \"" + id + "\" is listed twice");
    }
    if (s.exam)
        for (auto& p : exam_goal_problems(*s.exam))
            problems.push_back(std::move(p));
    return problems;
}

}  // namespace chronik
