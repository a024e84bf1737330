#include "ui/scenes/results_scene.hpp"

#include <array>
#include <cmath>

#include "ui/scenes/quiz_scene.hpp"
#include "ui/scenes/timeline_scene.hpp"

namespace chronik::ui {

std::string format_duration(std::int64_t ms) {
    const std::int64_t s = std::max<std::int64_t>(0, (ms + 500) / 1000);
    const auto sec = s % 60;
    return std::to_string(s / 60) + (sec < 10 ? ":0" : ":") + std::to_string(sec);
}

ResultsScene::ResultsScene(SceneContext& ctx, const round::MultipleChoiceRound& finished)
    : Scene(ctx) {
    const auto summary = finished.summary();
    missed_ids_ = summary.missed_item_ids;
    kind_ = RoundKind::MultipleChoice;
    std::string lines;
    for (const auto& id : missed_ids_) {
        for (const auto& q : finished.questions()) {
            if (q.item_id != id) continue;
            if (!lines.empty()) lines += "\n";
            lines += "• ";
            lines += ctx.strings.format(TextId::ResultsAnswerWas,
                                        {q.prompt, q.choices[q.correct_choice]});
        }
    }
    build({{std::to_string(summary.score), TextId::ResultsScore},
           {std::to_string(static_cast<int>(std::lround(summary.accuracy * 100))) + " %",
            TextId::ResultsAccuracy},
           {format_duration(summary.total_time_ms), TextId::ResultsTime},
           {std::to_string(summary.best_streak), TextId::ResultsBestStreak}},
          std::move(lines), TextId::ResultsPractiseMissed);
}

ResultsScene::ResultsScene(SceneContext& ctx, const round::TimelineResult& finished) : Scene(ctx) {
    const auto summary = finished.summary();
    missed_ids_ = summary.missed_item_ids;
    kind_ = RoundKind::Timeline;
    const auto language = ctx.strings.language() == Language::German ? bank::DateLanguage::German
                                                                     : bank::DateLanguage::English;
    std::string lines;
    for (const auto& e : finished.events) {
        if (e.rating == Rating::Good) continue;
        if (!lines.empty()) lines += "\n";
        lines += "• ";
        lines += ctx.strings.format(TextId::ResultsAnswerWas,
                                    {e.text, bank::format_date(e.date, language)});
    }
    build({{std::to_string(finished.pairs.percent()) + " %", TextId::TimelinePairScore},
           {std::to_string(finished.pairs.ordered) + " / " + std::to_string(finished.pairs.total),
            TextId::TimelinePairsOrdered},
           {format_duration(summary.total_time_ms), TextId::ResultsTime},
           {std::to_string(summary.correct) + " / " + std::to_string(summary.item_count),
            TextId::TimelineInRun}},
          std::move(lines), TextId::TimelineAgain);
}

void ResultsScene::build(const std::vector<std::pair<std::string, TextId>>& figures,
                         std::string lines, TextId again_label) {
    auto& ctx = ctx_;
    const auto& t = ctx.theme;
    heading_ = TextBlock(ctx.text(TextId::ResultsHeading), {120, 48, 1040, 60},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Left,
                          VAlign::Middle, 1.f, false});
    const float gap = 20.f, w = (1040.f - 3 * gap) / 4;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const float x = 120.f + static_cast<float>(i) * (w + gap);
        Stat s;
        s.card.set_geometry({x, 128, w, 112}, t.spacing.radius, 1.f);
        s.card.set_fill(t.palette.surface);
        s.card.set_outline(t.palette.border);
        s.value = TextBlock(
            figures[i].first, {x + 22, 140, w - 44, 54},
            {FontFace::SansBold, t.type.h1, t.type.h2, i == 0 ? t.palette.accent : t.palette.text,
             Align::Left, VAlign::Middle, 1.f, false});
        s.label = TextBlock(ctx.text(figures[i].second), {x + 22, 196, w - 44, 30},
                            {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                             Align::Left, VAlign::Middle, 1.f, false});
        stats_.push_back(std::move(s));
    }
    missed_card_.set_geometry({104, 258, 1072, 310}, t.spacing.radius, 1.f);
    missed_card_.set_fill(t.palette.surface);
    missed_card_.set_outline(t.palette.border);
    missed_heading_ = TextBlock(ctx.text(TextId::ResultsMissed), {124, 268, 1030, 34},
                                {FontFace::SansBold, t.type.body, t.type.small, t.palette.text,
                                 Align::Left, VAlign::Middle, 1.f, false});
    if (lines.empty()) lines = ctx.text(TextId::ResultsNoneMissed);
    missed_ = TextBlock(lines, {124, 306, 1030, 250},
                        {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                         Align::Left, VAlign::Top, 1.25f, true});
    // A timeline can always be dealt again; a quiz of the missed ones only when some were missed.
    const bool again = kind_ == RoundKind::Timeline || !missed_ids_.empty();
    if (again)
        buttons_.add(Button(ctx.text(again_label), {120, 584, 420, 60}, ButtonKind::Primary));
    buttons_.add(Button(ctx.text(TextId::ResultsHome), {again ? 560.f : 120.f, 584, 300, 60},
                        again ? ButtonKind::Secondary : ButtonKind::Primary));
    has_again_ = again;
    hints_.set({{"← →", ctx.text(TextId::HintNavigate)},
                {"Enter", ctx.text(TextId::HintSelect)},
                {"↑ ↓", ctx.text(TextId::HintScroll)},
                {"Esc", ctx.text(TextId::ResultsHome)}});
}

void ResultsScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.stack.pop();  // back to the home screen below
        return;
    }
    if (is_key(e, sf::Keyboard::Up) || is_key(e, sf::Keyboard::Down) ||
        e.type == sf::Event::MouseWheelScrolled) {
        missed_.ensure_layout(ctx_);
        const bool up = e.type == sf::Event::KeyPressed ? e.key.code == sf::Keyboard::Up
                                                        : e.mouseWheelScroll.delta > 0;
        missed_.scroll_lines(up ? -1 : 1);
        return;
    }
    const auto hit = buttons_.handle(e, ctx_);
    if (!hit) return;
    if (has_again_ && *hit == 0)
        ctx_.stack.replace_top(kind_ == RoundKind::Timeline ? make_timeline(ctx_)
                                                            : make_quiz_of(ctx_, missed_ids_));
    else
        ctx_.stack.pop();
}

void ResultsScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    for (const auto& s : stats_) {
        target.draw(s.card);
        s.value.draw(target, ctx_);
        s.label.draw(target, ctx_);
    }
    target.draw(missed_card_);
    missed_heading_.draw(target, ctx_);
    missed_.draw(target, ctx_);
    buttons_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

}  // namespace chronik::ui
