#include "ui/widgets/rounded_rect.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <algorithm>
#include <cmath>

namespace chronik::ui {
namespace {

constexpr int kSegments = 8;  // per quarter circle: smooth at 12 px radius, cheap to draw

// Points of the rounded outline at `grow` pixels outside rect, clockwise from the top-left arc.
template <typename Fn>
void for_each_outline_point(sf::FloatRect r, float radius, float grow, Fn fn) {
    const float rad = std::min({radius, r.width / 2, r.height / 2});
    const sf::Vector2f centres[4] = {{r.left + rad, r.top + rad},
                                     {r.left + r.width - rad, r.top + rad},
                                     {r.left + r.width - rad, r.top + r.height - rad},
                                     {r.left + rad, r.top + r.height - rad}};
    const float start[4] = {180.f, 270.f, 0.f, 90.f};
    for (int c = 0; c < 4; ++c) {
        for (int i = 0; i <= kSegments; ++i) {
            const float a =
                (start[c] + 90.f * static_cast<float>(i) / kSegments) * 3.14159265f / 180.f;
            fn(sf::Vector2f{centres[c].x + std::cos(a) * (rad + grow),
                            centres[c].y + std::sin(a) * (rad + grow)});
        }
    }
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
    for (std::size_t i = 0; i < fill_.getVertexCount(); ++i)
        fill_[i].color = c;
}

void RoundedRect::set_outline(sf::Color c) {
    if (c == outline_color_) return;
    outline_color_ = c;
    for (std::size_t i = 0; i < stroke_.getVertexCount(); ++i)
        stroke_[i].color = c;
}

void RoundedRect::rebuild() {
    // Three rectangles and four small corner fans. A single fan from the centre would give long
    // thin triangles that cross many of software GL's 64x64 tiles; this costs a fraction.
    fill_.clear();
    const auto quad = [&](float l, float t, float r, float b) {
        if (r <= l || b <= t) return;
        const sf::Vertex a({l, t}, fill_color_), bb({r, t}, fill_color_), c({r, b}, fill_color_),
            d({l, b}, fill_color_);
        fill_.append(a);
        fill_.append(bb);
        fill_.append(c);
        fill_.append(a);
        fill_.append(c);
        fill_.append(d);
    };
    const float rad = std::min({radius_, rect_.width / 2, rect_.height / 2});
    const float l = rect_.left, t = rect_.top, r = rect_.left + rect_.width,
                b = rect_.top + rect_.height;
    quad(l, t + rad, r, b - rad);
    quad(l + rad, t, r - rad, t + rad);
    quad(l + rad, b - rad, r - rad, b);
    if (rad > 0) {
        const sf::Vector2f centres[4] = {
            {l + rad, t + rad}, {r - rad, t + rad}, {r - rad, b - rad}, {l + rad, b - rad}};
        int index = 0;
        sf::Vector2f previous;
        for_each_outline_point(rect_, radius_, 0.f, [&](sf::Vector2f p) {
            const int corner = index / (kSegments + 1);
            if (index % (kSegments + 1) != 0) {
                fill_.append(sf::Vertex(centres[corner], fill_color_));
                fill_.append(sf::Vertex(previous, fill_color_));
                fill_.append(sf::Vertex(p, fill_color_));
            }
            previous = p;
            ++index;
        });
    }
    stroke_.clear();
    if (outline_ <= 0) return;
    std::vector<sf::Vector2f> inner, outer;
    for_each_outline_point(rect_, radius_, 0.f, [&](sf::Vector2f p) { inner.push_back(p); });
    for_each_outline_point(rect_, radius_, outline_, [&](sf::Vector2f p) { outer.push_back(p); });
    for (std::size_t i = 0; i <= inner.size(); ++i) {
        const auto k = i % inner.size();
        stroke_.append(sf::Vertex(outer[k], outline_color_));
        stroke_.append(sf::Vertex(inner[k], outline_color_));
    }
}

void RoundedRect::append_triangles(sf::VertexArray& out) const {
    if (fill_color_.a) {
        for (std::size_t i = 0; i < fill_.getVertexCount(); ++i)
            out.append(fill_[i]);
    }
    if (outline_ > 0 && outline_color_.a && stroke_.getVertexCount() >= 3) {
        for (std::size_t i = 0; i + 2 < stroke_.getVertexCount(); ++i) {
            out.append(stroke_[i]);
            out.append(stroke_[i + 1]);
            out.append(stroke_[i + 2]);
        }
    }
}

void RoundedRect::draw(sf::RenderTarget& target, sf::RenderStates states) const {
    // Opaque colours need no blending: without it software GL writes the pixels without
    // reading them first, which is most of the cost of a large card.
    const sf::BlendMode given = states.blendMode;
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
