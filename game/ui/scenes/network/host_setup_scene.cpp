#include "ui/scenes/network/host_setup_scene.hpp"

#include <algorithm>
#include <vector>

#include "hosting/room_code.hpp"
#include "ui/input/nav.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/leave_screen.hpp"
#include "ui/scenes/network/host_game_scene.hpp"
#include "ui/scenes/network/host_scene.hpp"
#include "ui/text/network_host_strings.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;

// Nine rows between the intro and the message card (from y 586).
constexpr float kLeft = 120.f, kWidth = 1040.f, kRowsY = 146.f, kRowH = 42.f, kRowStep = 48.f;
constexpr std::array<std::size_t, 7> kQuestionCounts{3, 5, 10, 15, 20, 25, 30};
// 0 stands for "no timer".
constexpr std::array<int, 8> kTimerSeconds{0, 10, 15, 20, 30, 45, 60, 90};
constexpr std::array<int, 5> kReadingSeconds{0, 2, 3, 5, 8};

// The next value of `list` from `current` in `direction` (clamped at the ends); a value not in the
// list moves to the nearest one.
template <typename V, std::size_t N>
V step(const std::array<V, N>& list, V current, int direction) {
    auto it = std::lower_bound(list.begin(), list.end(), current);
    std::size_t i = static_cast<std::size_t>(it - list.begin());
    if (it == list.end() || *it != current) {
        if (direction > 0) return it == list.end() ? list.back() : *it;
        return i == 0 ? list.front() : list[i - 1];
    }
    if (direction > 0 && i + 1 < N) return list[i + 1];
    if (direction < 0 && i > 0) return list[i - 1];
    return current;
}

}  // namespace

HostSetupScene::HostSetupScene(SceneContext& ctx)
    : HostSetupScene(ctx, ctx.services.network_host.defaults(), {}) {}

HostSetupScene::HostSetupScene(SceneContext& ctx, HostSettings settings, std::string message)
    : Scene(ctx), settings_(std::move(settings)), message_(std::move(message)) {
    message_is_error_ = !message_.empty();
    build();
}

void HostSetupScene::build() {
    const auto& t = ctx_.theme;
    const auto& s = ctx_.strings;
    heading_ = TextBlock(text(s, T::SetupHeading), {kLeft, 24, 800, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    intro_ = TextBlock(text(s, T::SetupIntro), {kLeft, 82, kWidth, 56},
                       {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                        Align::Left, VAlign::Top, 1.2f, true});
    // On a card, so the backdrop's lines never run through the message.
    message_card_.set_geometry({kLeft, 586, kWidth, 62}, t.spacing.radius - 4, 1.f);
    message_card_.set_fill(t.palette.surface);
    message_card_.set_outline(t.palette.danger);
    message_text_ = TextBlock("", {kLeft + 16, 588, kWidth - 32, 58},
                              {FontFace::SansBold, t.type.small, t.type.caption, t.palette.danger,
                               Align::Left, VAlign::Middle, 1.15f, true});
    const std::array<T, kRows> labels{T::RowPort,       T::RowCode,        T::RowQuestions,
                                      T::RowTimeline,   T::RowTimer,       T::RowReading,
                                      T::RowSpeedBonus, T::RowStreakBonus, T::RowPodium};
    for (std::size_t i = 0; i < kRows; ++i) {
        auto& r = rows_[i];
        r.box = {kLeft, kRowsY + static_cast<float>(i) * kRowStep, kWidth, kRowH};
        r.bg.set_geometry(r.box, t.spacing.radius - 4, 1.f);
        r.bg.set_fill(t.palette.surface);
        r.bg.set_outline(t.palette.border);
        r.label = TextBlock(text(s, labels[i]), {r.box.left + 16, r.box.top, 560, r.box.height},
                            {FontFace::Sans, t.type.body, t.type.caption, t.palette.text,
                             Align::Left, VAlign::Middle, 1.f, false});
        // "‹ value ›": the arrows are click targets too.
        const float vx = r.box.left + 600;
        r.left = TextBlock("‹", {vx, r.box.top, 40, r.box.height},
                           {FontFace::SansBold, t.type.h2, t.type.h2, t.palette.text_muted,
                            Align::Center, VAlign::Middle, 1.f, false});
        r.value = TextBlock("", {vx + 40, r.box.top, 360, r.box.height},
                            {FontFace::SansBold, t.type.body, t.type.caption, t.palette.accent,
                             Align::Center, VAlign::Middle, 1.f, false});
        r.right = TextBlock("›", {vx + 400, r.box.top, 40, r.box.height},
                            {FontFace::SansBold, t.type.h2, t.type.h2, t.palette.text_muted,
                             Align::Center, VAlign::Middle, 1.f, false});
    }
    buttons_.clear();
    // Back, then "open the room" at the right edge (index 1, the one Enter reaches first).
    buttons_.add(Button(text(s, T::Back), {kLeft + kWidth - 480, 24, 164, 50},
                        ButtonKind::Secondary, "Esc"));
    buttons_.add(Button(text(s, T::OpenRoom), {kLeft + kWidth - 300, 24, 300, 50},
                        ButtonKind::Primary, "F2"));
    hints_.set({{"↑ ↓", ctx_.text(TextId::HintNavigate)},
                {"← →", text(s, T::HintChange)},
                {"Enter", text(s, T::HintEdit)},
                {"F2", text(s, T::HintOpen)},
                {"Esc", text(s, T::Back)}});
    refresh();
}

std::string HostSetupScene::value_text(Row row) const {
    const auto& s = ctx_.strings;
    switch (row) {
        case Row::Port:
            return std::to_string(settings_.port);
        case Row::Code:
            return settings_.room_code;
        case Row::Questions:
            return format(s, T::ValueQuestions, {std::to_string(settings_.question_count)});
        case Row::Timeline:
            return settings_.timeline_count == 0
                       ? text(s, T::ValueNoTimelines)
                       : format(s, T::ValueTimelines, {std::to_string(settings_.timeline_count)});
        case Row::Timer:
            return settings_.time_limit_ms
                       ? format(s, T::ValueSeconds,
                                {std::to_string(*settings_.time_limit_ms / 1000)})
                       : text(s, T::ValueNoTimer);
        case Row::Reading:
            return format(s, T::ValueSeconds, {std::to_string(settings_.reading_ms / 1000)});
        case Row::SpeedBonus:
            return text(s, settings_.speed_bonus ? T::ValueOn : T::ValueOff);
        case Row::StreakBonus:
            return text(s, settings_.streak_bonus ? T::ValueOn : T::ValueOff);
        case Row::Podium:
            return format(s, T::ValuePlaces, {std::to_string(settings_.podium_size)});
    }
    return {};
}

void HostSetupScene::refresh() {
    for (std::size_t i = 0; i < kRows; ++i)
        rows_[i].value.set_text(value_text(static_cast<Row>(i)));
    message_text_.set_text(message_);
    message_text_.set_color(message_is_error_ ? ctx_.theme.palette.danger
                                              : ctx_.theme.palette.text_muted);
    buttons_.show_focus(focus_ >= kRows);
}

void HostSetupScene::change(Row row, int direction) {
    switch (row) {
        case Row::Port: {
            const int p = std::clamp(static_cast<int>(settings_.port) + direction, 1, 65535);
            settings_.port = static_cast<unsigned short>(p);
            break;
        }
        case Row::Code:
            settings_.room_code = ctx_.services.network_host.new_room_code();
            break;
        case Row::Questions:
            settings_.question_count = step(kQuestionCounts, settings_.question_count, direction);
            settings_.timeline_count = std::min(settings_.timeline_count, settings_.question_count);
            break;
        case Row::Timeline: {
            // 0 .. all of the questions, one at a time.
            const auto n = static_cast<int>(settings_.timeline_count) + direction;
            settings_.timeline_count = static_cast<std::size_t>(
                std::clamp(n, 0, static_cast<int>(settings_.question_count)));
            break;
        }
        case Row::Timer: {
            const int now =
                settings_.time_limit_ms ? static_cast<int>(*settings_.time_limit_ms / 1000) : 0;
            const int next = step(kTimerSeconds, now, direction);
            if (next == 0)
                settings_.time_limit_ms.reset();
            else
                settings_.time_limit_ms = std::int64_t{next} * 1000;
            break;
        }
        case Row::Reading:
            settings_.reading_ms =
                std::int64_t{step(kReadingSeconds, static_cast<int>(settings_.reading_ms / 1000),
                                  direction)} *
                1000;
            break;
        case Row::SpeedBonus:
            settings_.speed_bonus = !settings_.speed_bonus;
            break;
        case Row::StreakBonus:
            settings_.streak_bonus = !settings_.streak_bonus;
            break;
        case Row::Podium:
            settings_.podium_size = std::clamp(settings_.podium_size + direction, 3, 10);
            break;
    }
    ctx_.audio.play(Sfx::Move);
    refresh();
}

void HostSetupScene::edit(Row row) {
    if (row != Row::Port && row != Row::Code) {
        change(row, +1);
        return;
    }
    const bool port = row == Row::Port;
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.push(std::make_unique<NameDialogScene>(
        ctx_, text(ctx_.strings, port ? T::PortPrompt : T::CodePrompt),
        port ? std::to_string(settings_.port) : settings_.room_code,
        [this, port](const std::string& typed) -> std::optional<std::string> {
            if (port) {
                // Digits only, 1..65535 (the same rule as hosting::parse_port, kept in the UI).
                std::string digits;
                for (char c : typed)
                    if (c != ' ') digits.push_back(c);
                const bool ok = !digits.empty() && digits.size() <= 5 &&
                                std::all_of(digits.begin(), digits.end(),
                                            [](char c) { return c >= '0' && c <= '9'; }) &&
                                std::stol(digits) >= 1 && std::stol(digits) <= 65535;
                if (!ok) return text(ctx_.strings, T::ErrorPort);
                settings_.port = static_cast<unsigned short>(std::stol(digits));
            } else {
                const auto code = hosting::normalize_room_code(typed);
                if (!code) return text(ctx_.strings, T::ErrorCode);
                settings_.room_code = *code;
            }
            message_.clear();
            refresh();
            return std::nullopt;
        }));
}

void HostSetupScene::open_room() {
    auto started = ctx_.services.network_host.start(settings_);
    if (!started) {
        ctx_.audio.play(Sfx::Wrong);
        message_ = started.error();
        message_is_error_ = true;
        refresh();
        return;
    }
    ctx_.audio.play(Sfx::Select);
    ctx_.stack.replace_top(
        std::make_unique<HostGameScene>(ctx_, std::move(started).value(), settings_));
}

void HostSetupScene::move_focus(int delta) {
    const int n = static_cast<int>(kRows) + 1;
    focus_ = static_cast<std::size_t>((static_cast<int>(focus_) + delta + n) % n);
    if (focus_ == kRows) buttons_.set_focus(1);
    ctx_.audio.play(Sfx::Move);
    refresh();
}

void HostSetupScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        leave_screen(ctx_);
        return;
    }
    if (is_key(e, sf::Keyboard::F2)) {
        open_room();
        return;
    }
    if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        for (std::size_t i = 0; i < kRows; ++i) {
            const auto& r = rows_[i];
            if (!r.box.contains(p)) continue;
            focus_ = i;
            const auto row = static_cast<Row>(i);
            if (r.left.box().contains(p))
                change(row, -1);
            else if (r.right.box().contains(p))
                change(row, +1);
            else
                edit(row);
            refresh();
            return;
        }
    }
    if (focus_ < kRows) {
        const auto row = static_cast<Row>(focus_);
        if (const auto nav = nav_command(e)) {
            switch (*nav) {
                case Nav::Up:
                case Nav::Previous:
                    move_focus(-1);
                    return;
                case Nav::Down:
                case Nav::Next:
                    move_focus(+1);
                    return;
                case Nav::Left:
                    change(row, -1);
                    return;
                case Nav::Right:
                    change(row, +1);
                    return;
                case Nav::Activate:
                    edit(row);
                    return;
                case Nav::Back:
                    return;
            }
        }
    } else if (is_key(e, sf::Keyboard::Up) || (is_key(e, sf::Keyboard::Tab) && e.key.shift)) {
        move_focus(-1);
        return;
    } else if (is_key(e, sf::Keyboard::Down) || (is_key(e, sf::Keyboard::Tab) && !e.key.shift)) {
        move_focus(+1);
        return;
    }
    if (const auto hit = buttons_.handle(e, ctx_)) {
        if (*hit == 1) {
            open_room();
        } else {
            leave_screen(ctx_);
        }
    }
}

void HostSetupScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    intro_.draw(target, ctx_);
    for (std::size_t i = 0; i < kRows; ++i) {
        const auto& r = rows_[i];
        target.draw(r.bg);
        r.label.draw(target, ctx_);
        r.left.draw(target, ctx_);
        r.value.draw(target, ctx_);
        r.right.draw(target, ctx_);
        if (i == focus_) draw_focus_ring(target, ctx_.theme, r.box, ring_);
    }
    if (!message_.empty()) {
        target.draw(message_card_);
        message_text_.draw(target, ctx_);
    }
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_host_game(SceneContext& ctx) {
    return std::make_unique<HostSetupScene>(ctx);
}

}  // namespace chronik::ui
