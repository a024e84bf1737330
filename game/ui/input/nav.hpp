// Keyboard navigation commands shared by every scene: arrows/Tab move focus, Enter/Space activate,
// Esc backs out.
#pragma once

#include <SFML/Window/Event.hpp>

#include <optional>

namespace chronik::ui {

enum class Nav { Up, Down, Left, Right, Next, Previous, Activate, Back };

// The navigation command of a key press, if it is one.
inline std::optional<Nav> nav_command(const sf::Event& e) {
    if (e.type != sf::Event::KeyPressed) return std::nullopt;
    switch (e.key.code) {
        case sf::Keyboard::Up:
            return Nav::Up;
        case sf::Keyboard::Down:
            return Nav::Down;
        case sf::Keyboard::Left:
            return Nav::Left;
        case sf::Keyboard::Right:
            return Nav::Right;
        case sf::Keyboard::Tab:
            return e.key.shift ? Nav::Previous : Nav::Next;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space:
            return Nav::Activate;
        case sf::Keyboard::Escape:
            return Nav::Back;
        default:
            return std::nullopt;
    }
}

inline bool is_key(const sf::Event& e, sf::Keyboard::Key key) {
    return e.type == sf::Event::KeyPressed && e.key.code == key;
}

// A mouse move, press or release (what buttons take from the mouse).
inline bool is_mouse(const sf::Event& e) {
    return e.type == sf::Event::MouseMoved || e.type == sf::Event::MouseButtonPressed ||
           e.type == sf::Event::MouseButtonReleased;
}

}  // namespace chronik::ui
