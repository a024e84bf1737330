#include "ui/scenes/classroom/class_team_strip.hpp"

#include <string>

#include "ui/scenes/classroom/class_layout.hpp"
#include "ui/scenes/classroom/team_look.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {
namespace {

using namespace class_layout;
using classroom::Stage;

constexpr float kStripY = 540.f, kStripH = 104.f, kStripGap = 12.f;

}  // namespace

ClassTeamStrip::ClassTeamStrip(const UiContext& ui, const classroom::OneScreenGame& game)
    : ui_(ui) {
    const auto& t = ui.theme;
    const auto& p = t.palette;
    const auto n = game.teams().size();
    const float w = (kWidth - kStripGap * static_cast<float>(n - 1)) / static_cast<float>(n);
    for (std::size_t i = 0; i < n; ++i) {
        Card v;
        v.rect = {kLeft + static_cast<float>(i) * (w + kStripGap), kStripY, w, kStripH};
        v.name = TextBlock(
            game.teams()[i].name, {v.rect.left + 64, v.rect.top + 12, w - 76, 36},
            style(FontFace::SansBold, t.type.body, 13, p.text, Align::Left, VAlign::Middle, false));
        v.state = TextBlock("", {v.rect.left + 64, v.rect.top + 50, w - 72, 44},
                            style(FontFace::SansBold, t.type.body, 10, p.text_muted, Align::Left,
                                  VAlign::Middle, true));
        v.card.set_geometry(v.rect, t.spacing.radius, 3.f);
        cards_.push_back(std::move(v));
    }
}

void ClassTeamStrip::refresh(const classroom::OneScreenGame& game) {
    const Shown shown{game.stage(),
                      game.game().answered_count(),
                      game.game().results().size(),
                      game.turns().size(),
                      game.turn_team(),
                      game.slot_number()};
    if (shown_ && *shown_ == shown) return;
    shown_ = shown;
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    const auto& results = game.game().results();
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        auto& v = cards_[i];
        const auto colour = team_colour(game.teams()[i].colour);
        v.card.set_outline(colour);
        v.card.set_fill(t.palette.surface);
        std::string state;
        sf::Color state_colour = t.palette.text_muted;
        const auto* player = game.game().player(game.player_of(i));
        const auto points = player ? player->score.points : 0;
        switch (shown.stage) {
            case Stage::Reading:
                state = format(s, ClassText::PlayPointsOf, {std::to_string(points)});
                break;
            case Stage::Answering:
                if (game.has_answered(i)) {
                    state = "■ " + text(s, ClassText::PlayLocked);
                    state_colour = t.palette.text;
                    v.card.set_fill(mix(t.palette.surface, colour, 0.35f));
                } else {
                    state = text(s, ClassText::PlayWaiting);
                }
                break;
            case Stage::Reveal: {
                if (results.empty()) break;
                for (const auto& a : results.back().answers) {
                    if (a.player != game.player_of(i)) continue;
                    if (!a.choice) {
                        state = "– " + text(s, ClassText::PlayNoAnswer);
                    } else if (a.correct) {
                        state =
                            "✓ " + std::to_string(*a.choice + 1) + "  " +
                            format(s, ClassText::PlayPoints, {std::to_string(a.award.gained())});
                        state_colour = t.palette.success;
                    } else {
                        state = "✗ " + std::to_string(*a.choice + 1) + "  " +
                                text(s, ClassText::PlayWrong);
                        state_colour = t.palette.danger;
                    }
                }
                break;
            }
            case Stage::Turn:
            case Stage::TurnResult:
                state = format(s, ClassText::PlayPointsOf, {std::to_string(points)});
                if (i == game.turn_team()) {
                    v.card.set_fill(mix(t.palette.surface, colour, 0.35f));
                    state_colour = t.palette.text;
                }
                break;
            default:
                state = format(s, ClassText::PlayPointsOf, {std::to_string(points)});
                break;
        }
        v.state.set_text(state);
        v.state.set_color(state_colour);
    }
}

void ClassTeamStrip::draw(sf::RenderTarget& target, const classroom::OneScreenGame& game) const {
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        const auto& v = cards_[i];
        target.draw(v.card);
        draw_team_symbol(target, game.teams()[i], {v.rect.left + 34, v.rect.top + kStripH / 2.f},
                         44.f);
        v.name.draw(target, ui_);
        v.state.draw(target, ui_);
    }
}

}  // namespace chronik::ui
