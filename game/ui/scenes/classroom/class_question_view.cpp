#include "ui/scenes/classroom/class_question_view.hpp"

#include "ui/scenes/classroom/class_layout.hpp"
#include "ui/scenes/classroom/team_look.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {
namespace {

using namespace class_layout;
using classroom::Stage;

constexpr float kChoiceY = 272.f, kChoiceH = 118.f, kChoiceGap = 14.f;
// The team key badges at the foot of each answer: 44 px high with a 30 px key (at 720p), so a
// key reads from the back of a classroom (about 3x the earlier 16 px grey text).
constexpr float kBadgeH = 44.f, kBadgeW = 74.f, kBadgeGap = 8.f, kSymbolSize = 24.f;

}  // namespace

ClassQuestionView::ClassQuestionView(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    prompt_ = TextBlock("", {kLeft, 92, kWidth, 116},
                        style(FontFace::SansBold, t.type.h1, t.type.body, t.palette.text,
                              Align::Left, VAlign::Middle, true));
    info_ = TextBlock("", {kLeft, 262, kWidth, 40},
                      style(FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                            Align::Center, VAlign::Middle, false));
}

void ClassQuestionView::show(const classroom::OneScreenGame& game) {
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    const auto& q = game.game().current_question();
    prompt_.set_text(q.prompt);
    const bool reading = game.stage() == Stage::Reading;
    info_.set_box({kLeft, 290, kWidth, 44});
    info_.set_color(t.palette.text_muted);
    info_.set_text(reading ? text(s, ClassText::PlayGetReady) : "");
    choices_.clear();
    const float w = (kWidth - kChoiceGap) / 2.f;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        Choice v;
        const float x = kLeft + static_cast<float>(i % 2) * (w + kChoiceGap);
        const float y = kChoiceY + static_cast<float>(i / 2) * (kChoiceH + kChoiceGap);
        v.rect = {x, y, w, kChoiceH};
        v.label = TextBlock(std::to_string(i + 1) + "   " + q.choices[i],
                            {x + 20, y + 6, w - 40, kChoiceH - kBadgeH - 18},
                            style(FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                                  Align::Left, VAlign::Middle, true));
        const float badge_y = y + kChoiceH - kBadgeH - 10;
        for (std::size_t team = 0; team < game.teams().size(); ++team) {
            KeyBadge b;
            b.team = team;
            const float bx = x + 16 + static_cast<float>(team) * (kBadgeW + kBadgeGap);
            b.box.set_geometry({bx, badge_y, kBadgeW, kBadgeH}, 8.f, 3.f);
            b.box.set_fill(t.palette.background);
            b.box.set_outline(team_colour(game.teams()[team].colour));
            b.symbol_centre = {bx + 6 + kSymbolSize / 2, badge_y + kBadgeH / 2};
            b.key = TextBlock(game.teams()[team].keys[i],
                              {bx + kSymbolSize + 10, badge_y, kBadgeW - kSymbolSize - 14, kBadgeH},
                              style(FontFace::SansBold, 30, 18, t.palette.text, Align::Center,
                                    VAlign::Middle, false));
            v.keys.push_back(std::move(b));
        }
        v.mark = TextBlock("", {x + w * 0.5f, y + kChoiceH - 34, w * 0.5f - 20, 26},
                           style(FontFace::SansBold, t.type.small, 12, t.palette.text, Align::Right,
                                 VAlign::Middle, false));
        v.box.set_geometry(v.rect, t.spacing.radius, 2.f);
        v.box.set_fill(t.palette.surface);
        v.box.set_outline(t.palette.border);
        choices_.push_back(std::move(v));
    }
    // The question's own limit (a Kahoot sheet's) counts as well as the game's.
    if (!game.game().current_scoring().time_limit_ms && !reading) {
        // Where the countdown would run.
        info_.set_box({kLeft, 222, kWidth, 40});
        info_.set_text(text(s, ClassText::PlayNoTimer));
    }
}

bool ClassQuestionView::reveal(const classroom::OneScreenGame& game) {
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    const auto& q = game.game().current_question();
    const auto& result = game.game().results().back();
    for (std::size_t i = 0; i < choices_.size(); ++i) {
        auto& v = choices_[i];
        const bool right = i == q.correct_choice;
        v.box.set_fill(right ? mix(t.palette.surface, t.palette.success, 0.28f)
                             : mix(t.palette.surface, t.palette.background, 0.5f));
        v.box.set_outline(right ? t.palette.success : t.palette.border);
        v.mark.set_text(right ? "✓ " + text(s, ClassText::PlayRight) : "");
        v.mark.set_color(t.palette.success);
        v.label.set_color(right ? t.palette.text : t.palette.text_muted);
        v.keys.clear();
    }
    info_.set_box({kLeft, 228, kWidth, 40});
    info_.set_color(t.palette.success);
    info_.set_text("✓ " + format(s, ClassText::PlayCorrectAnswer, {q.choices[q.correct_choice]}));
    bool anyone_right = false;
    for (const auto& a : result.answers)
        anyone_right = anyone_right || a.correct;
    return anyone_right;
}

void ClassQuestionView::draw(sf::RenderTarget& target, const classroom::OneScreenGame& game) const {
    const auto stage = game.stage();
    prompt_.draw(target, ui_);
    if (stage != Stage::Reading) {
        for (const auto& c : choices_) {
            target.draw(c.box);
            c.label.draw(target, ui_);
            for (const auto& b : c.keys) {
                target.draw(b.box);
                draw_team_symbol(target, game.teams()[b.team], b.symbol_centre, kSymbolSize);
                b.key.draw(target, ui_);
            }
            c.mark.draw(target, ui_);
        }
    }
    if (stage == Stage::Reveal) {
        // Each team's symbol inside the answer it chose.
        const auto& result = game.game().results().back();
        std::vector<int> placed(choices_.size(), 0);
        for (const auto& a : result.answers) {
            if (!a.choice || *a.choice >= choices_.size()) continue;
            std::size_t team = 0;
            for (std::size_t i = 0; i < game.teams().size(); ++i)
                if (game.player_of(i) == a.player) team = i;
            const auto& r = choices_[*a.choice].rect;
            const float x = r.left + 36 + static_cast<float>(placed[*a.choice]++) * 38.f;
            draw_team_symbol(target, game.teams()[team], {x, r.top + r.height - 21}, 30.f);
        }
    }
    info_.draw(target, ui_);
}

}  // namespace chronik::ui
