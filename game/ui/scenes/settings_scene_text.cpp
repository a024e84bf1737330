#include "ui/scenes/settings_scene.hpp"

// The words of the settings screen: each row's label and value, the detail line under the rows
// (what the focused setting means, e.g. the daily load of a retention), and the settings that two
// computers changed while apart.

#include <array>
#include <cmath>
#include <string_view>
#include <utility>

#include "srs/expected_load.hpp"
#include "ui/input/key_bindings.hpp"
#include "ui/text/memory_model_strings.hpp"

namespace chronik::ui {
namespace {

std::string percent(double v) {
    return std::to_string(static_cast<int>(std::lround(v * 100))).append(" %");
}

}  // namespace

void SettingsScene::refresh_conflicts() {
    // "Auf zwei Computern geändert: Neue Karten pro Tag 20 (laptop-…) / 30 (schule-…) — 30
    // behalten": the field by its row's name where it has one, values as saved.
    const auto label_of = [this](const std::string& key) {
        static const std::array<std::pair<std::string_view, TextId>, 10> labels{{
            {"language", TextId::SettingsLanguage},
            {"desired_retention", TextId::SettingsRetention},
            {"daily_new_limit", TextId::SettingsNewLimit},
            {"daily_review_limit", TextId::SettingsReviewLimit},
            {"timer", TextId::SettingsTimer},
            {"sound_volume", TextId::SettingsVolume},
            {"ui_scale", TextId::SettingsUiScale},
            {"high_contrast", TextId::SettingsHighContrast},
            {"reduce_motion", TextId::SettingsReduceMotion},
            {"key_bindings", TextId::SettingsKeys},
        }};
        for (const auto& [k, id] : labels)
            if (k == key) return ctx_.text(id);
        return key == "decks" ? ctx_.text(TextId::HomeDecks) : key;
    };
    const auto shown = [](std::string v) {
        if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
        return v.size() > 40 ? v.substr(0, 37) + "…" : v;
    };
    conflicts_text_.clear();
    for (const auto& c : ctx_.services.session().settings_conflicts()) {
        if (c.values.empty()) continue;
        std::string values;
        for (const auto& [value, device] : c.values) {
            if (!values.empty()) values += " / ";
            values += shown(value) + " (" + device + ")";
        }
        if (!conflicts_text_.empty()) conflicts_text_ += '\n';
        conflicts_text_ += ctx_.strings.format(TextId::SettingsChangedOnTwoComputers,
                                               {label_of(c.key), values, shown(c.values[0].first)});
    }
}

std::string SettingsScene::label_text(const Row& r) const {
    switch (r.kind) {
        case RowKind::Language:
            return ctx_.text(TextId::SettingsLanguage);
        case RowKind::Retention:
            return ctx_.text(TextId::SettingsRetention);
        case RowKind::NewLimit:
            return ctx_.text(TextId::SettingsNewLimit);
        case RowKind::ReviewLimit:
            return ctx_.text(TextId::SettingsReviewLimit);
        case RowKind::Timer:
            return ctx_.text(TextId::SettingsTimer);
        case RowKind::Volume:
            return ctx_.text(TextId::SettingsVolume);
        case RowKind::UiScale:
            return ctx_.text(TextId::SettingsUiScale);
        case RowKind::HighContrast:
            return ctx_.text(TextId::SettingsHighContrast);
        case RowKind::ReduceMotion:
            return ctx_.text(TextId::SettingsReduceMotion);
        case RowKind::ResetKeys:
            return ctx_.text(TextId::SettingsResetKeys);
        case RowKind::MemoryModel:
            return text(ctx_.strings, MemoryModelText::SettingsEntry);
        case RowKind::Key:
            break;
    }
    switch (r.action) {
        case KeyAction::Answer1:
        case KeyAction::Answer2:
        case KeyAction::Answer3:
        case KeyAction::Answer4:
            return ctx_.strings.format(TextId::ActionAnswer,
                                       {std::to_string(static_cast<int>(r.action) + 1)});
        case KeyAction::Flip:
            return ctx_.text(TextId::ActionFlip);
        case KeyAction::Undo:
            return ctx_.text(TextId::ActionUndo);
        case KeyAction::ReadSource:
            return ctx_.text(TextId::ActionReadSource);
    }
    return {};
}

std::string SettingsScene::value_text(const Row& r) const {
    const auto on_off = [&](bool on) {
        return ctx_.text(on ? TextId::SettingsOn : TextId::SettingsOff);
    };
    std::string v;
    switch (r.kind) {
        case RowKind::Language:
            v = settings_.language == chronik::Language::German ? "Deutsch" : "English";
            break;
        case RowKind::Retention:
            v = percent(settings_.desired_retention);
            break;
        case RowKind::NewLimit:
            v = std::to_string(settings_.daily_new_limit);
            break;
        case RowKind::ReviewLimit:
            v = std::to_string(settings_.daily_review_limit);
            break;
        case RowKind::Timer:
            v = settings_.timer == Timer::Off
                    ? ctx_.text(TextId::SettingsOff)
                    : ctx_.strings.format(TextId::SettingsSeconds,
                                          {std::to_string(settings_.timer_seconds)});
            break;
        case RowKind::Volume:
            v = percent(settings_.sound_volume);
            break;
        case RowKind::UiScale:
            v = percent(settings_.ui_scale);
            break;
        case RowKind::HighContrast:
            v = on_off(settings_.high_contrast);
            break;
        case RowKind::ReduceMotion:
            // The row says "Animationen: An" while they run ("Animationen aus: Aus" read as a
            // double negative).
            v = on_off(!settings_.reduce_motion);
            break;
        case RowKind::Key: {
            if (capturing_ && &r == &rows_[focus_]) return "…";
            return key_name(keys_.key(r.action), ctx_.strings.language());
        }
        case RowKind::ResetKeys:
        case RowKind::MemoryModel:
            return {};
    }
    // Adjustable values show their arrows: what the mouse clicks and ← → change.
    return std::string("‹  ").append(v).append("  ›");
}

void SettingsScene::refresh_detail() {
    const auto& r = rows_.at(focus_);
    std::string d;
    switch (r.kind) {
        case RowKind::Retention: {
            const auto load = static_cast<long long>(std::lround(
                expected_daily_reviews(settings_.desired_retention, settings_.daily_new_limit)));
            d = ctx_.strings.format(
                TextId::SettingsRetentionMeaning,
                {std::to_string(static_cast<int>(std::lround(settings_.desired_retention * 100))),
                 std::to_string(load)});
            break;
        }
        case RowKind::Language:
            d = ctx_.app.language_from_command_line()
                    ? ctx_.strings.format(TextId::SettingsCommandLineWins, {"--lang"})
                    : ctx_.text(TextId::SettingsLanguageNow);
            break;
        case RowKind::UiScale:
            d = ctx_.app.scale_from_command_line()
                    ? ctx_.strings.format(TextId::SettingsCommandLineWins, {"--ui-scale"})
                    : ctx_.strings.format(TextId::SettingsScaleNow,
                                          {std::to_string(std::lround(1280 * settings_.ui_scale)),
                                           std::to_string(std::lround(720 * settings_.ui_scale))});
            break;
        case RowKind::Volume:
            d = ctx_.text(TextId::SettingsVolumeNow);
            break;
        case RowKind::Timer:
            d = ctx_.text(TextId::SettingsTimerNextQuiz);
            break;
        default:
            break;
    }
    // Fields changed on two computers while apart are named until they are set again here.
    if (!conflicts_text_.empty()) d = conflicts_text_ + (d.empty() ? "" : "\n" + d);
    detail_.set_text(d);
    status_.set_text(status_text_);
}

}  // namespace chronik::ui
