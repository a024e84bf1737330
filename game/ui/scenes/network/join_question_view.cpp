#include "ui/scenes/network/join_question_view.hpp"

#include "round/answer_rating.hpp"
#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr float kAnswersY = 256.f, kAnswerH = 120.f, kAnswerGap = 16.f, kListGap = 8.f;
// Longer choices do not fit half the width at a readable size.
constexpr std::size_t kGridMaxChars = 30;
constexpr float kCardY = 532.f, kCardH = 122.f;

}  // namespace

const std::string& rejection_text(const StringTable& s, Rejection reason) {
    switch (reason) {
        case Rejection::TooLate:
            return text(s, JoinText::RejectedTooLate);
        case Rejection::Paused:
            return text(s, JoinText::RejectedPaused);
        case Rejection::AlreadyAnswered:
            return text(s, JoinText::RejectedAlreadyAnswered);
        case Rejection::BadOrder:
            return text(s, JoinText::RejectedBadOrder);
        case Rejection::NotOpen:
            break;
    }
    return text(s, JoinText::RejectedNotOpen);
}

JoinQuestionView::JoinQuestionView(const UiContext& ui)
    : ui_(ui), timer_bar_({kLeft, 70, kWidth, 8}), board_(ui) {
    const auto& t = ui.theme;
    prompt_ = TextBlock("", {kLeft, 92, kWidth, 150},
                        {FontFace::SansBold, t.type.h2 + 4, t.type.small, t.palette.text,
                         Align::Left, VAlign::Middle, 1.2f, true});
    status_ = TextBlock("", {kLeft + 8, kCardY + 14, 820, 40},
                        {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text, Align::Left,
                         VAlign::Middle, 1.f, false});
    detail_ = TextBlock("", {kLeft + 8, kCardY + 58, 820, 58},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                         Align::Left, VAlign::Top, 1.2f, true});
    countdown_ = TextBlock("", {kLeft + kWidth - 220, kCardY + 8, 200, kCardH - 16},
                           {FontFace::SansBold, t.type.h1 + 16, t.type.h2, t.palette.accent,
                            Align::Right, VAlign::Middle, 1.f, false});
    card_.set_geometry({kLeft - 8, kCardY, kWidth + 16, kCardH}, t.spacing.radius, 1.f);
    card_.set_fill(t.palette.surface);
    card_.set_outline(t.palette.border);
}

void JoinQuestionView::show(const JoinView& view) {
    const auto& q = *view.question;
    prompt_.set_text(q.prompt);
    // A timeline's prompt is one line: its cards need the room below.
    timeline_ = q.timeline;
    prompt_.set_box({kLeft, 92, kWidth, timeline_ ? 56.f : 150.f});
    answers_.clear();
    if (timeline_) {
        board_.show(q);
        shown_seconds_ = -1;
        countdown_.set_text("");
        timer_bar_.snap(1.f);
        refresh(view);
        return;
    }
    // Big buttons two by two; choices too long for half the width get a row each instead (a
    // label shrinks to one line and must stay readable).
    bool long_choice = false;
    for (const auto& c : q.choices)
        long_choice = long_choice || round::count_characters(c) > kGridMaxChars;
    answers_ = long_choice ? ButtonGroup(Axis::Vertical) : ButtonGroup(Axis::Grid);
    const float w = (kWidth - kAnswerGap) / 2.f;
    const float row_h = (2 * kAnswerH + kAnswerGap - 3 * kListGap) / 4.f;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const auto n = static_cast<float>(i);
        const sf::FloatRect box =
            long_choice
                ? sf::FloatRect{kLeft, kAnswersY + n * (row_h + kListGap), kWidth, row_h}
                : sf::FloatRect{kLeft + static_cast<float>(i % 2) * (w + kAnswerGap),
                                kAnswersY + static_cast<float>(i / 2) * (kAnswerH + kAnswerGap), w,
                                kAnswerH};
        const std::string hint = keys_.answer_badge(i, language_);
        answers_.add(Button(q.choices[i], box, ButtonKind::Secondary, hint))
            .set_label_align(Align::Left);
    }
    answers_.set_focus(0);
    shown_seconds_ = -1;
    countdown_.set_text("");
    timer_bar_.snap(1.f);
    refresh(view);
}

void JoinQuestionView::refresh(const JoinView& view) {
    const auto& q = *view.question;
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    std::string detail;
    if (q.phase == QuestionPhase::Reading) {
        status_.set_text(text(s, JoinText::Reading));
        status_.set_color(t.palette.text_muted);
    } else if (q.phase == QuestionPhase::Locked || q.chosen || !q.order.empty()) {
        // Sent is as good as locked: the game sends one answer per question; a rejection
        // (too late, paused) unlocks it again with the reason.
        status_.set_text(text(s, JoinText::Locked));
        status_.set_color(t.palette.accent);
    } else {
        status_.set_text(text(s, JoinText::AnswerNow));
        status_.set_color(t.palette.text);
    }
    if (q.rejected) detail = rejection_text(s, *q.rejected);
    if (view.paused) detail = text(s, JoinText::Paused);
    if (!q.time_limit_ms && q.phase != QuestionPhase::Reading)
        detail.append(detail.empty() ? "" : " · ").append(text(s, JoinText::NoTimer));
    detail_.set_text(detail);
    if (timeline_) {
        board_.refresh(q);
        return;
    }
    // Once answered the choices are locked: the own choice keeps its ring, the others dim.
    const bool open = q.phase == QuestionPhase::Open && !q.chosen;
    answers_.show_focus(open || q.chosen.has_value());
    for (std::size_t i = 0; i < answers_.size(); ++i) {
        ButtonMark mark = ButtonMark::None;
        if (q.chosen && *q.chosen != i) mark = ButtonMark::Dimmed;
        if (q.phase == QuestionPhase::Reading) mark = ButtonMark::Dimmed;
        answers_.at(i).set_mark(mark);
    }
    if (q.chosen) answers_.set_focus(*q.chosen);
}

std::optional<bool> JoinQuestionView::reveal(const JoinView& view) {
    const auto& q = *view.question;
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    countdown_.set_text("");
    timer_bar_.snap(0.f);
    answers_.show_focus(false);
    if (timeline_ && q.phase != QuestionPhase::Skipped) return reveal_timeline(view);
    if (q.phase == QuestionPhase::Skipped || !q.correct_choice ||
        *q.correct_choice >= q.choices.size()) {
        for (std::size_t i = 0; i < answers_.size(); ++i)
            answers_.at(i).set_mark(ButtonMark::Dimmed);
        status_.set_text(text(s, JoinText::Skipped));
        status_.set_color(t.palette.text_muted);
        detail_.set_text("");
        return std::nullopt;
    }
    const std::size_t correct = *q.correct_choice;
    for (std::size_t i = 0; i < answers_.size(); ++i) {
        ButtonMark mark = ButtonMark::Dimmed;
        if (i == correct)
            mark = ButtonMark::Correct;
        else if (q.chosen && *q.chosen == i)
            mark = ButtonMark::Wrong;
        answers_.at(i).set_mark(mark);
    }
    const bool right = q.chosen && *q.chosen == correct;
    if (right) {
        status_.set_text(text(s, JoinText::RevealCorrect));
        status_.set_color(t.palette.success);
    } else {
        status_.set_text(format(s, q.chosen ? JoinText::RevealWrong : JoinText::RevealNoAnswer,
                                {q.choices[correct]}));
        status_.set_color(t.palette.danger);
    }
    std::string detail =
        format(s, JoinText::RevealPoints, {std::to_string(q.points), std::to_string(view.score)});
    if (right && view.streak > 1) {
        detail.append(" · ");
        detail.append(format(s, JoinText::RevealStreak, {std::to_string(view.streak)}));
    }
    detail_.set_text(detail);
    return right;
}

std::optional<bool> JoinQuestionView::reveal_timeline(const JoinView& view) {
    const auto& q = *view.question;
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    board_.reveal(q);
    const bool all = q.pairs_ordered && *q.pairs_ordered == q.pairs_total;
    if (!q.pairs_ordered) {
        status_.set_text(text(s, JoinText::TimelineRevealNone));
        status_.set_color(t.palette.danger);
    } else if (all) {
        status_.set_text(format(s, JoinText::TimelineRevealAll, {std::to_string(q.pairs_total)}));
        status_.set_color(t.palette.success);
    } else {
        status_.set_text(format(s, JoinText::TimelineRevealSome,
                                {std::to_string(*q.pairs_ordered), std::to_string(q.pairs_total)}));
        status_.set_color(*q.pairs_ordered * 2 >= q.pairs_total ? t.palette.focus
                                                                : t.palette.danger);
    }
    std::string detail =
        format(s, JoinText::RevealPoints, {std::to_string(q.points), std::to_string(view.score)});
    if (all && view.streak > 1) {
        detail.append(" · ");
        detail.append(format(s, JoinText::RevealStreak, {std::to_string(view.streak)}));
    }
    detail_.set_text(detail);
    return all;
}

void JoinQuestionView::add_note(const std::string& note) {
    if (note.empty()) return;
    detail_.set_text(detail_.utf8() + "\n" + note);
}

void JoinQuestionView::tick(const JoinView& view, std::optional<std::int64_t> left_ms) {
    const auto& q = *view.question;
    if (!left_ms || !q.time_limit_ms) return;
    timer_bar_.snap(static_cast<float>(*left_ms) / static_cast<float>(*q.time_limit_ms));
    const long seconds = static_cast<long>((*left_ms + 999) / 1000);
    if (seconds == shown_seconds_) return;
    shown_seconds_ = seconds;
    countdown_.set_text(format(ui_.strings, JoinText::SecondsLeft, {std::to_string(seconds)}));
    countdown_.set_color(seconds <= 5 ? ui_.theme.palette.danger : ui_.theme.palette.accent);
}

std::optional<std::size_t> JoinQuestionView::handle(const sf::Event& e, const UiContext& ui) {
    if (e.type == sf::Event::MouseWheelScrolled && !timeline_) {
        prompt_.ensure_layout(ui);
        prompt_.scroll_lines(e.mouseWheelScroll.delta > 0 ? -1 : 1);
        return std::nullopt;
    }
    return answers_.handle(e, ui);
}

void JoinQuestionView::update(float dt) {
    answers_.update(dt, ui_.theme);
    if (timeline_) board_.update(dt);
    timer_bar_.update(dt, ui_.theme);
}

bool JoinQuestionView::animating(bool open) const {
    return (open && timer_bar_.target() > 0.f) || answers_.animating() || timer_bar_.animating() ||
           (timeline_ && board_.animating());
}

void JoinQuestionView::draw(sf::RenderTarget& target, const JoinView& view, bool open) const {
    const auto& q = view.question;
    if (open && q && q->time_limit_ms && q->phase != QuestionPhase::Reading)
        timer_bar_.draw(target, ui_);
    prompt_.draw(target, ui_);
    if (timeline_)
        board_.draw(target);
    else
        answers_.draw(target, ui_);
    target.draw(card_);
    status_.draw(target, ui_);
    detail_.draw(target, ui_);
    if (open) countdown_.draw(target, ui_);
}

}  // namespace chronik::ui
