#include "ui/input/spatial_focus.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace chronik::ui {
namespace {

struct Span {
    float low;
    float high;
};

// The box's extent along the direction's axis (ahead) and across it (side).
Span ahead_span(const sf::FloatRect& r, Direction d) {
    return d == Direction::Up || d == Direction::Down ? Span{r.top, r.top + r.height}
                                                      : Span{r.left, r.left + r.width};
}

Span side_span(const sf::FloatRect& r, Direction d) {
    return d == Direction::Up || d == Direction::Down ? Span{r.left, r.left + r.width}
                                                      : Span{r.top, r.top + r.height};
}

float centre(Span s) {
    return (s.low + s.high) / 2.f;
}

}  // namespace

std::optional<std::size_t> nearest_in_direction(const std::vector<sf::FloatRect>& boxes,
                                                std::size_t from, Direction direction) {
    if (from >= boxes.size()) return std::nullopt;
    const bool forward = direction == Direction::Down || direction == Direction::Right;
    const Span here_ahead = ahead_span(boxes[from], direction);
    const Span here_side = side_span(boxes[from], direction);
    // (out of line, distance) -- smaller is better; ties keep the earlier box.
    std::optional<std::size_t> best;
    std::tuple<bool, float> best_key{};
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (i == from) continue;
        const Span ahead = ahead_span(boxes[i], direction);
        const Span side = side_span(boxes[i], direction);
        const float step =
            forward ? centre(ahead) - centre(here_ahead) : centre(here_ahead) - centre(ahead);
        if (step <= 0.5f) continue;  // not that way (half a pixel: boxes of one row)
        // The gap between the facing edges (0 when they touch or overlap).
        const float gap =
            std::max(0.f, forward ? ahead.low - here_ahead.high : here_ahead.low - ahead.high);
        const bool in_line =
            std::min(side.high, here_side.high) - std::max(side.low, here_side.low) > 0.f;
        const float sideways = std::abs(centre(side) - centre(here_side));
        const float distance = in_line ? gap + sideways / 1000.f : gap + 2.f * sideways;
        const std::tuple<bool, float> key{!in_line, distance};
        if (!best || key < best_key) {
            best = i;
            best_key = key;
        }
    }
    return best;
}

}  // namespace chronik::ui
