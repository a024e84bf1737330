#include "ui/widgets/backdrop.hpp"

#include <cmath>

namespace chronik::ui {
namespace {

constexpr float kW = 1280.f;
// Three faint timelines at different depths; nearer ones move faster.
struct Track {
    float y, speed, spacing, size;
};
constexpr Track kTracks[] = {
    {212.f, 0.35f, 180.f, 5.f}, {468.f, 0.6f, 240.f, 7.f}, {590.f, 1.f, 300.f, 9.f}};

void quad(sf::VertexArray& va, float x, float y, float w, float h, sf::Color top,
          sf::Color bottom) {
    va.append(sf::Vertex({x, y}, top));
    va.append(sf::Vertex({x + w, y}, top));
    va.append(sf::Vertex({x + w, y + h}, bottom));
    va.append(sf::Vertex({x, y + h}, bottom));
}

}  // namespace

void Backdrop::build(const Theme& theme) const {
    built_for_ = &theme;
    built_bg_ = theme.palette.background;
    const auto& p = theme.palette;
    // A soft light from the top: a band over the upper third only, so that software GL fills
    // few blended pixels; the rest is the window's clear colour (the background).
    gradient_.clear();
    quad(gradient_, 0, 0, kW, 260.f, mix(p.background, p.surface, 0.5f), p.background);
    lines_.clear();
    for (const auto& t : kTracks)
        quad(lines_, 0, t.y, kW, 1.f, with_alpha(p.border, 70), with_alpha(p.border, 70));
}

void Backdrop::draw(sf::RenderTarget& target, const Theme& theme, float drift) const {
    if (built_for_ != &theme || built_bg_ != theme.palette.background) build(theme);
    target.draw(gradient_, sf::RenderStates(sf::BlendNone));  // opaque: no read-back needed
    if (theme.contrast == Contrast::High) return;  // no decoration behind high-contrast text
    // Lines and markers in one draw: each extra draw call costs software GL a state change.
    markers_.clear();
    for (std::size_t i = 0; i < lines_.getVertexCount(); ++i)
        markers_.append(lines_[i]);
    const sf::Color c = with_alpha(theme.palette.accent, 60);
    for (const auto& t : kTracks) {
        const float offset = std::fmod(drift * t.speed, t.spacing);
        for (float x = -t.spacing + offset; x < kW + t.spacing; x += t.spacing) {
            // A small diamond on the line: an event on a timeline.
            const float s = t.size;
            markers_.append(sf::Vertex({x, t.y - s}, c));
            markers_.append(sf::Vertex({x + s, t.y}, c));
            markers_.append(sf::Vertex({x, t.y + s}, c));
            markers_.append(sf::Vertex({x - s, t.y}, c));
        }
    }
    target.draw(markers_);
}

}  // namespace chronik::ui
