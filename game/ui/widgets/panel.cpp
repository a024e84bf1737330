#include "ui/widgets/panel.hpp"

#include <algorithm>

namespace chronik::ui {
namespace {

constexpr float kW = 1280.f, kH = 720.f, kStripTop = 664.f, kSlide = 24.f;

void append_quad(sf::VertexArray& va, float l, float t, float r, float b, sf::Color c) {
    if (r <= l || b <= t) return;
    for (const sf::Vector2f p : {sf::Vector2f{l, t}, {r, t}, {r, b}, {l, t}, {r, b}, {l, b}})
        va.append(sf::Vertex(p, c));
}

}  // namespace

void OverlayPanel::draw(sf::RenderTarget& target, const Theme& theme) const {
    const float radius = theme.spacing.radius + 4;
    // The scrim dims the scene below everywhere except where the opaque card and the key-hint
    // strip will cover it anyway: blending is what software GL pays for per pixel, and a
    // full-screen blended quad cost more than the rest of the frame. The hole is the card
    // shrunk by its corner radius, so the rounded corners still sit on dimmed pixels.
    scrim_.clear();
    const sf::Color dim = theme.palette.scrim;
    const float hl = card_.left + radius, hr = card_.left + card_.width - radius;
    const float ht = card_.top + radius,
                hb = std::min(card_.top + card_.height - radius, kStripTop);
    if (hr > hl && hb > ht) {
        // From above the view: while the overlay slides in (SceneStack) its top edge is lower.
        append_quad(scrim_, 0, -kSlide, kW, ht, dim);
        append_quad(scrim_, 0, hb, kW, kStripTop, dim);
        append_quad(scrim_, 0, ht, hl, hb, dim);
        append_quad(scrim_, hr, ht, kW, hb, dim);
    } else {
        append_quad(scrim_, 0, -kSlide, kW, kStripTop, dim);
    }
    target.draw(scrim_);
    // The overlay brings its own key hints: hide those of the scene below.
    strip_.clear();
    append_quad(strip_, 0, kStripTop, kW, kH + kSlide, theme.palette.background);
    target.draw(strip_, sf::RenderStates(sf::BlendNone));
    shape_.set_geometry(card_, radius, 1.5f);
    shape_.set_fill(theme.palette.surface);
    shape_.set_outline(theme.palette.border);
    target.draw(shape_);
}

}  // namespace chronik::ui
