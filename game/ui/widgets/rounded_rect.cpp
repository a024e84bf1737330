#include "ui/widgets/rounded_rect.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <algorithm>
#include <cmath>

namespace chronik::ui {
namespace {

constexpr float kPi = 3.14159265f;

// Segments per quarter circle so that the polygon strays at most a quarter pixel from the
// true arc: 3 for a 6 px key cap, 4 for a 12 px card. Software GL pays for every vertex.
int segments_for(float radius) {
    if (radius <= 0.5f) return 1;
    const float step = 2.f * std::acos(std::max(-1.f, 1.f - 0.25f / radius));
    return std::clamp(static_cast<int>(std::ceil((kPi / 2) / step)), 1, 12);
}

// Points of the rounded outline of `r` grown by `grow`, clockwise from the top-left arc;
// `segments` + 1 points per corner.
template <typename Fn>
void for_each_outline_point(sf::FloatRect r, float radius, float grow, int segments, Fn fn) {
    const float rad = std::min({radius, r.width / 2, r.height / 2});
    const sf::Vector2f centres[4] = {{r.left + rad, r.top + rad},
                                     {r.left + r.width - rad, r.top + rad},
                                     {r.left + r.width - rad, r.top + r.height - rad},
                                     {r.left + rad, r.top + r.height - rad}};
    const float start[4] = {180.f, 270.f, 0.f, 90.f};
    for (int c = 0; c < 4; ++c) {
        for (int i = 0; i <= segments; ++i) {
            const float a =
                (start[c] + 90.f * static_cast<float>(i) / static_cast<float>(segments)) * kPi /
                180.f;
            fn(sf::Vector2f{centres[c].x + std::cos(a) * (rad + grow),
                            centres[c].y + std::sin(a) * (rad + grow)});
        }
    }
}

void append_quad(sf::VertexArray& out, float l, float t, float r, float b, sf::Color color) {
    if (r <= l || b <= t) return;
    for (const auto& p : {sf::Vector2f{l, t}, {r, t}, {r, b}, {l, t}, {r, b}, {l, b}})
        out.append(sf::Vertex(p, color));
}

// A fan at each corner of `rect`, from the centre of its arc out to the arc grown by `grow`.
void append_corner_fans(sf::VertexArray& out, sf::FloatRect rect, float radius, float grow,
                        int segments, sf::Color color) {
    const float rad = std::min({radius, rect.width / 2, rect.height / 2});
    const float l = rect.left, t = rect.top, r = rect.left + rect.width, b = rect.top + rect.height;
    const sf::Vector2f centres[4] = {
        {l + rad, t + rad}, {r - rad, t + rad}, {r - rad, b - rad}, {l + rad, b - rad}};
    int index = 0;
    sf::Vector2f previous;
    for_each_outline_point(rect, rad, grow, segments, [&](sf::Vector2f p) {
        const int corner = index / (segments + 1);
        if (index % (segments + 1) != 0) {
            out.append(sf::Vertex(centres[corner], color));
            out.append(sf::Vertex(previous, color));
            out.append(sf::Vertex(p, color));
        }
        previous = p;
        ++index;
    });
}

// Three rectangles and four small corner fans. A single fan from the centre would give long
// thin triangles that cross many of software GL's 64x64 tiles; this costs a fraction.
void append_fill(sf::VertexArray& out, sf::FloatRect rect, float radius, sf::Color color) {
    const float rad = std::min({radius, rect.width / 2, rect.height / 2});
    const float l = rect.left, t = rect.top, r = rect.left + rect.width, b = rect.top + rect.height;
    append_quad(out, l, t + rad, r, b - rad, color);
    append_quad(out, l + rad, t, r - rad, t + rad, color);
    append_quad(out, l + rad, b - rad, r - rad, b, color);
    if (rad > 0) append_corner_fans(out, rect, rad, 0.f, segments_for(rad), color);
}

void recolour(sf::VertexArray& va, sf::Color c) {
    for (std::size_t i = 0; i < va.getVertexCount(); ++i)
        va[i].color = c;
}

void append_all(sf::VertexArray& out, const sf::VertexArray& in) {
    for (std::size_t i = 0; i < in.getVertexCount(); ++i)
        out.append(in[i]);
}

}  // namespace

void RoundedRect::set_geometry(sf::FloatRect rect, float radius, float outline_thickness) {
    if (rect == rect_ && radius == radius_ && outline_thickness == outline_ &&
        fill_.getVertexCount())
        return;
    rect_ = rect;
    radius_ = radius;
    outline_ = outline_thickness;
    rebuild();
}

void RoundedRect::set_fill(sf::Color c) {
    if (c == fill_color_) return;
    fill_color_ = c;
    recolour(fill_, c);
}

void RoundedRect::set_outline(sf::Color c) {
    if (c == outline_color_) return;
    outline_color_ = c;
    recolour(stroke_, c);
    recolour(frame_, c);
}

void RoundedRect::rebuild() {
    fill_.clear();
    append_fill(fill_, rect_, radius_, fill_color_);
    stroke_.clear();
    frame_.clear();
    if (outline_ <= 0) return;
    const float rad = std::min({radius_, rect_.width / 2, rect_.height / 2});
    const int segments = segments_for(rad);
    // Under an opaque fill the outline needs no hole: four edge strips and, at each corner, a
    // fan as large as the outline's arc that the fill's corner then covers. Measured on the
    // home screen (15 cards) under software GL: 0.7 ms for these outlines and fills, 1.4 ms with
    // rings of thin slivers.
    const float l = rect_.left, t = rect_.top, r = l + rect_.width, b = t + rect_.height;
    const float w = outline_;
    append_quad(frame_, l + rad, t - w, r - rad, t, outline_color_);
    append_quad(frame_, l + rad, b, r - rad, b + w, outline_color_);
    append_quad(frame_, l - w, t + rad, l, b - rad, outline_color_);
    append_quad(frame_, r, t + rad, r + w, b - rad, outline_color_);
    append_corner_fans(frame_, rect_, rad, w, segments, outline_color_);
    // Over a see-through fill (or none, as for a focus ring) the outline must be a real ring,
    // sharing the fill's corner points so that no pixel is left between them.
    std::vector<sf::Vector2f> inner, outer;
    for_each_outline_point(rect_, radius_, 0.f, segments,
                           [&](sf::Vector2f p) { inner.push_back(p); });
    for_each_outline_point(rect_, radius_, outline_, segments,
                           [&](sf::Vector2f p) { outer.push_back(p); });
    for (std::size_t i = 0; i < inner.size(); ++i) {
        const auto k = (i + 1) % inner.size();
        // Two triangles per step of the ring.
        for (const auto& p : {outer[i], inner[i], outer[k], inner[i], inner[k], outer[k]})
            stroke_.append(sf::Vertex(p, outline_color_));
    }
}

bool RoundedRect::outline_under_fill() const {
    return outline_ > 0 && fill_color_.a == 255 && outline_color_.a == 255;
}

void RoundedRect::append_triangles(sf::VertexArray& out) const {
    if (outline_under_fill()) {
        append_all(out, frame_);
        append_all(out, fill_);
        return;
    }
    if (fill_color_.a) append_all(out, fill_);
    if (outline_ > 0 && outline_color_.a) append_all(out, stroke_);
}

void RoundedRect::draw(sf::RenderTarget& target, sf::RenderStates states) const {
    // Opaque colours need no blending: without it software GL writes the pixels without
    // reading them first, which is most of the cost of a large card.
    const sf::BlendMode given = states.blendMode;
    if (outline_under_fill()) {
        states.blendMode = sf::BlendNone;
        target.draw(frame_, states);
        target.draw(fill_, states);
        return;
    }
    if (fill_color_.a) {
        states.blendMode = fill_color_.a == 255 ? sf::BlendNone : given;
        target.draw(fill_, states);
    }
    if (outline_ > 0 && outline_color_.a) {
        states.blendMode = outline_color_.a == 255 ? sf::BlendNone : given;
        target.draw(stroke_, states);
    }
}

}  // namespace chronik::ui
