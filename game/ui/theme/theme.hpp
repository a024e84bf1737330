// The look of the game: palette, spacing, type scale and motion, in one value scenes read from.
#pragma once

#include <SFML/Graphics/Color.hpp>

namespace chronik::ui {

enum class Contrast { Normal, High };
enum class Motion { Full, Reduced };

struct Palette {
    sf::Color background;  // the scene floor
    sf::Color letterbox;   // bars outside the 1280x720 view
    sf::Color surface;     // cards, panels
    sf::Color surface_raised;
    sf::Color surface_pressed;
    sf::Color border;
    sf::Color text;
    sf::Color text_muted;
    sf::Color text_on_accent;
    sf::Color accent;
    sf::Color accent_soft;  // accent at low strength, for hover fills
    sf::Color focus;        // the keyboard focus ring
    sf::Color success;
    sf::Color danger;
    sf::Color scrim;  // dims the scenes below an overlay
};

// Distances in logical pixels (the view is always 1280x720).
struct Spacing {
    float xs = 4, sm = 8, md = 16, lg = 24, xl = 32, xxl = 48;
    float radius = 12;      // corner radius of buttons and cards
    float focus_width = 3;  // focus ring stroke
    float focus_gap = 4;    // space between a widget and its ring
};

// Character sizes in logical pixels.
struct TypeScale {
    unsigned display = 96;
    unsigned h1 = 40;
    unsigned h2 = 28;
    unsigned body = 22;
    unsigned small = 18;
    unsigned caption = 15;
};

// Durations in seconds; zero under reduced motion.
struct Durations {
    float scene_fade = 0.22f;
    float hover = 0.12f;
    float press = 0.08f;
};

struct Theme {
    Palette palette;
    Spacing spacing;
    TypeScale type;
    Durations durations;
    Motion motion = Motion::Full;
    Contrast contrast = Contrast::Normal;

    static Theme make(Contrast contrast, Motion motion);
};

// Linear blend of two colours, t in [0, 1].
sf::Color mix(sf::Color a, sf::Color b, float t);
sf::Color with_alpha(sf::Color c, sf::Uint8 alpha);

}  // namespace chronik::ui
