#include "ui/scenes/network/join_standings_view.hpp"

#include "ui/text/network_join_strings.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 120.f, kWidth = 1040.f;

}  // namespace

JoinStandingsView::JoinStandingsView(const UiContext& ui) : ui_(ui) {
    rows_.resize(kMaxRows);
}

void JoinStandingsView::show(const std::vector<JoinRow>& rows, const std::string& me, float top,
                             bool compact) {
    const auto& t = ui_.theme;
    const float h = compact ? 38.f : 42.f, gap = 6.f;
    const float width = compact ? 720.f : kWidth;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        auto& r = rows_[i];
        r.used = i < rows.size();
        if (!r.used) continue;
        const float y = top + static_cast<float>(i) * (h + gap);
        const bool mine = rows[i].name == me;
        r.back.set_geometry({kLeft, y, width, h}, 8.f, mine ? 2.f : 1.f);
        r.back.set_fill(mine ? t.palette.accent_soft : t.palette.surface);
        r.back.set_outline(mine ? t.palette.accent : t.palette.border);
        const TextStyle cell{
            FontFace::SansBold, t.type.body, t.type.caption, t.palette.text, Align::Left,
            VAlign::Middle,     1.f,         false};
        auto rank_style = cell;
        rank_style.color = t.palette.accent;
        r.rank = TextBlock(std::to_string(rows[i].rank) + ".", {kLeft + 16, y, 60, h}, rank_style);
        auto name_style = cell;
        name_style.face = mine ? FontFace::SansBold : FontFace::Sans;
        std::string name = rows[i].name;
        if (mine) name.append("  ").append(text(ui_.strings, JoinText::YouMark));
        r.name = TextBlock(name, {kLeft + 84, y, width - 320, h}, name_style);
        auto score_style = cell;
        score_style.align = Align::Right;
        r.score =
            TextBlock(std::to_string(rows[i].score), {kLeft + width - 216, y, 200, h}, score_style);
    }
}

void JoinStandingsView::draw(sf::RenderTarget& target) const {
    for (const auto& r : rows_) {
        if (!r.used) continue;
        target.draw(r.back);
        r.rank.draw(target, ui_);
        r.name.draw(target, ui_);
        r.score.draw(target, ui_);
    }
}

}  // namespace chronik::ui
