#include "ui/widgets/standings_board.hpp"

#include <algorithm>
#include <array>

namespace chronik::ui {
namespace {

constexpr float kLeft = 220.f, kWidth = 840.f, kRowsY = 120.f, kRowH = 46.f, kRowStep = 52.f;
constexpr std::size_t kShown = 10;
constexpr float kMarkSize = 30.f;

}  // namespace

StandingsBoard::StandingsBoard(const UiContext& ui, StandingsWords words, StandingsLook look)
    : ui_(ui), words_(std::move(words)), look_(std::move(look)), motion_(1.f) {
    const auto& t = ui.theme;
    heading_ = TextBlock("", {kLeft, 24, kWidth, 52},
                         {FontFace::SansBold, t.type.h1, t.type.h2, t.palette.text, Align::Center,
                          VAlign::Middle, 1.f, false});
    subheading_ = TextBlock("", {kLeft, 76, kWidth, 30},
                            {FontFace::Sans, t.type.body, t.type.caption, t.palette.text_muted,
                             Align::Center, VAlign::Middle, 1.f, false});
    others_ = TextBlock("", {120, look_.others_top, 1040, look_.others_height},
                        {FontFace::Sans, t.type.body, t.type.caption, t.palette.text, Align::Center,
                         VAlign::Top, 1.25f, true});
}

void StandingsBoard::show_leaderboard(const std::string& heading, const std::string& subheading,
                                      const std::vector<round::Standing>& before,
                                      const std::vector<round::Standing>& now) {
    const auto& t = ui_.theme;
    steps_.clear();
    heading_.set_text(heading);
    subheading_.set_text(subheading);
    const auto changes = round::rank_changes(before, now);
    // Before the first points everyone shares rank 1: moves from there would be noise.
    const bool had_points = std::any_of(before.begin(), before.end(),
                                        [](const round::Standing& p) { return p.score > 0; });
    // Room for the mark before the name.
    const float name_x = look_.mark ? kLeft + 84 + kMarkSize + 10 : kLeft + 84;
    rows_.clear();
    for (std::size_t i = 0; i < now.size() && i < kShown; ++i) {
        const auto& st = now[i];
        const auto& ch = changes[i];
        Row r;
        r.name = st.id;
        r.to_y = kRowsY + static_cast<float>(i) * kRowStep;
        // From its old row (or from below the list when it was not on it).
        r.from_y =
            ch.previous_row ? kRowsY + static_cast<float>(*ch.previous_row) * kRowStep : 720.f;
        r.bg.set_geometry({kLeft, 0, kWidth, kRowH}, t.spacing.radius - 4, 1.f);
        r.bg.set_fill(st.rank == 1 ? mix(t.palette.surface, t.palette.accent, 0.18f)
                                   : t.palette.surface);
        r.bg.set_outline(t.palette.border);
        const float y = r.to_y;
        r.rank = TextBlock(std::to_string(st.rank) + ".", {kLeft + 8, y, 60, kRowH},
                           {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text_muted,
                            Align::Right, VAlign::Middle, 1.f, false});
        r.label = TextBlock(st.id, {name_x, y, kLeft + 554 - name_x, kRowH},
                            {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                             Align::Left, VAlign::Middle, 1.f, false});
        r.points = TextBlock(words_.points(st.score), {kLeft + 560, y, 170, kRowH},
                             {FontFace::SansBold, t.type.body, t.type.caption, t.palette.accent,
                              Align::Right, VAlign::Middle, 1.f, false});
        // The move in an arrow and a number (and colour): never colour alone.
        std::string move = "–";
        sf::Color colour = t.palette.text_muted;
        if (!ch.previous_rank) {
            move = words_.new_entry;
        } else if (ch.places_gained() > 0) {
            move = "▲ " + std::to_string(ch.places_gained());
            colour = t.palette.success;
        } else if (ch.places_gained() < 0) {
            move = "▼ " + std::to_string(-ch.places_gained());
            colour = t.palette.danger;
        }
        if (!had_points) move = "";
        r.move = TextBlock(move, {kLeft + 750, y, 86, kRowH},
                           {FontFace::SansBold, t.type.body, t.type.caption, colour, Align::Left,
                            VAlign::Middle, 1.f, false});
        rows_.push_back(std::move(r));
    }
    others_.set_text("");
    motion_.snap(0.f);
    motion_.set_target(1.f);
    place_rows();
}

void StandingsBoard::show_podium(const std::string& heading,
                                 const std::vector<round::Standing>& top) {
    const auto& t = ui_.theme;
    rows_.clear();
    steps_.clear();
    heading_.set_text(heading);
    subheading_.set_text("");
    // Second, first, third from the left, as on a real podium.
    const std::array<float, 3> centre{380.f, 640.f, 900.f};
    const std::array<std::size_t, 3> slot{1, 0, 2};  // podium index -> pedestal column
    const std::array<float, 3> height_of_rank{280.f, 210.f, 160.f};
    const float floor = look_.podium_floor;
    std::string rest;
    for (std::size_t i = 0; i < top.size(); ++i) {
        const auto& st = top[i];
        if (i >= 3) {
            if (!rest.empty()) rest.append("   ·   ");
            rest.append(std::to_string(st.rank) + ". " + st.id + " (" + words_.points(st.score) +
                        ")");
            continue;
        }
        const std::size_t col = slot[i];
        const float h = height_of_rank[static_cast<std::size_t>(std::clamp(st.rank, 1, 3) - 1)] *
                        look_.podium_scale;
        Step p;
        p.name = st.id;
        p.box = {centre[col] - 130, floor - h, 260, h};
        p.block.set_fill(i == 0 ? t.palette.accent
                                : mix(t.palette.surface_raised, t.palette.accent, 0.35f));
        p.block.set_outline(t.palette.border);
        p.label = TextBlock(st.id, {p.box.left + 4, p.box.top - 60, p.box.width - 8, 52},
                            {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text,
                             Align::Center, VAlign::Middle, 1.f, false});
        p.place = TextBlock(words_.place(st.rank), {p.box.left, p.box.top + 12, p.box.width, 44},
                            {FontFace::SansBold, t.type.h1, t.type.h2,
                             i == 0 ? t.palette.text_on_accent : t.palette.text, Align::Center,
                             VAlign::Middle, 1.f, false});
        std::string points = words_.points(st.score);
        if (words_.detail) {
            const auto detail = words_.detail(st);
            if (!detail.empty()) points.append("\n").append(detail);
        }
        p.points = TextBlock(points, {p.box.left, p.box.top + 60, p.box.width, 64},
                             {FontFace::SansBold, t.type.body, t.type.caption,
                              i == 0 ? t.palette.text_on_accent : t.palette.text, Align::Center,
                              VAlign::Top, 1.2f, true});
        steps_.push_back(std::move(p));
    }
    others_.set_text(rest);
    motion_.snap(0.f);
    motion_.set_target(1.f);
    place_rows();
}

void StandingsBoard::place_rows() {
    const float k = motion_.eased();
    for (auto& r : rows_) {
        // Texts keep their layout at the final row and are drawn shifted (no layout per frame).
        r.offset = (r.from_y - r.to_y) * (1.f - k);
        r.bg.set_geometry({kLeft, r.to_y + r.offset, kWidth, kRowH}, ui_.theme.spacing.radius - 4,
                          1.f);
    }
    for (auto& p : steps_) {
        // The pedestals rise from the floor.
        const float h = p.box.height * (0.25f + 0.75f * k);
        p.block.set_geometry({p.box.left, p.box.top + p.box.height - h, p.box.width, h},
                             ui_.theme.spacing.radius, 1.f);
    }
}

void StandingsBoard::update(float dt) {
    if (!motion_.moving()) return;
    motion_.update(dt, ui_.theme.motion == Motion::Reduced ? 0.f : 0.9f);
    place_rows();
}

void StandingsBoard::draw(sf::RenderTarget& target) const {
    heading_.draw(target, ui_);
    subheading_.draw(target, ui_);
    for (const auto& r : rows_) {
        target.draw(r.bg);
        const sf::Vector2f shift{0.f, r.offset};
        r.rank.draw_at(target, ui_, shift);
        if (look_.mark)
            look_.mark(target, r.name, {kLeft + 84 + kMarkSize / 2, r.to_y + r.offset + kRowH / 2},
                       kMarkSize);
        r.label.draw_at(target, ui_, shift);
        r.points.draw_at(target, ui_, shift);
        r.move.draw_at(target, ui_, shift);
    }
    const bool grown = !motion_.moving();
    for (const auto& p : steps_) {
        target.draw(p.block);
        if (look_.mark)
            look_.mark(target, p.name,
                       {p.box.left + p.box.width / 2, p.box.top - 60 - kMarkSize / 2 - 4},
                       kMarkSize + 10);
        p.label.draw(target, ui_);
        if (grown) {
            p.place.draw(target, ui_);
            p.points.draw(target, ui_);
        }
    }
    others_.draw(target, ui_);
}

}  // namespace chronik::ui
