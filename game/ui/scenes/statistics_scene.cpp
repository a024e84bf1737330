#include "ui/scenes/statistics_scene.hpp"

#include <algorithm>
#include <cmath>

#include "ui/widgets/chart_shapes.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 60.f, kWidth = 1160.f;
constexpr float kPanelGap = 20.f, kPanelW = (kWidth - 2 * kPanelGap) / 3, kPanelH = 236.f;
constexpr float kRow1 = 150.f, kRow2 = 404.f;

std::string pct(double v) {
    return std::to_string(static_cast<int>(std::lround(v * 100)));
}

}  // namespace

StatisticsScene::StatisticsScene(SceneContext& ctx) : Scene(ctx) {
    const auto stats = ctx.services.session().statistics();
    build(stats);
}

TextBlock& StatisticsScene::label(const std::string& text, sf::FloatRect box, unsigned size,
                                  sf::Color color, Align align, FontFace face) {
    texts_.emplace_back(
        text, box,
        TextStyle{face, size, std::min(size, 11u), color, align, VAlign::Middle, 1.f, false});
    return texts_.back();
}

void StatisticsScene::build(const study::ProfileStatistics& st) {
    const auto& t = ctx_.theme;
    const auto& p = t.palette;
    texts_.reserve(128);
    label(ctx_.text(TextId::HomeStatistics), {kLeft, 20, 700, 48}, t.type.h1, p.text, Align::Left,
          FontFace::SansBold);
    back_.add(Button(ctx_.text(TextId::HintBackHome), {kLeft + kWidth - 160, 22, 160, 44},
                     ButtonKind::Secondary, "Esc"));
    back_.show_focus(false);
    hints_.set({{"Esc", ctx_.text(TextId::HintBackHome)}});
    // Which computers contributed (the saves folder synced between several): each device id
    // with its reviews, this computer named as such.
    std::string devices;
    for (const auto& d : ctx_.services.session().devices()) {
        const std::string count = std::to_string(d.reviews);
        devices +=
            (devices.empty() ? "" : " · ") +
            (d.this_computer ? ctx_.strings.format(TextId::StatsDeviceThis, {d.device, count})
                             : d.device + ": " + count);
    }
    if (!devices.empty())
        label(ctx_.strings.format(TextId::StatsDevices, {devices}),
              {kLeft + 300, 22, kWidth - 300 - 180, 44}, t.type.caption, p.text_muted,
              Align::Right);

    // Card counts: four figures with their names (and a growing fill under each, by share).
    const std::array<std::pair<std::int64_t, TextId>, 4> counts{
        {{st.counts.new_cards, TextId::StatsNew},
         {st.counts.learning, TextId::StatsLearning},
         {st.counts.young, TextId::StatsYoung},
         {st.counts.mature, TextId::StatsMature}}};
    const float cw = (kWidth - 3 * kPanelGap) / 4;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const float x = kLeft + static_cast<float>(i) * (cw + kPanelGap);
        RoundedRect card;
        card.set_geometry({x, 78, cw, 60}, t.spacing.radius, 1.f);
        card.set_fill(p.surface);
        card.set_outline(p.border);
        panels_.push_back(card);
        label(std::to_string(counts[i].first), {x + 16, 84, 80, 48}, t.type.h2, p.accent,
              Align::Left, FontFace::SansBold);
        label(ctx_.text(counts[i].second), {x + 96, 84, cw - 108, 48}, t.type.small, p.text_muted);
    }

    struct Panel {
        sf::FloatRect box;
        TextId title;
    };
    const std::array<Panel, 6> panels{{
        {{kLeft, kRow1, kPanelW, kPanelH}, TextId::StatsReviews},
        {{kLeft + kPanelW + kPanelGap, kRow1, kPanelW, kPanelH}, TextId::StatsRetention},
        {{kLeft + 2 * (kPanelW + kPanelGap), kRow1, kPanelW, kPanelH}, TextId::StatsForecast},
        {{kLeft, kRow2, kPanelW * 2 + kPanelGap, kPanelH}, TextId::StatsMastery},
        {{kLeft + 2 * (kPanelW + kPanelGap), kRow2, kPanelW, kPanelH}, TextId::StatsCalendar},
        {{0, 0, 0, 0}, TextId::StatsCalendar},
    }};
    for (std::size_t i = 0; i < 5; ++i) {
        RoundedRect r;
        r.set_geometry(panels[i].box, t.spacing.radius, 1.f);
        r.set_fill(p.surface);
        r.set_outline(p.border);
        panels_.push_back(r);
        label(ctx_.text(panels[i].title),
              {panels[i].box.left + 16, panels[i].box.top + 8, panels[i].box.width - 32, 28},
              t.type.small, p.text, Align::Left, FontFace::SansBold);
    }

    // A bar chart of counts with its largest value and total written out, and the axis ends.
    const auto bars = [&](const sf::FloatRect& box, const std::vector<std::int64_t>& values,
                          TextId left, TextId right) {
        const sf::FloatRect area{box.left + 16, box.top + 64, box.width - 32, box.height - 100};
        std::int64_t max = 0, total = 0;
        for (const auto v : values) {
            max = std::max(max, v);
            total += v;
        }
        label(ctx_.strings.format(TextId::StatsMax, {std::to_string(max), std::to_string(total)}),
              {area.left, box.top + 36, area.width, 22}, t.type.caption, p.text_muted);
        add_rect(shapes_, {area.left, area.top + area.height, area.width, 1.5f}, p.border);
        if (values.empty() || max == 0) {
            label(ctx_.text(TextId::StatsNoData), area, t.type.small, p.text_muted, Align::Center);
        } else {
            const float slot = area.width / static_cast<float>(values.size());
            for (std::size_t i = 0; i < values.size(); ++i) {
                const float h =
                    area.height * static_cast<float>(values[i]) / static_cast<float>(max);
                if (h <= 0) continue;
                add_rect(shapes_,
                         {area.left + static_cast<float>(i) * slot + 1, area.top + area.height - h,
                          std::max(1.f, slot - 2), h},
                         p.accent);
            }
        }
        label(ctx_.text(left), {area.left, area.top + area.height + 4, area.width / 2, 22},
              t.type.caption, p.text_muted);
        label(ctx_.text(right),
              {area.left + area.width / 2, area.top + area.height + 4, area.width / 2, 22},
              t.type.caption, p.text_muted, Align::Right);
    };
    bars(panels[0].box, st.reviews_per_day, TextId::StatsDaysAgo, TextId::StatsToday);
    bars(panels[2].box, st.forecast, TextId::StatsToday, TextId::StatsIn30);

    // Retention: a line with square points over 0..100 %, the target dashed.
    {
        const auto& box = panels[1].box;
        const sf::FloatRect area{box.left + 40, box.top + 64, box.width - 56, box.height - 100};
        const auto y_of = [&](double r) {
            return area.top + area.height * static_cast<float>(1.0 - std::clamp(r, 0.0, 1.0));
        };
        add_rect(shapes_, {area.left, area.top + area.height, area.width, 1.5f}, p.border);
        label("100 %", {box.left + 4, area.top - 10, 34, 20}, 11, p.text_muted, Align::Right);
        label("50 %", {box.left + 4, y_of(0.5) - 10, 34, 20}, 11, p.text_muted, Align::Right);
        label("0 %", {box.left + 4, area.top + area.height - 10, 34, 20}, 11, p.text_muted,
              Align::Right);
        const float ty = y_of(st.desired_retention);
        for (float x = area.left; x < area.left + area.width; x += 12)
            add_rect(shapes_, {x, ty - 1, 6, 2}, p.text_muted);
        const auto& r = st.weekly_retention;
        if (r.empty()) {
            label(ctx_.text(TextId::StatsNoData), area, t.type.small, p.text_muted, Align::Center);
        } else {
            const float step = r.size() > 1 ? area.width / static_cast<float>(r.size() - 1) : 0;
            for (std::size_t i = 0; i < r.size(); ++i) {
                const sf::Vector2f pt{
                    area.left + step * static_cast<float>(i) + (r.size() == 1 ? area.width / 2 : 0),
                    y_of(r[i])};
                if (i > 0)
                    add_line(shapes_,
                             {area.left + step * static_cast<float>(i - 1), y_of(r[i - 1])}, pt,
                             2.5f, p.accent);
                add_rect(shapes_, {pt.x - 4, pt.y - 4, 8, 8}, p.text);
            }
        }
        label(ctx_.strings.format(
                  TextId::StatsTarget,
                  {pct(st.desired_retention), r.empty() ? std::string("–") : pct(r.back())}),
              {box.left + 16, box.top + 36, box.width - 32, 22}, t.type.caption, p.text_muted);
    }

    // Mastery: one bar per topic with its share written next to it.
    {
        const auto& box = panels[3].box;
        if (st.mastery.empty())
            label(ctx_.text(TextId::StatsNoData), {box.left, box.top + 40, box.width, 160},
                  t.type.small, p.text_muted, Align::Center);
        const float row = 30.f, bar_x = box.left + 220, bar_w = box.width - 220 - 90;
        for (std::size_t i = 0; i < st.mastery.size(); ++i) {
            const float y = box.top + 44 + static_cast<float>(i) * row;
            const auto& [tag, m] = st.mastery[i];
            label(tag, {box.left + 16, y, 196, row - 6}, t.type.small - 2, p.text);
            add_rect(shapes_, {bar_x, y + 5, bar_w, row - 16}, p.surface_raised);
            add_rect(shapes_, {bar_x, y + 5, bar_w * static_cast<float>(m.mastery), row - 16},
                     p.accent);
            label(pct(m.mastery).append(" %"), {bar_x + bar_w + 8, y, 70, row - 6},
                  t.type.small - 2, p.text, Align::Right, FontFace::SansBold);
        }
    }

    // Calendar: weeks as columns, days as rows; the level shows as the size of the square
    // (none: an outline dot), so it reads without colour too.
    {
        const auto& box = panels[4].box;
        const float cell = 22.f, gap = 3.f;
        const float x0 = box.left + 20, y0 = box.top + 44;
        for (std::size_t i = 0; i < st.calendar.size(); ++i) {
            const auto& d = st.calendar[i];
            const float x = x0 + static_cast<float>(i / 7) * (cell + gap);
            const float y = y0 + static_cast<float>(i % 7) * (cell + gap);
            add_rect(shapes_, {x, y, cell, cell}, p.surface_raised);
            if (d.level > 0) {
                const float s = cell * (0.35f + 0.1625f * static_cast<float>(d.level));
                add_rect(shapes_, {x + (cell - s) / 2, y + (cell - s) / 2, s, s},
                         mix(p.surface_raised, p.accent, 0.4f + 0.15f * d.level));
            }
        }
        const float ly = y0 + 7 * (cell + gap) + 2;
        label(ctx_.text(TextId::StatsLess), {x0, ly, 80, 20}, t.type.caption, p.text_muted);
        for (int level = 0; level <= 4; ++level) {
            const float x = x0 + 84 + static_cast<float>(level) * (cell - 4 + gap);
            add_rect(shapes_, {x, ly + 2, cell - 6, cell - 6}, p.surface_raised);
            if (level > 0) {
                const float s = (cell - 6) * (0.35f + 0.1625f * static_cast<float>(level));
                add_rect(shapes_, {x + (cell - 6 - s) / 2, ly + 2 + (cell - 6 - s) / 2, s, s},
                         mix(p.surface_raised, p.accent, 0.4f + 0.15f * level));
            }
        }
        label(ctx_.text(TextId::StatsMore), {x0 + 84 + 5 * (cell - 4 + gap) + 4, ly, 80, 20},
              t.type.caption, p.text_muted);
    }
}

void StatisticsScene::handle_event(const sf::Event& e) {
    const bool mouse = e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
                       e.type == sf::Event::MouseButtonReleased;
    if (is_key(e, sf::Keyboard::Escape) || is_key(e, sf::Keyboard::BackSpace) ||
        (mouse && back_.handle(e, ctx_))) {
        ctx_.audio.play(Sfx::Back);
        ctx_.stack.pop();
    }
}

void StatisticsScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    for (const auto& p : panels_)
        target.draw(p);
    target.draw(shapes_);
    for (const auto& t : texts_)
        t.draw(target, ctx_);
    back_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_statistics(SceneContext& ctx) {
    return std::make_unique<StatisticsScene>(ctx);
}

}  // namespace chronik::ui
