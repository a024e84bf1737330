#include "progress/profile_settings.hpp"

#include <cmath>
#include <set>
#include <sstream>

namespace chronik {

const std::array<WeightRange, 21> kFsrsWeightRanges{{
    {0.001, 100},  {0.001, 100},  {0.001, 100}, {0.001, 100}, {1, 10},      {0.001, 4},
    {0.001, 4},    {0.001, 0.75}, {0, 4.5},     {0, 0.8},     {0.001, 3.5}, {0.001, 5},
    {0.001, 0.25}, {0.001, 0.9},  {0, 4},       {0, 1},       {1, 6},       {0, 2},
    {0, 2},        {0, 0.8},      {0.1, 0.8},
}};

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

std::string_view language_code(Language language) {
    return language == Language::German ? "de" : "en";
}

std::optional<Language> language_from_code(std::string_view code) {
    if (code == "de") return Language::German;
    if (code == "en") return Language::English;
    return std::nullopt;
}

}  // namespace chronik
