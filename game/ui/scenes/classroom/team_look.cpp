#include "ui/scenes/classroom/team_look.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>

#include "ui/text/classroom_strings.hpp"

namespace chronik::ui {

using classroom::TeamColour;
using classroom::TeamSymbol;

sf::Color team_colour(TeamColour colour) {
    switch (colour) {
        case TeamColour::Red:
            return {232, 76, 76};
        case TeamColour::Blue:
            return {72, 142, 240};
        case TeamColour::Green:
            return {76, 190, 96};
        case TeamColour::Yellow:
            return {242, 204, 56};
        case TeamColour::Purple:
            return {170, 110, 232};
        case TeamColour::Orange:
            return {244, 144, 52};
    }
    return sf::Color::White;
}

const std::string& colour_label(const StringTable& s, TeamColour colour) {
    const auto base = static_cast<int>(ClassText::ColourRed);
    return text(s, static_cast<ClassText>(base + static_cast<int>(colour)));
}

const std::string& symbol_label(const StringTable& s, TeamSymbol symbol) {
    const auto base = static_cast<int>(ClassText::SymbolCircle);
    return text(s, static_cast<ClassText>(base + static_cast<int>(symbol)));
}

void draw_team_symbol(sf::RenderTarget& target, const classroom::Team& team, sf::Vector2f c,
                      float size, sf::Uint8 alpha) {
    sf::Color fill = team_colour(team.colour);
    fill.a = alpha;
    const sf::Color outline(10, 12, 18, alpha);
    const float r = size / 2.f;
    const float stroke = std::max(1.5f, size / 14.f);
    auto style = [&](sf::Shape& s) {
        s.setFillColor(fill);
        s.setOutlineColor(outline);
        s.setOutlineThickness(stroke);
    };
    switch (team.symbol) {
        case TeamSymbol::Circle: {
            // Reused: drawn every frame while a countdown runs, so no allocation per frame.
            static sf::CircleShape s(1.f, 40);
            s.setRadius(r - stroke);
            s.setOrigin(r - stroke, r - stroke);
            s.setPosition(c);
            style(s);
            target.draw(s);
            return;
        }
        case TeamSymbol::Square: {
            const float side = 2.f * (r - stroke) * 0.86f;
            static sf::RectangleShape s;
            s.setSize({side, side});
            s.setOrigin(side / 2.f, side / 2.f);
            s.setPosition(c);
            style(s);
            target.draw(s);
            return;
        }
        default:
            break;
    }
    // Polygons around the centre (SFML fills them as a fan from the centre, which suits stars).
    static sf::ConvexShape s;
    const float R = r - stroke;
    auto polar = [&](float radius, float degrees) {
        const float a = degrees * 3.14159265f / 180.f;
        return sf::Vector2f(c.x + radius * std::cos(a), c.y + radius * std::sin(a));
    };
    if (team.symbol == TeamSymbol::Triangle) {
        s.setPointCount(3);
        for (int i = 0; i < 3; ++i)
            s.setPoint(i, polar(R * 1.08f, -90.f + 120.f * i) + sf::Vector2f(0, R * 0.12f));
    } else if (team.symbol == TeamSymbol::Star) {
        s.setPointCount(10);
        for (int i = 0; i < 10; ++i)
            s.setPoint(i, polar(i % 2 == 0 ? R * 1.05f : R * 0.45f, -90.f + 36.f * i));
    } else if (team.symbol == TeamSymbol::Diamond) {
        s.setPointCount(4);
        for (int i = 0; i < 4; ++i)
            s.setPoint(i, polar(i % 2 == 0 ? R : R * 0.72f, -90.f + 90.f * i));
    } else {  // a plus turned by 45 degrees: an X
        const float a = R * 1.0f, w = R * 0.3f;
        const sf::Vector2f pts[12] = {{-w, -a}, {w, -a}, {w, -w}, {a, -w}, {a, w},   {w, w},
                                      {w, a},   {-w, a}, {-w, w}, {-a, w}, {-a, -w}, {-w, -w}};
        const float k = std::sqrt(0.5f);
        s.setPointCount(12);
        for (int i = 0; i < 12; ++i) {
            const sf::Vector2f p = pts[i];
            s.setPoint(i, c + sf::Vector2f((p.x - p.y) * k, (p.x + p.y) * k));
        }
    }
    style(s);
    target.draw(s);
}

std::optional<std::string> team_key_name(sf::Keyboard::Key key) {
    if (key >= sf::Keyboard::A && key <= sf::Keyboard::Z)
        return std::string(1, static_cast<char>('A' + (key - sf::Keyboard::A)));
    if (key >= sf::Keyboard::Num0 && key <= sf::Keyboard::Num9)
        return std::string(1, static_cast<char>('0' + (key - sf::Keyboard::Num0)));
    if (key >= sf::Keyboard::Numpad0 && key <= sf::Keyboard::Numpad9)
        return std::string(1, static_cast<char>('0' + (key - sf::Keyboard::Numpad0)));
    return std::nullopt;
}

}  // namespace chronik::ui
