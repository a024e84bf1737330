// A profile's settings (study limits, FSRS options, accessibility, key bindings) and their
// validation.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "locale/language.hpp"
#include "progress/exam_goal.hpp"
#include "srs/scheduler_params.hpp"
#include "time/time_point.hpp"

namespace chronik {

enum class Timer { Off, On };

struct ProfileSettings {
    Language language = Language::German;
    double desired_retention = 0.90;  // 0.70..0.97
    int maximum_interval_days = 36500;
    int daily_new_limit = 20;
    int daily_review_limit = 200;
    // Step strings as in ts-fsrs: a positive whole number and a unit m/h/d ("1m", "10m", "1d").
    std::vector<std::string> learning_steps{"1m", "10m"};
    std::vector<std::string> relearning_steps{"10m"};
    Timer timer = Timer::Off;
    int timer_seconds = 30;     // per question, 5..600
    double sound_volume = 0.8;  // 0..1
    double ui_scale = 1.0;      // 0.5..3
    bool high_contrast = false;
    bool reduce_motion = false;
    std::map<std::string, std::string>
        key_bindings;                         // action -> key name, e.g. "answer_1" -> "Num1"
    std::optional<FsrsWeights> fsrs_weights;  // personal FSRS-6 weights
    // Ids of the decks this profile studies; empty: every deck (also the default of saves
    // written before decks could be chosen). Ids of decks no longer loaded are ignored.
    std::vector<std::string> decks;
    // The exam the profile prepares for (core/plan plans the days up to it); none: plain FSRS.
    std::optional<ExamGoal> exam;

    friend bool operator==(const ProfileSettings&, const ProfileSettings&) = default;
};

// Every problem of the settings as a sentence naming the field and the allowed range;
// empty when they are valid.
std::vector<std::string> settings_problems(const ProfileSettings& settings);

// "10m" -> 600'000, "12h", "1d"; nullopt for anything else (the scheduler counts whole minutes).
std::optional<TimeMs> parse_step(std::string_view step);

}  // namespace chronik
