#include "ui/scenes/quiz_scene.hpp"

#include <cmath>

#include "ui/input/key_bindings.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/pause_scene.hpp"
#include "ui/scenes/results_scene.hpp"
#include "ui/scenes/source_reader_scene.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr float kAnswersY = 250.f, kAnswerH = 60.f, kAnswerGap = 12.f;
// In feedback the answers close up so the explanation gets room at a readable size (≥16 px).
constexpr float kFeedbackAnswerH = 44.f, kFeedbackAnswerGap = 8.f, kFeedbackY = 460.f;

// The profile's timer setting (Einstellungen) makes a timed round.
round::MultipleChoiceOptions quiz_options(std::size_t count, const SceneContext& ctx) {
    round::MultipleChoiceOptions o;
    o.question_count = count;
    const auto& s = ctx.services.session().settings();
    if (s.timer == Timer::On) {
        o.timing = round::Timing::Timed;
        o.time_limit_ms = std::int64_t{s.timer_seconds} * 1000;
    }
    return o;
}

}  // namespace

QuizScene::QuizScene(SceneContext& ctx, std::vector<round::DrawnItem> drawn, std::uint64_t seed)
    : Scene(ctx),
      round_(drawn, quiz_options(drawn.size(), ctx), Rng(seed)),
      progress_({kLeft, 70, kWidth, 8}),
      timer_bar_({kLeft, 84, kWidth, 4}) {
    const auto& t = ctx.theme;
    counter_ = TextBlock("", {kLeft, 30, 500, 30},
                         {FontFace::SansBold, t.type.small, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Middle, 1.f, false});
    score_ = TextBlock("", {kLeft + kWidth - 500, 30, 500, 30},
                       {FontFace::SansBold, t.type.small, t.type.caption, t.palette.accent,
                        Align::Right, VAlign::Middle, 1.f, false});
    // Long questions shrink to 18 px, then scroll (mouse wheel), never overflow.
    prompt_ = TextBlock("", {kLeft, 96, kWidth, 136},
                        {FontFace::SansBold, t.type.h2 + 2, t.type.small, t.palette.text,
                         Align::Left, VAlign::Middle, 1.2f, true});
    verdict_ = TextBlock("", {kLeft, kFeedbackY + 6, 740, 34},
                         {FontFace::SansBold, t.type.body, t.type.caption, t.palette.text,
                          Align::Left, VAlign::Middle, 1.f, false});
    // Wrapped at 18 px, never below 16 px: a longer text scrolls (↑ ↓) instead of shrinking.
    explanation_ = TextBlock("", {kLeft, kFeedbackY + 44, 740, 158},
                             {FontFace::Sans, t.type.small, 16, t.palette.text_muted, Align::Left,
                              VAlign::Top, 1.2f, true});
    hints_asking_.set({{profile_keys(ctx).answer_keys_hint(true, ctx.strings.language()),
                        ctx.text(TextId::HintAnswer)},
                       {"↑ ↓", ctx.text(TextId::HintNavigate)},
                       {"Enter", ctx.text(TextId::HintSelect)},
                       {"Esc", ctx.text(TextId::HintPause)}});
    hints_feedback_.set(
        {{"Enter", ctx.text(TextId::HintNext)},
         {"↑ ↓", ctx.text(TextId::HintScroll)},
         {key_name(profile_keys(ctx).key(KeyAction::ReadSource), ctx.strings.language()),
          ctx.text(TextId::HintReadSource)},
         {"Esc", ctx.text(TextId::HintPause)}});
    // The feedback sits on a card, so the backdrop's lines never run through the explanation.
    feedback_card_.set_geometry({kLeft - 14, kFeedbackY, 780, 666 - kFeedbackY}, t.spacing.radius,
                                1.f);
    feedback_card_.set_fill(t.palette.surface);
    feedback_card_.set_outline(t.palette.border);
    progress_.snap(0.f);
    show_question();
}

void QuizScene::show_question() {
    const auto& q = round_.current();
    const auto p = round_.progress();
    counter_.set_text(
        ctx_.strings.format(TextId::QuizQuestionOf,
                            {std::to_string(round_.current_index() + 1), std::to_string(p.total)}));
    score_.set_text(ctx_.strings.format(
        TextId::QuizScore, {std::to_string(round_.score()), std::to_string(round_.streak())}));
    prompt_.set_text(q.prompt);
    answers_.clear();
    const KeyBindings keys = profile_keys(ctx_);
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const float y = kAnswersY + static_cast<float>(i) * (kAnswerH + kAnswerGap);
        const std::string hint = keys.answer_badge(i, ctx_.strings.language());
        answers_
            .add(Button(q.choices[i], {kLeft, y, kWidth, kAnswerH}, ButtonKind::Secondary, hint))
            .set_label_align(Align::Left);
    }
    answers_.set_focus(0);
    answers_.show_focus(true);
    next_.clear();
    verdict_.set_text("");
    explanation_.set_text("");
    question_seconds_ = 0;
    timer_bar_.snap(1.f);
}

void QuizScene::answer(std::size_t choice) {
    const auto response_ms = static_cast<std::int64_t>(std::lround(question_seconds_ * 1000.0));
    show_feedback(round_.choose(choice, response_ms), response_ms);
}

void QuizScene::time_out() {
    show_feedback(round_.time_out(), round_.options().time_limit_ms);
}

void QuizScene::show_feedback(const round::ChoiceFeedback& fb, std::int64_t response_ms) {
    const auto& q = round_.current();
    // Into the scheduler and the save now, so quitting later loses nothing.
    if (auto problem = ctx_.services.session().record_answer(
            q.item_id, fb.rating, RoundKind::MultipleChoice, response_ms))
        save_problem_ = *problem;
    ctx_.audio.play(fb.correct() ? Sfx::Correct : Sfx::Wrong);
    for (std::size_t i = 0; i < answers_.size(); ++i) {
        ButtonMark mark = ButtonMark::Dimmed;
        if (i == fb.correct_choice)
            mark = ButtonMark::Correct;
        else if (fb.chosen && i == *fb.chosen)
            mark = ButtonMark::Wrong;
        answers_.at(i).set_mark(mark);
        const float y = kAnswersY + static_cast<float>(i) * (kFeedbackAnswerH + kFeedbackAnswerGap);
        answers_.at(i).set_bounds({kLeft, y, kWidth, kFeedbackAnswerH});
    }
    answers_.show_focus(false);
    const auto& t = ctx_.theme;
    if (fb.correct()) {
        verdict_.set_text(
            "✓ " + ctx_.text(TextId::QuizCorrect) + "   " +
            ctx_.strings.format(TextId::QuizPointsWon, {std::to_string(fb.points.total())}));
        verdict_.set_color(t.palette.success);
    } else {
        verdict_.set_text("✗ " +
                          ctx_.strings.format(fb.chosen ? TextId::QuizWrong : TextId::QuizTimeUp,
                                              {q.choices[fb.correct_choice]}));
        verdict_.set_color(t.palette.danger);
    }
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on chained string operator+.
    std::string detail;
    if (save_problem_) {
        detail.append(ctx_.strings.format(TextId::QuizSaveFailed, {*save_problem_}));
        detail.push_back('\n');
    }
    detail.append(q.explanation);
    if (!q.quote.empty()) {
        detail.push_back('\n');
        detail.append(ctx_.strings.format(TextId::QuizSource, {q.quote}));
    }
    explanation_.set_text(detail);
    const bool last = round_.current_index() + 1 >= round_.question_count();
    next_.add(Button(ctx_.text(last ? TextId::QuizFinish : TextId::QuizNext), {900, 548, 260, 56},
                     ButtonKind::Primary, "Enter"));
    // Look the passage up (key L or its remapped key): the reader opens over the round. A deck
    // without a source text has no passage to show, so no button.
    const bank::Deck* deck = ctx_.services.session().bank().deck_of(q.item_id);
    if (!q.quote.empty() && deck && deck->has_source())
        next_.add(Button(
            ctx_.text(TextId::StudyReadSource), {900, 612, 260, 46}, ButtonKind::Secondary,
            key_name(profile_keys(ctx_).key(KeyAction::ReadSource), ctx_.strings.language())));
    // No focus ring in feedback: Enter always means "Weiter", so a ring on the look-up button
    // (after the pointer passed over it) would promise what Enter does not do.
    next_.show_focus(false);
    progress_.set_value(static_cast<float>(round_.progress().fraction()));
    score_.set_text(ctx_.strings.format(
        TextId::QuizScore, {std::to_string(round_.score()), std::to_string(round_.streak())}));
}

void QuizScene::advance() {
    round_.next();
    if (round_.finished()) {
        ctx_.stack.replace_top(std::make_unique<ResultsScene>(ctx_, round_));
        return;
    }
    show_question();
}

void QuizScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.audio.play(Sfx::Back);
        ctx_.stack.push(std::make_unique<PauseScene>(ctx_));
        return;
    }
    if (e.type == sf::Event::MouseWheelScrolled) {
        auto& block = round_.phase() == round::RoundPhase::Feedback ? explanation_ : prompt_;
        block.ensure_layout(ctx_);
        block.scroll_lines(e.mouseWheelScroll.delta > 0 ? -1 : 1);
        return;
    }
    if (round_.phase() == round::RoundPhase::Asking) {
        if (e.type == sf::Event::KeyPressed) {
            // The profile's answer keys (Einstellungen → Tastenbelegung); a remapped answer's
            // old key no longer answers.
            const auto picked = profile_keys(ctx_).answer_index(e.key.code);
            const int index = picked ? static_cast<int>(*picked) : -1;
            if (index >= 0) {
                if (static_cast<std::size_t>(index) < answers_.size()) {
                    answers_.set_focus(static_cast<std::size_t>(index));
                    answer(static_cast<std::size_t>(index));
                }
                return;
            }
        }
        if (const auto hit = answers_.handle(e, ctx_)) answer(*hit);
        return;
    }
    // Feedback: Enter, Space and → always go on, whatever the pointer last touched (the hint bar
    // says "Enter Weiter"); the look-up key (L or its remapped key) opens the source; ↑/↓ scroll a
    // long explanation. Tab does not move a focus here: the two buttons answer to the mouse.
    if (is_key(e, sf::Keyboard::Up) || is_key(e, sf::Keyboard::Down)) {
        explanation_.ensure_layout(ctx_);
        explanation_.scroll_lines(e.key.code == sf::Keyboard::Up ? -1 : 1);
        return;
    }
    if (e.type == sf::Event::KeyPressed) {
        const sf::Keyboard::Key k = e.key.code;
        if (profile_keys(ctx_).action_of(k) == KeyAction::ReadSource) {
            open_source();  // first: the look-up key may have been moved to Space
        } else if (k == sf::Keyboard::Enter || k == sf::Keyboard::Space ||
                   k == sf::Keyboard::Right) {
            ctx_.audio.play(Sfx::Select);
            advance();
        }
        return;
    }
    const auto hit = next_.handle(e, ctx_);
    if (!hit) return;
    if (*hit == 1 && next_.size() > 1)
        open_source();
    else
        advance();
}

void QuizScene::open_source() {
    const bank::Deck* deck = ctx_.services.session().bank().deck_of(round_.current().item_id);
    if (round_.current().quote.empty() || !deck || !deck->has_source()) return;
    ctx_.audio.play(Sfx::Open);
    ctx_.stack.push(make_source_reader_for(ctx_, round_.current().item_id));
}

void QuizScene::elapse(float seconds) {
    if (round_.phase() == round::RoundPhase::Asking) question_seconds_ += seconds;
}

void QuizScene::update(float dt) {
    if (round_.phase() == round::RoundPhase::Asking) question_seconds_ += dt;
    if (timer_running()) {
        const auto elapsed = static_cast<std::int64_t>(std::lround(question_seconds_ * 1000.0));
        const double left = round_.time_left_fraction(elapsed).value_or(1.0);
        timer_bar_.snap(static_cast<float>(left));
        timer_pacer_.advance(dt);
        if (left <= 0.0) {
            time_out();
            timer_pacer_.request();
        }
    }
    answers_.update(dt, ctx_.theme);
    next_.update(dt, ctx_.theme);
    progress_.update(dt, ctx_.theme);
}

void QuizScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    batch_.add(counter_);
    batch_.add(score_);
    progress_.draw(batch_, ctx_);
    batch_.add(prompt_);
    answers_.draw(batch_, ctx_);
    if (round_.phase() == round::RoundPhase::Feedback) {
        batch_.add(feedback_card_);
        batch_.add(verdict_);
        batch_.add(explanation_);
        next_.draw(batch_, ctx_);
        hints_feedback_.draw(batch_, ctx_);
    } else {
        if (timer_running()) timer_bar_.draw(batch_, ctx_);
        hints_asking_.draw(batch_, ctx_);
    }
    batch_.draw(target, ctx_);
}

namespace {

std::unique_ptr<Scene> quiz_or_notice(SceneContext& ctx, std::vector<round::DrawnItem> drawn) {
    auto& session = ctx.services.session();
    try {
        if (drawn.empty()) throw std::invalid_argument("0");
        return std::make_unique<QuizScene>(ctx, std::move(drawn), session.next_round_seed());
    } catch (const std::exception& e) {
        return std::make_unique<NoticeScene>(
            ctx, std::vector<std::string>{ctx.strings.format(TextId::QuizNoQuestions, {e.what()})});
    }
}

}  // namespace

std::unique_ptr<Scene> make_quiz(SceneContext& ctx) {
    return quiz_or_notice(ctx, ctx.services.session().draw_quiz(10));
}

std::unique_ptr<Scene> make_quiz_of(SceneContext& ctx, const std::vector<std::string>& item_ids) {
    return quiz_or_notice(ctx, ctx.services.session().draw_items(item_ids));
}

}  // namespace chronik::ui
