#include "ui/scenes/network/host_round_view.hpp"

#include <algorithm>

#include "ui/text/network_host_strings.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;

constexpr float kLeft = 120.f, kWidth = 1040.f;
constexpr float kCardW = 510.f, kCardH = 160.f, kCardGap = 20.f, kCardsY = 268.f;

// The reveal's line on the right: how many were right, and how many did not answer.
std::string reveal_detail(const StringTable& strings, const classroom::QuestionResult& result) {
    std::string detail =
        format(strings, T::RevealCorrectOf,
               {std::to_string(result.correct_count()), std::to_string(result.answers.size())});
    if (result.no_answer > 0) {
        detail.append(" · ");
        detail.append(format(strings, T::RevealNoAnswer, {std::to_string(result.no_answer)}));
    }
    return detail;
}

}  // namespace

HostRoundView::HostRoundView(const UiContext& ui)
    : ui_(ui), timer_({kLeft, 66, kWidth, 10}), timeline_(ui) {
    const auto& t = ui.theme;
    counter_ = TextBlock("", {kLeft, 20, 400, 36},
                         {FontFace::SansBold, t.type.body, t.type.caption, t.palette.text_muted,
                          Align::Left, VAlign::Middle, 1.f, false});
    status_ = TextBlock("", {kLeft + 400, 20, kWidth - 400, 36},
                        {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text, Align::Right,
                         VAlign::Middle, 1.f, false});
    // Under the choices, where the reveal later says what was right.
    answered_ = TextBlock("", {kLeft, 612, kWidth, 44},
                          {FontFace::SansBold, t.type.h2, t.type.small, t.palette.accent,
                           Align::Center, VAlign::Middle, 1.f, false});
    // Read from the back of the room: large, shrinking for long prompts.
    prompt_ = TextBlock("", {kLeft, 90, kWidth, 164},
                        {FontFace::SansBold, t.type.h1, t.type.body, t.palette.text, Align::Left,
                         VAlign::Middle, 1.18f, true});
    verdict_ = TextBlock("", {kLeft, 612, 700, 42},
                         {FontFace::SansBold, t.type.h2, t.type.small, t.palette.success,
                          Align::Left, VAlign::Middle, 1.f, false});
    detail_ = TextBlock("", {kLeft + 700, 612, kWidth - 700, 42},
                        {FontFace::SansBold, t.type.body, t.type.caption, t.palette.text_muted,
                         Align::Right, VAlign::Middle, 1.f, false});
    pause_banner_.set_geometry({440, 300, 400, 110}, t.spacing.radius + 4, 2.f);
    pause_banner_.set_fill(t.palette.surface_raised);
    pause_banner_.set_outline(t.palette.accent);
    pause_text_ = TextBlock(text(ui.strings, T::Paused), {440, 300, 400, 110},
                            {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text,
                             Align::Center, VAlign::Middle, 1.f, false});
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        auto& c = cards_[i];
        const float x = kLeft + static_cast<float>(i % 2) * (kCardW + kCardGap);
        const float y = kCardsY + static_cast<float>(i / 2) * (kCardH + kCardGap);
        c.box = {x, y, kCardW, kCardH};
        c.badge.set_geometry({x + 16, y + 16, 44, 44}, 10.f);
        c.key = TextBlock(std::to_string(i + 1), {x + 16, y + 16, 44, 44},
                          {FontFace::SansBold, t.type.h2, t.type.h2, t.palette.text_on_accent,
                           Align::Center, VAlign::Middle, 1.f, false});
        c.label = TextBlock("", {x + 76, y + 10, kCardW - 92, 100},
                            {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                             Align::Left, VAlign::Middle, 1.15f, true});
        c.track.set_geometry({x + 76, y + 120, kCardW - 170, 22}, 8.f);
        c.track.set_fill(t.palette.surface_pressed);
        c.count = TextBlock("", {x + kCardW - 88, y + 112, 76, 38},
                            {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                             Align::Right, VAlign::Middle, 1.f, false});
    }
}

void HostRoundView::layout_prompt(const classroom::ClassroomQuestion& q) {
    timeline_shown_ = q.is_timeline();
    prompt_.set_box({kLeft, 90, kWidth, timeline_shown_ ? 66.f : 164.f});
    prompt_.set_text(q.prompt);
    if (timeline_shown_) timeline_.show_question(q);
}

void HostRoundView::layout_choices(const classroom::ClassroomQuestion& q) {
    const auto& t = ui_.theme;
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        auto& c = cards_[i];
        c.used = i < q.choices.size() && !q.is_timeline();
        if (!c.used) continue;
        c.label.set_text(q.choices[i]);
        c.label.set_color(t.palette.text);
        c.label.set_box({c.box.left + 76, c.box.top + 10, c.box.width - 92, c.box.height - 20});
        c.bg.set_geometry(c.box, t.spacing.radius, 1.5f);
        c.bg.set_fill(t.palette.surface);
        c.bg.set_outline(t.palette.border);
        c.badge.set_fill(t.palette.accent);
        c.count.set_text("");
    }
}

void HostRoundView::show_question(const HostSession& session) {
    const auto& g = session.game();
    revealed_ = false;
    counter_.set_text(
        format(ui_.strings, T::QuestionOf,
               {std::to_string(g.question_index() + 1), std::to_string(g.question_count())}));
    layout_prompt(g.current_question());
    layout_choices(g.current_question());
    verdict_.set_text("");
    detail_.set_text("");
    shown_seconds_ = -1;
    shown_status_ = -1;
    shown_answered_ = shown_players_ = ~std::size_t{0};
    timer_.snap(1.f);
    tick(session);
}

void HostRoundView::show_reveal(const HostSession& session,
                                const classroom::QuestionResult& result) {
    const auto& g = session.game();
    const auto& q = g.questions().at(result.question);
    const auto& t = ui_.theme;
    revealed_ = true;
    counter_.set_text(
        format(ui_.strings, T::QuestionOf,
               {std::to_string(result.question + 1), std::to_string(g.question_count())}));
    layout_prompt(q);
    layout_choices(q);
    status_.set_text("");
    answered_.set_text("");
    if (timeline_shown_ && !result.skipped) {
        show_timeline_reveal(session, result);
        return;
    }
    if (result.skipped) {
        verdict_.set_text(text(ui_.strings, T::Skipped));
        verdict_.set_color(t.palette.text_muted);
        detail_.set_text("");
        for (auto& c : cards_)
            c.label.set_color(t.palette.text_muted);
        if (timeline_shown_) timeline_.show_reveal(g, q, result);
        grow_.snap(0.f);
        return;
    }
    std::size_t most = 1;
    for (const auto n : result.choice_counts)
        most = std::max(most, n);
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        auto& c = cards_[i];
        if (!c.used) continue;
        const std::size_t n = i < result.choice_counts.size() ? result.choice_counts[i] : 0;
        shares_[i] = static_cast<float>(n) / static_cast<float>(most);
        c.count.set_text(std::to_string(n));
        const bool right = i == q.correct_choice;
        // Colour, an icon and words: the right one is never told by colour alone.
        c.bg.set_fill(right ? mix(t.palette.surface, t.palette.success, 0.22f) : t.palette.surface);
        c.bg.set_outline(right ? t.palette.success : t.palette.border);
        c.badge.set_fill(right ? t.palette.success : t.palette.text_muted);
        // Room for the distribution bar below the text.
        c.label.set_box({c.box.left + 76, c.box.top + 10, c.box.width - 92, 100});
        c.label.set_text(right ? "✓ " + q.choices[i] : q.choices[i]);
        c.label.set_color(right ? t.palette.text : t.palette.text_muted);
        c.fill.set_fill(right ? t.palette.success : t.palette.text_muted);
    }
    verdict_.set_text(format(ui_.strings, T::RevealCorrect, {q.choices[q.correct_choice]}));
    verdict_.set_color(t.palette.success);
    detail_.set_text(reveal_detail(ui_.strings, result));
    grow_.snap(0.f);
    grow_.set_target(1.f);
}

void HostRoundView::show_timeline_reveal(const HostSession& session,
                                         const classroom::QuestionResult& result) {
    const auto& g = session.game();
    const auto& q = g.questions().at(result.question);
    const auto& t = ui_.theme;
    timeline_.show_reveal(g, q, result);
    // The class's share of pairs in order, over those who sent an order.
    std::size_t ordered = 0, total = 0;
    for (const auto& a : result.answers) {
        if (!a.pairs) continue;
        ordered += a.pairs->ordered;
        total += a.pairs->total;
    }
    verdict_.set_text(total == 0
                          ? std::string()
                          : format(ui_.strings, T::TimelinePairsSummary,
                                   {std::to_string(round::PairScore{ordered, total}.percent())}));
    verdict_.set_color(t.palette.success);
    detail_.set_text(reveal_detail(ui_.strings, result));
    grow_.snap(0.f);
}

bool HostRoundView::tick(const HostSession& session) {
    timer_running_ = false;
    if (revealed_) return false;
    const auto& g = session.game();
    const bool reading = g.phase() == classroom::Phase::Reading;
    const auto left = session.time_left_ms();
    const std::int64_t seconds = left ? (*left + 999) / 1000 : -2;
    const int status = g.paused() ? 2 : reading ? 1 : 0;
    bool changed = g.paused() != paused_shown_;
    if (seconds != shown_seconds_ || status != shown_status_) {
        shown_seconds_ = seconds;
        shown_status_ = status;
        changed = true;
        if (g.paused())
            status_.set_text(text(ui_.strings, T::Paused));
        else if (reading)
            status_.set_text(text(ui_.strings, T::Reading));
        else if (left)
            status_.set_text(format(ui_.strings, T::SecondsLeft, {std::to_string(seconds)}));
        else
            status_.set_text(text(ui_.strings, T::NoTimer));
    }
    // The bar runs down over the reading pause, then over the answer time.
    const auto total =
        reading ? g.settings().reading_ms : g.current_scoring().time_limit_ms.value_or(0);
    if (left && total > 0)
        timer_.snap(static_cast<float>(*left) / static_cast<float>(total));
    else
        timer_.snap(reading || !left ? 1.f : 0.f);
    timer_running_ = left && total > 0 && !g.paused();
    const std::size_t players = g.connected_count();
    if (g.answered_count() != shown_answered_ || players != shown_players_) {
        shown_answered_ = g.answered_count();
        shown_players_ = players;
        changed = true;
        answered_.set_text(format(ui_.strings, T::AnsweredOf,
                                  {std::to_string(shown_answered_), std::to_string(players)}));
    }
    paused_shown_ = g.paused();
    return changed;
}

void HostRoundView::update(float dt) {
    grow_.update(dt, ui_.theme.motion == Motion::Reduced ? 0.f : 0.7f);
    if (!revealed_) return;
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        auto& c = cards_[i];
        if (!c.used) continue;
        const auto track = c.track.rect();
        const float w = std::max(track.height, track.width * shares_[i] * grow_.eased());
        if (shares_[i] > 0.f) c.fill.set_geometry({track.left, track.top, w, track.height}, 8.f);
    }
}

void HostRoundView::draw(sf::RenderTarget& target) const {
    counter_.draw(target, ui_);
    status_.draw(target, ui_);
    answered_.draw(target, ui_);
    if (!revealed_) timer_.draw(target, ui_);
    prompt_.draw(target, ui_);
    if (timeline_shown_) timeline_.draw(target);
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        const auto& c = cards_[i];
        if (!c.used) continue;
        target.draw(c.bg);
        target.draw(c.badge);
        c.key.draw(target, ui_);
        c.label.draw(target, ui_);
        if (revealed_ && !verdict_.utf8().empty() && !c.count.utf8().empty()) {
            target.draw(c.track);
            if (shares_[i] > 0.f) target.draw(c.fill);
            c.count.draw(target, ui_);
        }
    }
    verdict_.draw(target, ui_);
    detail_.draw(target, ui_);
    if (paused_shown_ && !revealed_) {
        target.draw(pause_banner_);
        pause_text_.draw(target, ui_);
    }
}

}  // namespace chronik::ui
