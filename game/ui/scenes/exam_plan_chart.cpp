#include "ui/scenes/exam_plan_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/text/exam_plan_strings.hpp"
#include "ui/widgets/chart_shapes.hpp"

namespace chronik::ui {
namespace {

// A round number of cards at or above `v` for the top of the left axis.
int axis_top(int v) {
    for (const int step : {5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000})
        if (v <= step) return step;
    return (v + 999) / 1000 * 1000;
}

}  // namespace

TextBlock& ExamPlanChart::label(const std::string& text, sf::FloatRect box, unsigned size,
                                sf::Color color, Align align, FontFace face) {
    texts_.emplace_back(
        text, box,
        TextStyle{face, size, std::min(size, 11u), color, align, VAlign::Middle, 1.f, false});
    return texts_.back();
}

void ExamPlanChart::clear() {
    shapes_.clear();
    texts_.clear();
    shown_ = false;
}

void ExamPlanChart::build(const study::ExamPreparation& prep, sf::FloatRect box,
                          SceneContext& ctx) {
    clear();
    shown_ = true;
    texts_.reserve(40);  // TextBlocks are referenced by the batch: no reallocation after this
    const auto& t = ctx.theme;
    const auto& p = t.palette;
    const auto& s = ctx.strings;
    panel_.set_geometry(box, t.spacing.radius, 1.f);
    panel_.set_fill(p.surface);
    panel_.set_outline(p.border);
    label(text(s, ExamPlanText::ChartTitle), {box.left + 16, box.top + 8, box.width - 540, 28},
          t.type.small, p.text, Align::Left, FontFace::SansBold);

    // Legend, right of the title: a swatch per series, named (so it reads without colour too).
    // Amber against the accent's teal: the two series stay apart for most colour visions, and
    // the legend names them.
    const sf::Color new_color = p.focus;
    // Three entries of 168 px; the last label ends 12 px inside the panel.
    float lx = box.left + box.width - 516;
    const auto legend = [&](sf::Color c, ExamPlanText name, bool line) {
        if (line)
            add_rect(shapes_, {lx, box.top + 21, 22, 3}, c);
        else
            add_rect(shapes_, {lx + 4, box.top + 14, 14, 14}, c);
        label(text(s, name), {lx + 28, box.top + 10, 140, 24}, t.type.caption, p.text_muted);
        lx += 168;
    };
    legend(p.accent, ExamPlanText::LegendReviews, false);
    legend(new_color, ExamPlanText::LegendNew, false);
    legend(p.text, ExamPlanText::LegendRecall, true);

    const auto& days = prep.plan.days;
    const sf::FloatRect area{box.left + 56, box.top + 56, box.width - 120, box.height - 96};
    add_rect(shapes_, {area.left, area.top + area.height, area.width, 1.5f}, p.border);
    if (days.empty()) return;

    int most = 1;
    for (const auto& d : days)
        most = std::max(most, d.reviews + d.new_cards);
    const int top = axis_top(most);
    label(std::to_string(top), {box.left + 4, area.top - 10, 44, 20}, t.type.caption, p.text_muted,
          Align::Right);
    label("0", {box.left + 4, area.top + area.height - 10, 44, 20}, t.type.caption, p.text_muted,
          Align::Right);
    for (const double r : {1.0, 0.5, 0.0}) {
        const float y = area.top + area.height * static_cast<float>(1.0 - r);
        label(std::to_string(static_cast<int>(r * 100)) + " %",
              {area.left + area.width + 6, y - 10, 56, 20}, t.type.caption, p.text_muted);
        if (r > 0)
            for (float x = area.left; x < area.left + area.width; x += 12)
                add_rect(shapes_, {x, y, 6, 1}, p.border);
    }

    // One slot per planned day, and one for the exam at the end.
    const float slot = area.width / static_cast<float>(days.size() + 1);
    const float bar_w = std::max(1.f, slot * 0.7f);
    const auto y_of_cards = [&](int n) {
        return area.top + area.height * (1.f - static_cast<float>(n) / static_cast<float>(top));
    };
    for (std::size_t i = 0; i < days.size(); ++i) {
        const float x = area.left + static_cast<float>(i) * slot + (slot - bar_w) / 2;
        const float base = area.top + area.height;
        const float reviews_top = y_of_cards(days[i].reviews);
        const float all_top = y_of_cards(days[i].reviews + days[i].new_cards);
        if (days[i].reviews > 0)
            add_rect(shapes_, {x, reviews_top, bar_w, base - reviews_top}, p.accent);
        if (days[i].new_cards > 0)
            add_rect(shapes_, {x, all_top, bar_w, reviews_top - all_top}, new_color);
    }
    // The exam: a marker at the last slot.
    const float exam_x = area.left + static_cast<float>(days.size()) * slot + slot / 2;
    add_rect(shapes_, {exam_x - 1.5f, area.top, 3, area.height}, p.danger);
    label(text(s, ExamPlanText::ExamMarker), {exam_x - 60, area.top + area.height + 6, 120, 22},
          t.type.caption, p.danger, Align::Center, FontFace::SansBold);

    // The recall line: after each day's session, at the exam's time of day the next morning; it
    // starts from what the student would recall now without studying.
    const auto y_of = [&](double r) {
        return area.top + area.height * static_cast<float>(1.0 - std::clamp(r, 0.0, 1.0));
    };
    sf::Vector2f prev{area.left, y_of(prep.plan.recall_if_idle)};
    for (std::size_t i = 0; i < days.size(); ++i) {
        const sf::Vector2f pt{area.left + (static_cast<float>(i) + 1.f) * slot,
                              y_of(days[i].recall_next_morning)};
        add_line(shapes_, prev, pt, 2.5f, p.text);
        if (days.size() <= 40) add_rect(shapes_, {pt.x - 3, pt.y - 3, 6, 6}, p.text);
        prev = pt;
    }
    char pct[16];
    std::snprintf(pct, sizeof pct, "%d %%",
                  static_cast<int>(std::lround(prep.plan.exam_recall * 100)));
    label(pct, {prev.x - 70, prev.y - 26, 64, 22}, t.type.small, p.text, Align::Right,
          FontFace::SansBold);

    // Date ticks: today, then about six more, each under its bar.
    const std::size_t every = std::max<std::size_t>(1, (days.size() + 5) / 6);
    for (std::size_t i = 0; i < days.size(); i += every) {
        // Leave room for the exam's label.
        if (static_cast<float>(days.size() - i) * slot < 90.f) break;
        const float cx = area.left + static_cast<float>(i) * slot + slot / 2;
        label(short_date(s, civil_from_days(days[i].study_day)),
              {cx - 40, area.top + area.height + 6, 80, 22}, t.type.caption, p.text_muted,
              Align::Center);
    }
}

void ExamPlanChart::draw(DrawBatch& batch) const {
    if (!shown_) return;
    batch.add(panel_);
    batch.add_triangles(shapes_);
    for (const auto& text : texts_)
        batch.add(text);
}

}  // namespace chronik::ui
