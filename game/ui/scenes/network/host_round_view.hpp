// One question on the projector: the prompt and its choices (or a timeline's events) with the
// countdown and "N of M answered" (never the right answer), then the reveal: the right choice
// marked by colour, icon and words, and bars of how many chose each option (or the right order).
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

#include <array>
#include <cstdint>
#include <optional>

#include "ui/scenes/network/host_timeline_board.hpp"
#include "ui/services/host_connector.hpp"
#include "ui/widgets/animated_value.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class HostRoundView {
public:
    explicit HostRoundView(const UiContext& ui);
    // The current question without any mark (reading and answering).
    void show_question(const HostSession& session);
    // The question with the result of `result` (the reveal, or a skipped question).
    void show_reveal(const HostSession& session, const classroom::QuestionResult& result);
    // Countdown, answered count and pause, once per frame (texts change only when the figures do).
    // Returns whether anything shown changed.
    bool tick(const HostSession& session);
    void update(float dt);
    // The timer bar runs down, or the distribution bars grow in.
    bool animating() const { return timer_running_ || grow_.moving(); }
    void draw(sf::RenderTarget& target) const;

private:
    struct Card {
        sf::FloatRect box;
        RoundedRect bg, badge, track, fill;
        TextBlock key, label, count;
        bool used = false;
    };
    void layout_choices(const classroom::ClassroomQuestion& q);
    // A timeline question's prompt is one line above its cards; a choice question's has room.
    void layout_prompt(const classroom::ClassroomQuestion& q);
    void show_timeline_reveal(const HostSession& session, const classroom::QuestionResult& result);

    const UiContext& ui_;
    TextBlock counter_, answered_, status_, prompt_, verdict_, detail_;
    ProgressBar timer_;
    std::array<Card, 4> cards_;
    HostTimelineBoard timeline_;
    bool timeline_shown_ = false;  // the question is a timeline: timeline_ draws it
    std::array<float, 4> shares_{};
    AnimatedValue grow_;  // the distribution bars grow in at the reveal
    bool revealed_ = false;
    bool paused_shown_ = false;
    bool timer_running_ = false;
    RoundedRect pause_banner_;
    TextBlock pause_text_;
    // What the texts show now, so a frame changes them only when a figure changed.
    std::int64_t shown_seconds_ = -1;
    std::size_t shown_answered_ = ~std::size_t{0}, shown_players_ = ~std::size_t{0};
    int shown_status_ = -1;
};

}  // namespace chronik::ui
