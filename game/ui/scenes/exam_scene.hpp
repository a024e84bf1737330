// Exam mode (Prüfung): a timed paper of multiple-choice questions and one timeline, no feedback
// until it is handed in; then the grade with its rule and every answer reviewed with its source.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "exam/exam.hpp"
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

class ExamScene final : public Scene {
public:
    ExamScene(SceneContext& ctx, exam::Exam paper);
    std::string_view name() const override { return "exam"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    // The clock changes its text once a second: the exam ticks (the time limit must be noticed)
    // but draws only when the shown second changes or a button moves (#22 item 15: a frame a
    // second instead of sixty).
    bool animating() const override { return answers_.animating() || nav_.animating(); }
    bool needs_ticks() const override { return !paper_.finished(); }
    bool take_redraw() override { return std::exchange(clock_changed_, false); }

private:
    void show_question(std::size_t q);
    void rebuild_choices();
    void rebuild_timeline();
    void update_clock();
    bool clock_changed_ = true;
    void update_counter();
    void hand_in();
    void move_carried(int delta);

    exam::Exam paper_;
    std::size_t current_ = 0;
    double elapsed_ms_ = 0;
    long long shown_seconds_ = -1;
    std::vector<std::size_t> order_;      // the timeline as the student arranges it
    std::optional<std::size_t> carried_;  // slot of the event being moved

    Backdrop backdrop_;
    TextBlock counter_, clock_, prompt_;
    ProgressBar time_bar_;
    ButtonGroup answers_;
    ButtonGroup nav_{Axis::Horizontal};
    KeyHintBar hints_choice_, hints_timeline_;
    mutable DrawBatch batch_;
};

class ExamResultsScene final : public Scene {
public:
    ExamResultsScene(SceneContext& ctx, exam::Exam paper);
    std::string_view name() const override { return "exam-results"; }
    void handle_event(const sf::Event& event) override;
    void update(float dt) override;
    void draw(sf::RenderTarget& target) const override;
    bool animating() const override { return chips_.animating() || buttons_.animating(); }

private:
    void select(std::size_t q);
    void read_source();

    exam::Exam paper_;
    std::size_t selected_ = 0;
    Backdrop backdrop_;
    RoundedRect grade_card_, review_card_;
    TextBlock grade_, points_, rule_, review_heading_, review_;
    ButtonGroup chips_{Axis::Horizontal};
    ButtonGroup buttons_{Axis::Horizontal};
    KeyHintBar hints_;
    mutable DrawBatch batch_;
};

// A new exam for the open profile (9 multiple-choice questions and a timeline of 5 events, 10
// minutes), or a notice when the bank cannot fill one.
std::unique_ptr<Scene> make_exam(SceneContext& ctx);

}  // namespace chronik::ui
