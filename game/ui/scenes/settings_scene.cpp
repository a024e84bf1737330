#include "ui/scenes/settings_scene.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "ui/scenes/home_scene.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/memory_model_scene.hpp"
#include "ui/text/memory_model_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeftX = 80.f, kLeftW = 560.f, kRightX = 680.f, kRightW = 520.f;
constexpr float kRowsY = 104.f, kRowH = 46.f, kRowStep = 54.f;
constexpr float kArrowW = 34.f;  // the "‹" and "›" zones at both ends of a value

}  // namespace

SettingsScene::SettingsScene(SceneContext& ctx) : Scene(ctx) {
    settings_ = ctx.services.session().settings();
    keys_ = KeyBindings::from_settings(settings_.key_bindings);
    refresh_conflicts();
    build();
}

void SettingsScene::build() {
    const auto& t = ctx_.theme;
    heading_ = TextBlock(ctx_.text(TextId::SettingsHeading), {kLeftX, 24, 800, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    keys_caption_ = TextBlock(ctx_.text(TextId::SettingsKeys), {kRightX, 74, kRightW, 26},
                              {FontFace::SansBold, t.type.small, t.type.caption,
                               t.palette.text_muted, Align::Left, VAlign::Middle, 1.f, false});
    detail_ = TextBlock("", {kLeftX, 592, 1120, 64},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                         Align::Left, VAlign::Top, 1.25f, true});
    status_ = TextBlock("", {kLeftX, 74, 560, 26},
                        {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                         Align::Left, VAlign::Middle, 1.f, false});
    status_.set_text(status_text_);
    back_.clear();
    back_.add(
        Button(ctx_.text(TextId::HintBackHome), {1040, 28, 160, 44}, ButtonKind::Secondary, "Esc"));
    back_.show_focus(false);
    hints_.set({{"↑ ↓", ctx_.text(TextId::HintNavigate)},
                {"← →", ctx_.text(TextId::HintChange)},
                {"Enter", ctx_.text(TextId::HintSelect)},
                {"Esc", ctx_.text(TextId::HintBackHome)}});
    hints_capture_.set(
        {{"…", ctx_.text(TextId::SettingsKeys)}, {"Esc", ctx_.text(TextId::DialogCancel)}});

    rows_.clear();
    const std::array<RowKind, 9> general{
        RowKind::Language,    RowKind::Retention,    RowKind::NewLimit,
        RowKind::ReviewLimit, RowKind::Timer,        RowKind::Volume,
        RowKind::UiScale,     RowKind::HighContrast, RowKind::ReduceMotion};
    for (std::size_t i = 0; i < general.size(); ++i)
        rows_.push_back({general[i],
                         KeyAction::Answer1,
                         {kLeftX, kRowsY + static_cast<float>(i) * kRowStep, kLeftW, kRowH},
                         {},
                         {},
                         {}});
    for (std::size_t i = 0; i < kKeyActionCount; ++i)
        rows_.push_back({RowKind::Key,
                         static_cast<KeyAction>(i),
                         {kRightX, kRowsY + static_cast<float>(i) * kRowStep, kRightW, kRowH},
                         {},
                         {},
                         {}});
    rows_.push_back(
        {RowKind::ResetKeys,
         KeyAction::Answer1,
         {kRightX, kRowsY + static_cast<float>(kKeyActionCount) * kRowStep, kRightW, kRowH},
         {},
         {},
         {}});
    // Asked for now so that the profile's review log is counted in the background from here on.
    (void)ctx_.services.session().memory_model();
    rows_.push_back(
        {RowKind::MemoryModel,
         KeyAction::Answer1,
         {kRightX, kRowsY + static_cast<float>(kKeyActionCount + 1) * kRowStep, kRightW, kRowH},
         {},
         {},
         {}});
    for (auto& r : rows_) {
        r.bg.set_geometry(r.box, t.spacing.radius - 4, 1.f);
        r.bg.set_fill(t.palette.surface);
        r.bg.set_outline(t.palette.border);
        const bool centred = r.kind == RowKind::ResetKeys || r.kind == RowKind::MemoryModel;
        r.label = TextBlock(
            label_text(r),
            centred
                ? sf::FloatRect{r.box.left + 16, r.box.top, r.box.width - 32, r.box.height}
                : sf::FloatRect{r.box.left + 16, r.box.top, r.box.width * 0.58f - 16, r.box.height},
            {centred ? FontFace::SansBold : FontFace::Sans, t.type.small, t.type.caption - 2,
             t.palette.text, centred ? Align::Center : Align::Left, VAlign::Middle, 1.f, false});
        r.value = TextBlock(
            "",
            {r.box.left + r.box.width * 0.58f, r.box.top, r.box.width * 0.42f - 12, r.box.height},
            {FontFace::SansBold, t.type.small, t.type.caption - 2, t.palette.accent, Align::Center,
             VAlign::Middle, 1.f, false});
    }
    refresh_values();
}

void SettingsScene::refresh_values() {
    for (auto& r : rows_)
        r.value.set_text(value_text(r));
    refresh_detail();
}

bool SettingsScene::adjustable(RowKind kind) const {
    return kind != RowKind::Key && kind != RowKind::ResetKeys && kind != RowKind::MemoryModel;
}

void SettingsScene::save(ProfileSettings next) {
    next.key_bindings = keys_.to_settings();
    const auto problems = ctx_.services.session().save_settings(next);
    if (!problems.empty()) {
        status_text_ = ctx_.strings.format(TextId::SettingsNotSaved, {problems.front()});
        keys_ = KeyBindings::from_settings(settings_.key_bindings);
        refresh_values();
        return;
    }
    // Saving applied the settings to the application (theme, language, volume, window scale).
    const bool look_changed = next.high_contrast != settings_.high_contrast ||
                              next.reduce_motion != settings_.reduce_motion ||
                              next.language != settings_.language;
    const bool volume_changed = next.sound_volume != settings_.sound_volume;
    settings_ = next;
    status_text_ = ctx_.text(TextId::SettingsSaved);
    refresh_conflicts();
    if (volume_changed) ctx_.audio.play(Sfx::Select);  // a test sound at the new volume
    if (look_changed) {
        // Every scene was built with the old theme and strings: build home and this screen
        // again, at the same row.
        auto again = std::make_unique<SettingsScene>(ctx_);
        again->focus_ = focus_;
        again->status_text_ = status_text_;
        again->refresh_values();
        ctx_.stack.replace_all(std::make_unique<HomeScene>(ctx_));
        ctx_.stack.push(std::move(again));
        return;
    }
    refresh_values();
}

void SettingsScene::change(std::size_t index, int dir) {
    auto s = settings_;
    const auto step = [&](auto value, auto delta, auto lo, auto hi) {
        return std::clamp(value + delta * dir, lo, hi);
    };
    switch (rows_.at(index).kind) {
        case RowKind::Language:
            s.language = s.language == chronik::Language::German ? chronik::Language::English
                                                                 : chronik::Language::German;
            break;
        case RowKind::Retention:
            if (dir == 0) return;
            s.desired_retention =
                std::round(step(s.desired_retention, 0.01, 0.70, 0.97) * 100) / 100;
            break;
        case RowKind::NewLimit:
            if (dir == 0) return;
            s.daily_new_limit = step(s.daily_new_limit, 5, 0, 500);
            break;
        case RowKind::ReviewLimit:
            if (dir == 0) return;
            s.daily_review_limit = step(s.daily_review_limit, 10, 10, 9990);
            break;
        case RowKind::Timer:
            if (dir == 0) {
                s.timer = s.timer == Timer::Off ? Timer::On : Timer::Off;
            } else if (s.timer == Timer::Off) {
                if (dir < 0) return;
                s.timer = Timer::On;
            } else if (dir < 0 && s.timer_seconds <= 10) {
                s.timer = Timer::Off;
            } else {
                s.timer_seconds = step(s.timer_seconds, 5, 10, 300);
            }
            break;
        case RowKind::Volume:
            if (dir == 0) return;
            s.sound_volume = std::round(step(s.sound_volume, 0.1, 0.0, 1.0) * 10) / 10;
            break;
        case RowKind::UiScale:
            if (dir == 0) return;
            s.ui_scale = step(s.ui_scale, 0.25, 0.75, 2.0);
            break;
        case RowKind::HighContrast:
            s.high_contrast = !s.high_contrast;
            break;
        case RowKind::ReduceMotion:
            s.reduce_motion = !s.reduce_motion;
            break;
        case RowKind::Key:
            if (dir != 0) return;
            capturing_ = true;
            status_text_ =
                ctx_.strings.format(TextId::SettingsPressKey, {label_text(rows_[index])});
            refresh_values();
            return;
        case RowKind::ResetKeys:
            if (dir != 0) return;
            keys_ = KeyBindings{};
            break;
        case RowKind::MemoryModel:
            if (dir != 0) return;
            ctx_.audio.play(Sfx::Open);
            ctx_.stack.push(make_memory_model(ctx_));
            return;
    }
    ctx_.audio.play(Sfx::Move);
    save(s);
}

void SettingsScene::capture(sf::Keyboard::Key key) {
    capturing_ = false;
    const auto& row = rows_.at(focus_);
    if (key == sf::Keyboard::Escape) {
        status_text_.clear();
        refresh_values();
        return;
    }
    const auto name = bindable_key_name(key);
    if (!name) {
        status_text_ = ctx_.strings.format(TextId::SettingsKeyReserved, {"Enter/Esc/Tab/↑↓←→/F11"});
        refresh_values();
        return;
    }
    if (const auto other = keys_.conflict(row.action, key)) {
        Row holder{RowKind::Key, *other, {}, {}, {}, {}};
        status_text_ =
            ctx_.strings.format(TextId::SettingsKeyConflict,
                                {key_name(key, ctx_.strings.language()), label_text(holder)});
        ctx_.audio.play(Sfx::Wrong);
        refresh_values();
        return;
    }
    keys_.rebind(row.action, key);
    save(settings_);
}

std::optional<std::size_t> SettingsScene::row_at(sf::Vector2f p) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].box.contains(p)) return i;
    return std::nullopt;
}

void SettingsScene::handle_event(const sf::Event& e) {
    if (capturing_) {
        if (e.type == sf::Event::KeyPressed) capture(e.key.code);
        return;
    }
    if (is_key(e, sf::Keyboard::Escape)) {
        leave_screen(ctx_);
        return;
    }
    if (e.type == sf::Event::MouseButtonPressed || e.type == sf::Event::MouseButtonReleased ||
        e.type == sf::Event::MouseMoved) {
        if (back_.handle(e, ctx_)) {
            leave_screen(ctx_);
            return;
        }
        if (e.type != sf::Event::MouseButtonReleased || e.mouseButton.button != sf::Mouse::Left)
            return;
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        const auto hit = row_at(p);
        if (!hit) return;
        focus_ = *hit;
        const auto& r = rows_[*hit];
        const auto& v = r.value.box();
        int dir = 0;
        if (adjustable(r.kind) && p.x >= v.left && p.x < v.left + kArrowW * 2) dir = -1;
        if (adjustable(r.kind) && p.x > v.left + v.width - kArrowW * 2) dir = 1;
        change(*hit, dir);
        refresh_detail();
        return;
    }
    const auto nav = nav_command(e);
    if (!nav) return;
    switch (*nav) {
        case Nav::Up:
        case Nav::Previous:
            focus_ = focus_ == 0 ? rows_.size() - 1 : focus_ - 1;
            ctx_.audio.play(Sfx::Move);
            break;
        case Nav::Down:
        case Nav::Next:
            focus_ = (focus_ + 1) % rows_.size();
            ctx_.audio.play(Sfx::Move);
            break;
        case Nav::Left:
            change(focus_, -1);
            break;
        case Nav::Right:
            change(focus_, 1);
            break;
        case Nav::Activate:
            change(focus_, 0);
            break;
        case Nav::Back:
            break;
    }
    refresh_detail();
}

void SettingsScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(heading_);
    batch_.add(status_);
    batch_.add(keys_caption_);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const auto& r = rows_[i];
        batch_.add(r.bg);
        batch_.add(r.label);
        batch_.add(r.value);
        if (i == focus_) add_focus_ring(batch_, ctx_.theme, r.box, focus_ring_);
    }
    batch_.add(detail_);
    back_.draw(batch_, ctx_);
    (capturing_ ? hints_capture_ : hints_).draw(batch_, ctx_);
    batch_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_settings(SceneContext& ctx) {
    return std::make_unique<SettingsScene>(ctx);
}

}  // namespace chronik::ui
