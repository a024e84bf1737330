// The multiple-choice round: a question, four shuffled answers (keys 1–4 / A–D or mouse), feedback
// in colour, icon and words, the explanation and the source quote; answers are saved as they
// happen.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "round/multiple_choice_round.hpp"
#include "ui/scene/redraw_pacer.hpp"
#include "ui/scene/scene.hpp"
#include "ui/scene/scene_context.hpp"
#include "ui/widgets/backdrop.hpp"
#include "ui/widgets/button_group.hpp"
#include "ui/widgets/draw_batch.hpp"
#include "ui/widgets/key_hints.hpp"
#include "ui/widgets/progress_bar.hpp"
#include "ui/widgets/rounded_rect.hpp"
#include "ui/widgets/text_block.hpp"

namespace chronik::ui {

class QuizScene final : public Scene {
public:
    // Throws std::invalid_argument (from the round) for unusable items.
    QuizScene(SceneContext& ctx, std::vector<round::DrawnItem> drawn, std::uint64_t seed);
    std::string_view name() const override { return "quiz"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void elapse(float seconds) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override {
        return answers_.animating() || next_.animating() || progress_.animating();
    }
    // A running timer bar ticks and is redrawn ten times a second, not sixty (#22 item 15).
    bool needs_ticks() const override { return timer_running(); }
    bool take_redraw() override { return timer_pacer_.take(); }

private:
    void show_question();
    void answer(std::size_t choice);
    // The timer bar ran out: the round counts the question as wrong.
    void time_out();
    void show_feedback(const round::ChoiceFeedback& fb, std::int64_t response_ms);
    void advance();
    // The reader at the current item's passage, when its deck has a source text.
    void open_source();
    bool timer_running() const {
        return round_.options().timing == round::Timing::Timed &&
               round_.phase() == round::RoundPhase::Asking;
    }

    round::MultipleChoiceRound round_;
    float question_seconds_ = 0;  // game time since the question appeared (the response time)
    Backdrop backdrop_;
    RoundedRect feedback_card_;
    TextBlock counter_, score_, prompt_, verdict_, explanation_;
    ProgressBar progress_;
    ProgressBar timer_bar_;  // time left on this question, when the profile's timer is on
    RedrawPacer timer_pacer_{10.f};
    ButtonGroup answers_;
    ButtonGroup next_{Axis::Horizontal};
    KeyHintBar hints_asking_, hints_feedback_;
    mutable DrawBatch batch_;
    std::optional<std::string> save_problem_;
};

// A new quiz of 10 questions drawn for the open profile; a notice when none can be drawn.
std::unique_ptr<Scene> make_quiz(SceneContext& ctx);
// A quiz of exactly these items (practising the missed ones).
std::unique_ptr<Scene> make_quiz_of(SceneContext& ctx, const std::vector<std::string>& item_ids);

}  // namespace chronik::ui
