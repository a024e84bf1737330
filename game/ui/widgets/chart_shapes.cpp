#include "ui/widgets/chart_shapes.hpp"

#include <cmath>

namespace chronik::ui {

void add_rect(sf::VertexArray& va, sf::FloatRect r, sf::Color c) {
    const sf::Vector2f a{r.left, r.top}, b{r.left + r.width, r.top},
        d{r.left + r.width, r.top + r.height}, e{r.left, r.top + r.height};
    for (const auto& p : {a, b, d, a, d, e})
        va.append(sf::Vertex(p, c));
}

void add_line(sf::VertexArray& va, sf::Vector2f p, sf::Vector2f q, float width, sf::Color c) {
    const sf::Vector2f d = q - p;
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len <= 0) return;
    const sf::Vector2f n{-d.y / len * width / 2, d.x / len * width / 2};
    for (const auto& v : {p + n, q + n, q - n, p + n, q - n, p - n})
        va.append(sf::Vertex(v, c));
}

}  // namespace chronik::ui
