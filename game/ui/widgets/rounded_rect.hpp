// A rounded rectangle with an optional outline, rebuilt only when its geometry changes.
#pragma once

#include <SFML/Graphics/Drawable.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace chronik::ui {

class RoundedRect final : public sf::Drawable {
public:
    RoundedRect() = default;
    RoundedRect(sf::FloatRect rect, float radius) { set_geometry(rect, radius); }

    // Outline grows outwards by `thickness` so that the fill keeps its size.
    void set_geometry(sf::FloatRect rect, float radius, float outline_thickness = 0.f);
    void set_fill(sf::Color c);
    void set_outline(sf::Color c);
    sf::FloatRect rect() const { return rect_; }
    // Appends fill and outline as plain triangles (sf::Triangles), so that many shapes can be
    // drawn in one call: under software GL every draw call costs about as much as a large fill.
    void append_triangles(sf::VertexArray& triangles) const;

private:
    void draw(sf::RenderTarget& target, sf::RenderStates states) const override;
    void rebuild();
    bool outline_under_fill() const;

    sf::FloatRect rect_;
    float radius_ = 0, outline_ = 0;
    sf::Color fill_color_ = sf::Color::White, outline_color_ = sf::Color::Transparent;
    sf::VertexArray fill_{sf::Triangles};
    sf::VertexArray stroke_{sf::Triangles};  // the outline as a ring, for see-through fills
    sf::VertexArray frame_{sf::Triangles};   // the outline to lie under an opaque fill
};

}  // namespace chronik::ui
