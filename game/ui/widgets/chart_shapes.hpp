// Filled rectangles and thick lines appended to a triangle list, for the charts of the statistics
// and exam-plan screens (one vertex array, one draw call per chart).
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/VertexArray.hpp>

namespace chronik::ui {

void add_rect(sf::VertexArray& va, sf::FloatRect r, sf::Color c);
// A line from p to q `width` pixels thick; nothing when p and q are the same point.
void add_line(sf::VertexArray& va, sf::Vector2f p, sf::Vector2f q, float width, sf::Color c);

}  // namespace chronik::ui
