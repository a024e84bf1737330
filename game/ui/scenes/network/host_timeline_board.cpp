#include "ui/scenes/network/host_timeline_board.hpp"

#include <algorithm>
#include <string>

#include "ui/text/network_host_strings.hpp"

namespace chronik::ui {
namespace {

using T = NetworkHostText;

// Below the prompt (to y 160), above the verdict line (y 612).
constexpr float kLeft = 120.f, kWidth = 1040.f, kGap = 14.f;
constexpr float kCardY = 196.f, kCardH = 270.f, kStudentsY = 480.f;

}  // namespace

HostTimelineBoard::HostTimelineBoard(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    hint_ = TextBlock("", {kLeft, 160, kWidth, 32},
                      {FontFace::SansBold, t.type.body, t.type.small, t.palette.text_muted,
                       Align::Left, VAlign::Middle, 1.f, false});
    // Every student's pairs: read from the room, so large while few, smaller for a full class.
    students_ = TextBlock("", {kLeft, kStudentsY, kWidth, 124},
                          {FontFace::Sans, t.type.body, t.type.small, t.palette.text, Align::Left,
                           VAlign::Top, 1.25f, true});
}

void HostTimelineBoard::show_question(const classroom::ClassroomQuestion& q) {
    const auto& t = ui_.theme;
    revealed_ = false;
    hint_.set_text(text(ui_.strings, T::TimelineEvents));
    hint_.set_color(t.palette.text_muted);
    const std::size_t n = q.choices.size();
    const float w =
        n == 0 ? 0.f : (kWidth - kGap * static_cast<float>(n - 1)) / static_cast<float>(n);
    cards_.clear();
    cards_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto& c = cards_[i];
        const float x = kLeft + static_cast<float>(i) * (w + kGap);
        c.body.set_geometry({x, kCardY, w, kCardH}, t.spacing.radius, 1.5f);
        c.body.set_fill(t.palette.surface);
        c.body.set_outline(t.palette.border);
        c.text = TextBlock(q.choices[i], {x + 14, kCardY + 14, w - 28, kCardH - 28},
                           {FontFace::SansBold, t.type.body, t.type.caption, t.palette.text,
                            Align::Left, VAlign::Top, 1.15f, true});
        c.text.set_hyphenation(true);
        c.date = TextBlock("", {x + 14, kCardY + kCardH - 78, w - 28, 34},
                           {FontFace::SansBold, t.type.h2, t.type.body, t.palette.accent,
                            Align::Left, VAlign::Middle, 1.f, false});
        c.count = TextBlock("", {x + 14, kCardY + kCardH - 42, w - 28, 30},
                            {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                             Align::Left, VAlign::Middle, 1.f, false});
    }
    students_.set_text("");
}

void HostTimelineBoard::show_reveal(const classroom::ClassroomGame& game,
                                    const classroom::ClassroomQuestion& q,
                                    const classroom::QuestionResult& result) {
    const auto& t = ui_.theme;
    const auto& s = ui_.strings;
    show_question(q);
    if (result.skipped) {
        for (auto& c : cards_)
            c.text.set_color(t.palette.text_muted);
        return;
    }
    revealed_ = true;
    hint_.set_text(text(s, T::TimelineRightOrder));
    hint_.set_color(t.palette.success);
    // The events by their right rank: card k shows the k-th earliest.
    const std::size_t n = cards_.size();
    std::vector<std::size_t> by_rank(n);
    for (std::size_t id = 0; id < n && id < q.timeline_ranks.size(); ++id)
        if (q.timeline_ranks[id] < n) by_rank[q.timeline_ranks[id]] = id;
    for (std::size_t k = 0; k < n; ++k) {
        auto& c = cards_[k];
        const std::size_t id = by_rank[k];
        c.text.set_text(q.choices[id]);
        c.text.set_box({c.text.box().left, c.text.box().top, c.text.box().width, kCardH - 106});
        c.date.set_text(id < q.timeline_dates.size() ? q.timeline_dates[id] : std::string());
        const std::size_t in_slot = id < result.choice_counts.size() ? result.choice_counts[id] : 0;
        c.count.set_text(format(s, T::TimelineInSlot, {std::to_string(in_slot)}));
        c.body.set_outline(t.palette.success);
    }
    // Each student who answered, most pairs first: "Anna 10/10 · Ben 7/10 · …".
    struct Line {
        std::string name;
        std::size_t ordered, total;
    };
    std::vector<Line> lines;
    for (const auto& a : result.answers) {
        if (!a.pairs) continue;
        const auto* p = game.player(a.player);
        if (!p) continue;
        lines.push_back({p->name, a.pairs->ordered, a.pairs->total});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.ordered > b.ordered; });
    std::string text_line;
    for (const auto& l : lines) {
        if (!text_line.empty()) text_line.append("   ·   ");
        text_line.append(l.name + " " + std::to_string(l.ordered) + "/" + std::to_string(l.total));
    }
    students_.set_text(text_line);
}

void HostTimelineBoard::draw(sf::RenderTarget& target) const {
    batch_.add(hint_);
    for (const auto& c : cards_) {
        batch_.add(c.body);
        batch_.add(c.text);
        if (revealed_) {
            batch_.add(c.date);
            batch_.add(c.count);
        }
    }
    if (revealed_) batch_.add(students_);
    batch_.draw(target, ui_);
}

}  // namespace chronik::ui
