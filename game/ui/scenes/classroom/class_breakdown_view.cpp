#include "ui/scenes/classroom/class_breakdown_view.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>

#include "classroom/class_review.hpp"
#include "classroom/timeline_review.hpp"
#include "ui/scenes/classroom/class_layout.hpp"
#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {
namespace {

using namespace class_layout;

constexpr float kDistY = 84.f, kDistH = 172.f;
constexpr std::size_t kPerPage = 3;

}  // namespace

ClassBreakdownView::ClassBreakdownView(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    page_text_ = TextBlock("", {kLeft, 612, 500, 40},
                           style(FontFace::Sans, t.type.small, 12, t.palette.text_muted,
                                 Align::Left, VAlign::Middle, false));
}

void ClassBreakdownView::add_timeline(const classroom::OneScreenGame& game, std::size_t round) {
    const auto& s = ui_.strings;
    Block b;
    std::size_t right = 0, placed = 0;
    // One row per team with every event it placed (a team places several times in a round).
    for (const auto& team : classroom::turns_by_team(game.turns(), round)) {
        right += team.right;
        placed += team.placed;
        std::string line = game.teams()[team.team].name + " (" + std::to_string(team.right) + "/" +
                           std::to_string(team.placed) + "):";
        for (std::size_t i = 0; i < team.turns.size(); ++i) {
            const auto& turn = *team.turns[i];
            line += i == 0 ? " " : "  ·  ";
            if (turn.skipped)
                line += "– " + turn.text + " (" + text(s, ClassText::PlaySkipped) + ")";
            else
                line += (turn.result.correct ? "✓ " : "✗ ") + turn.text;
        }
        b.rows.push_back(TextBlock(line, {}, {}));
        b.right.push_back(team.placed > 0 && team.right == team.placed);
        b.shares.push_back(-1.f);
    }
    if (b.rows.empty()) return;
    b.prompt = TextBlock(
        format(s, ClassText::PlayTimelineSummary,
               {std::to_string(round + 1), std::to_string(right), std::to_string(placed)}),
        {}, {});
    blocks_.push_back(std::move(b));
}

void ClassBreakdownView::show(const classroom::OneScreenGame& game) {
    const auto& s = ui_.strings;
    const auto& g = game.game();
    const auto teams = game.teams().size();
    blocks_.clear();
    // Timeline rounds stand where they were played: before their question, or after the last.
    const auto& rounds = game.plan().timeline_rounds;
    const auto review = classroom::review_questions(g);
    for (std::size_t i = 0; i < review.size(); ++i) {
        for (std::size_t r = 0; r < rounds.size(); ++r)
            if (rounds[r].before_question == i) add_timeline(game, r);
        const auto& res = review[i];
        const auto& q = g.questions()[res.question];
        Block b;
        b.prompt = TextBlock(res.prompt, {}, {});
        std::string summary = res.skipped
                                  ? text(s, ClassText::PlaySkipped)
                                  : format(s, ClassText::PlayDistributionRight,
                                           {std::to_string(res.correct), std::to_string(teams)});
        if (!res.skipped && res.no_answer > 0)
            summary +=
                " · " + format(s, ClassText::PlayNoAnswerCount, {std::to_string(res.no_answer)});
        // The question the class got wrong stands out (colour and words).
        b.class_missed = res.missed_by_class();
        if (b.class_missed) summary = "✗ " + summary;
        b.summary = TextBlock(summary, {}, {});
        for (std::size_t c = 0; c < q.choices.size(); ++c) {
            const bool right = c == q.correct_choice;
            b.rows.push_back(TextBlock((right ? "✓ " : "    ") + q.choices[c], {}, {}));
            b.right.push_back(right);
            b.choosers.push_back(res.counts[c]);
            b.shares.push_back(static_cast<float>(res.counts[c]) / static_cast<float>(teams));
        }
        blocks_.push_back(std::move(b));
    }
    for (std::size_t r = 0; r < rounds.size(); ++r)
        if (rounds[r].before_question >= review.size()) add_timeline(game, r);
    pages_ = std::max<std::size_t>(1, (blocks_.size() + kPerPage - 1) / kPerPage);
    page_ = 0;
    place_blocks();
    set_page_text();
}

void ClassBreakdownView::place_blocks() {
    const auto& t = ui_.theme;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
        auto& b = blocks_[i];
        b.y = kDistY + static_cast<float>(i % kPerPage) * kDistH;
        b.prompt.set_box({kLeft + 16, b.y + 8, 760, 48});
        b.prompt.set_style(style(FontFace::SansBold, t.type.small, 12, t.palette.text, Align::Left,
                                 VAlign::Middle, true));
        b.summary.set_box({kLeft + 790, b.y + 8, kWidth - 806, 48});
        b.summary.set_style(style(FontFace::SansBold, t.type.small, 12,
                                  b.class_missed ? t.palette.danger : t.palette.accent,
                                  Align::Right, VAlign::Middle, true));
        const float row_h = std::min(24.f, (kDistH - 72.f) / static_cast<float>(b.rows.size()));
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
            const float y = b.y + 60 + static_cast<float>(r) * row_h;
            const bool question = b.shares[r] >= 0.f;
            b.rows[r].set_box({kLeft + 16, y, question ? 700.f : kWidth - 32, row_h});
            b.rows[r].set_style(style(FontFace::Sans, t.type.caption, 10,
                                      b.right[r] ? t.palette.success : t.palette.text_muted,
                                      Align::Left, VAlign::Middle, false));
        }
    }
}

void ClassBreakdownView::set_page_text() {
    page_text_.set_text(pages_ > 1 ? format(ui_.strings, ClassText::PlayPage,
                                            {std::to_string(page_ + 1), std::to_string(pages_)})
                                   : std::string{});
}

bool ClassBreakdownView::page_back() {
    if (page_ == 0) return false;
    --page_;
    set_page_text();
    return true;
}

bool ClassBreakdownView::page_forward() {
    if (page_ + 1 >= pages_) return false;
    ++page_;
    set_page_text();
    return true;
}

void ClassBreakdownView::draw(sf::RenderTarget& target) const {
    const auto& t = ui_.theme;
    const std::size_t first = page_ * kPerPage;
    for (std::size_t i = first; i < blocks_.size() && i < first + kPerPage; ++i) {
        const auto& b = blocks_[i];
        scratch_.set_geometry({kLeft, b.y, kWidth, kDistH - 8}, t.spacing.radius, 1.f);
        scratch_.set_fill(t.palette.surface);
        scratch_.set_outline(t.palette.border);
        target.draw(scratch_);
        b.prompt.draw(target, ui_);
        b.summary.draw(target, ui_);
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
            b.rows[r].draw(target, ui_);
            if (b.shares[r] < 0.f) continue;
            const auto box = b.rows[r].box();
            const float bar_x = kLeft + 730, bar_w = 320;
            sf::RectangleShape track({bar_w, box.height - 8});
            track.setPosition(bar_x, box.top + 4);
            track.setFillColor(t.palette.surface_pressed);
            target.draw(track);
            sf::RectangleShape fill({bar_w * b.shares[r], box.height - 8});
            fill.setPosition(bar_x, box.top + 4);
            fill.setFillColor(b.right[r] ? t.palette.success : t.palette.text_muted);
            target.draw(fill);
            // The count in words, not only the bar length.
            sf::Text count(std::to_string(b.choosers[r]), ui_.resources.font(FontFace::SansBold),
                           t.type.caption);
            count.setFillColor(t.palette.text);
            count.setPosition(bar_x + bar_w + 12, box.top + 2);
            target.draw(count);
        }
    }
    page_text_.draw(target, ui_);
}

}  // namespace chronik::ui
