// The settings object of snapshots (and of settings changes): ProfileSettings as JSON.
#include <array>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "io/save/save_formats.hpp"
#include "io/save/save_json_fields.hpp"

namespace chronik::io {

namespace save_json {

namespace {

// "HH:MM" -> minutes after midnight.
int minute_of_day_from(const std::string& text, const std::string& where) {
    const bool shape = text.size() == 5 && text[2] == ':' &&
                       std::isdigit(static_cast<unsigned char>(text[0])) &&
                       std::isdigit(static_cast<unsigned char>(text[1])) &&
                       std::isdigit(static_cast<unsigned char>(text[3])) &&
                       std::isdigit(static_cast<unsigned char>(text[4]));
    const int h = shape ? (text[0] - '0') * 10 + (text[1] - '0') : -1;
    const int m = shape ? (text[3] - '0') * 10 + (text[4] - '0') : -1;
    if (h < 0 || h > 23 || m < 0 || m > 59)
        fail(where, "\"time\" must be a time like \"08:00\", not \"" + text + "\"");
    return h * 60 + m;
}

// The exam goal; missing keys other than the date keep their defaults.
ExamGoal exam_from_json(const json& j, const std::string& parent) {
    const std::string where = parent + ".exam";
    if (!j.is_object()) fail(where, "expected an object");
    ExamGoal goal;
    const std::string date = get_string(j, "date", where);
    const auto parsed = parse_iso_date(date);
    if (!parsed) fail(where, "\"date\" must be a date like \"2026-06-15\", not \"" + date + "\"");
    goal.date = *parsed;
    if (j.contains("time"))
        goal.minute_of_day = minute_of_day_from(get_string(j, "time", where), where);
    if (j.contains("decks")) goal.decks = string_list(j, "decks", where);
    if (j.contains("topics")) goal.topics = string_list(j, "topics", where);
    if (j.contains("minutes_per_day"))
        goal.minutes_per_day = get_small_int(j, "minutes_per_day", where);
    return goal;
}

}  // namespace

json settings_to_json(const ProfileSettings& s) {
    json j = {{"language", std::string(language_code(s.language))},
              {"desired_retention", s.desired_retention},
              {"maximum_interval_days", s.maximum_interval_days},
              {"daily_new_limit", s.daily_new_limit},
              {"daily_review_limit", s.daily_review_limit},
              {"learning_steps", s.learning_steps},
              {"relearning_steps", s.relearning_steps},
              {"timer", {{"on", s.timer == Timer::On}, {"seconds", s.timer_seconds}}},
              {"sound_volume", s.sound_volume},
              {"ui_scale", s.ui_scale},
              {"high_contrast", s.high_contrast},
              {"reduce_motion", s.reduce_motion},
              {"key_bindings", s.key_bindings}};
    if (s.fsrs_weights) j["fsrs_weights"] = *s.fsrs_weights;
    if (!s.decks.empty()) j["decks"] = s.decks;  // absent: every deck
    if (s.exam) {                                // absent: no exam, plain FSRS
        char time[32];
        std::snprintf(time, sizeof time, "%02d:%02d", s.exam->minute_of_day / 60,
                      s.exam->minute_of_day % 60);
        j["exam"] = {{"date", format_iso_date(s.exam->date)},
                     {"time", time},
                     {"decks", s.exam->decks},
                     {"topics", s.exam->topics},
                     {"minutes_per_day", s.exam->minutes_per_day}};
    }
    return j;
}

// Missing keys keep their defaults, so that settings added later need no migration.
ProfileSettings settings_from_json(const json& j, int snapshot_schema) {
    const std::string where = "settings";
    if (!j.is_object()) fail(where, "expected an object");
    ProfileSettings s;
    if (j.contains("language")) {
        const auto lang = language_from_code(get_string(j, "language", where));
        if (!lang) fail(where, "\"language\" must be \"de\" or \"en\"");
        s.language = *lang;
    }
    if (snapshot_schema == 1 && j.contains("retention"))
        s.desired_retention = get_double(j, "retention", where) / 100.0;
    if (j.contains("desired_retention"))
        s.desired_retention = get_double(j, "desired_retention", where);
    if (j.contains("maximum_interval_days"))
        s.maximum_interval_days = get_small_int(j, "maximum_interval_days", where);
    if (j.contains("daily_new_limit"))
        s.daily_new_limit = get_small_int(j, "daily_new_limit", where);
    if (j.contains("daily_review_limit"))
        s.daily_review_limit = get_small_int(j, "daily_review_limit", where);
    if (j.contains("learning_steps")) s.learning_steps = string_list(j, "learning_steps", where);
    if (j.contains("relearning_steps"))
        s.relearning_steps = string_list(j, "relearning_steps", where);
    if (j.contains("timer")) {
        const json& t = j["timer"];
        s.timer = get_bool(t, "on", where + ".timer") ? Timer::On : Timer::Off;
        s.timer_seconds = get_small_int(t, "seconds", where + ".timer");
    }
    if (j.contains("sound_volume")) s.sound_volume = get_double(j, "sound_volume", where);
    if (j.contains("ui_scale")) s.ui_scale = get_double(j, "ui_scale", where);
    if (j.contains("high_contrast")) s.high_contrast = get_bool(j, "high_contrast", where);
    if (j.contains("reduce_motion")) s.reduce_motion = get_bool(j, "reduce_motion", where);
    if (j.contains("key_bindings")) {
        const json& kb = j["key_bindings"];
        if (!kb.is_object()) fail(where, "\"key_bindings\" must be an object");
        for (const auto& [action, key] : kb.items()) {
            if (!key.is_string()) fail(where, "key binding \"" + action + "\" must be a key name");
            s.key_bindings[action] = key.get<std::string>();
        }
    }
    if (j.contains("fsrs_weights") && !j["fsrs_weights"].is_null()) {
        const json& w = j["fsrs_weights"];
        if (!w.is_array() || w.size() != 21)
            fail(where, "\"fsrs_weights\" must be a list of 21 numbers");
        std::array<double, 21> weights{};
        for (std::size_t i = 0; i < 21; ++i) {
            if (!w[i].is_number()) fail(where, "\"fsrs_weights\" must be a list of 21 numbers");
            weights[i] = w[i].get<double>();
        }
        s.fsrs_weights = weights;
    }
    if (j.contains("decks")) s.decks = string_list(j, "decks", where);  // absent: every deck
    if (j.contains("exam") && !j["exam"].is_null()) s.exam = exam_from_json(j["exam"], where);
    return s;
}

}  // namespace save_json

std::string encode_settings(const ProfileSettings& settings) {
    return save_json::settings_to_json(settings).dump();
}

ProfileSettings decode_settings(std::string_view json_object) {
    return save_json::settings_from_json(save_json::parse(json_object, "settings"),
                                         kSnapshotSchema);
}

}  // namespace chronik::io
