#include "ui/scenes/classroom/class_timeline_view.hpp"

#include <SFML/Graphics/RectangleShape.hpp>

#include <algorithm>
#include <cmath>

#include "bank/event_date.hpp"
#include "ui/scenes/classroom/class_layout.hpp"
#include "ui/scenes/classroom/team_look.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {
namespace {

using namespace class_layout;
using classroom::Stage;

constexpr float kLineY = 372.f, kLineH = 130.f;

}  // namespace

ClassTimelineView::ClassTimelineView(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    title_ = TextBlock("", {kLeft, 86, kWidth, 44},
                       style(FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text,
                             Align::Center, VAlign::Middle, false));
    prompt_ = TextBlock(text(ui.strings, ClassText::PlayTurnPrompt), {kLeft, 262, kWidth, 28},
                        style(FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
                              Align::Center, VAlign::Middle, false));
    info_ = TextBlock("", {kLeft, 294, kWidth, 32},
                      style(FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                            Align::Center, VAlign::Middle, false));
}

void ClassTimelineView::show(const classroom::OneScreenGame& game) {
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    const auto& line = game.timeline().line();
    const auto& team = game.teams()[game.turn_team()];
    const bool result = game.stage() == Stage::TurnResult;
    title_.set_text(format(s, ClassText::PlayTurnOf, {team.name}));
    const std::size_t n = line.size();
    gap_w_ = 40.f;
    card_w_ =
        std::min(220.f, (kWidth - gap_w_ * static_cast<float>(n + 1)) / static_cast<float>(n));
    const float total = card_w_ * static_cast<float>(n) + gap_w_ * static_cast<float>(n + 1);
    line_x_ = kLeft + (kWidth - total) / 2.f;
    const std::string placed_id = result ? game.turns().back().item_id : std::string{};
    const auto date_language =
        s.language() == Language::German ? bank::DateLanguage::German : bank::DateLanguage::English;
    line_.clear();
    for (std::size_t i = 0; i < n; ++i) {
        Card c;
        const float x = line_x_ + gap_w_ + static_cast<float>(i) * (card_w_ + gap_w_);
        c.rect = {x, kLineY, card_w_, kLineH};
        c.text = TextBlock(line[i].text, {x + 8, kLineY + 8, card_w_ - 16, kLineH - 46},
                           style(FontFace::Sans, t.type.small - 2, 11, t.palette.text, Align::Left,
                                 VAlign::Top, true));
        c.date = TextBlock(bank::format_date(line[i].date, date_language),
                           {x + 8, kLineY + kLineH - 34, card_w_ - 16, 26},
                           style(FontFace::SansBold, t.type.small, 11, t.palette.accent,
                                 Align::Left, VAlign::Middle, false));
        c.box.set_geometry(c.rect, t.spacing.radius, 2.f);
        c.box.set_fill(t.palette.surface_raised);
        c.box.set_outline(t.palette.border);
        if (result && line[i].item_id == placed_id) {
            const auto& turn = game.turns().back();
            const auto colour = turn.result.correct ? t.palette.success : t.palette.danger;
            c.box.set_outline(colour);
            c.box.set_fill(mix(t.palette.surface_raised, colour, 0.25f));
            c.mark = TextBlock(turn.result.correct ? "✓ " + text(s, ClassText::PlayRight)
                                                   : "✗ " + text(s, ClassText::PlayWrong),
                               {x, kLineY - 34, card_w_, 28},
                               style(FontFace::SansBold, t.type.small, 11, colour, Align::Center,
                                     VAlign::Middle, false));
        }
        line_.push_back(std::move(c));
    }
    const sf::FloatRect cur{340, 140, 600, 92};
    current_.rect = cur;
    current_.box.set_geometry(cur, t.spacing.radius, 2.f);
    current_.box.set_fill(t.palette.surface_raised);
    current_.box.set_outline(team_colour(team.colour));
    const sf::FloatRect card_text{cur.left + 16, cur.top + 10, cur.width - 32, cur.height - 20};
    if (result) {
        const auto& turn = game.turns().back();
        if (turn.skipped) {
            info_.set_color(t.palette.text_muted);
            info_.set_text(text(s, ClassText::PlayTurnSkipped));
        } else if (turn.result.correct) {
            info_.set_color(t.palette.success);
            info_.set_text(
                "✓ " + format(s, ClassText::PlayTurnRight, {std::to_string(turn.award.gained())}));
        } else {
            info_.set_color(t.palette.danger);
            info_.set_text("✗ " + text(s, turn.timed_out ? ClassText::PlayTurnTimeUp
                                                         : ClassText::PlayTurnWrong));
        }
        current_.text = TextBlock(turn.text, card_text,
                                  style(FontFace::SansBold, t.type.body, 12, t.palette.text_muted,
                                        Align::Center, VAlign::Middle, true));
    } else {
        cursor_ = n / 2;
        // The turn's keys in full contrast: the class reads them from the back of the room.
        info_.set_color(t.palette.text);
        info_.set_text(format(s, ClassText::PlayTurnKeys,
                              {team.keys[0], team.keys[1], team.keys[2], team.keys[3]}));
        current_.text = TextBlock(game.timeline().current().text, card_text,
                                  style(FontFace::SansBold, t.type.body, 12, t.palette.text,
                                        Align::Center, VAlign::Middle, true));
    }
}

bool ClassTimelineView::move_left() {
    if (cursor_ == 0) return false;
    --cursor_;
    return true;
}

bool ClassTimelineView::move_right() {
    if (cursor_ + 1 >= line_.size() + 1) return false;  // n cards have n + 1 gaps
    ++cursor_;
    return true;
}

std::optional<std::size_t> ClassTimelineView::gap_at(sf::Vector2f p) const {
    if (p.y < kLineY - 20 || p.y > kLineY + kLineH + 20) return std::nullopt;
    const std::size_t n = line_.size();
    std::size_t best = 0;
    float best_d = 1e9f;
    for (std::size_t g = 0; g <= n; ++g) {
        const float x = line_x_ + gap_w_ / 2.f + static_cast<float>(g) * (card_w_ + gap_w_);
        const float d = std::abs(p.x - x);
        if (d < best_d) {
            best_d = d;
            best = g;
        }
    }
    return best;
}

void ClassTimelineView::draw(sf::RenderTarget& target, const classroom::OneScreenGame& game) const {
    const auto& t = ui_.theme;
    const auto& team = game.teams()[game.turn_team()];
    title_.draw(target, ui_);
    prompt_.draw(target, ui_);
    target.draw(current_.box);
    current_.text.draw(target, ui_);
    draw_team_symbol(target, team, {300, 198}, 46.f);
    for (const auto& c : line_) {
        target.draw(c.box);
        c.text.draw(target, ui_);
        c.date.draw(target, ui_);
        c.mark.draw(target, ui_);
    }
    if (game.stage() == Stage::Turn) {
        const float x = line_x_ + gap_w_ / 2.f + static_cast<float>(cursor_) * (card_w_ + gap_w_);
        sf::RectangleShape bar({8.f, kLineH + 20});
        bar.setPosition(x - 4.f, kLineY - 10);
        bar.setFillColor(team_colour(team.colour));
        target.draw(bar);
        draw_team_symbol(target, team, {x, kLineY - 28}, 28.f);
    }
    // The time axis under the cards.
    sf::RectangleShape axis({kWidth, 2.f});
    axis.setPosition(kLeft, kLineY + kLineH + 26);
    axis.setFillColor(t.palette.border);
    target.draw(axis);
    info_.draw(target, ui_);
}

}  // namespace chronik::ui
