#include "ui/theme/theme.hpp"

#include <algorithm>
#include <cmath>

namespace chronik::ui {

Theme Theme::make(Contrast contrast, Motion motion) {
    Theme t;
    t.contrast = contrast;
    t.motion = motion;
    if (contrast == Contrast::Normal) {
        // Deep blue-grey floor, one teal accent, warm focus ring: calm, readable on projectors.
        t.palette = Palette{
            .background = {17, 21, 30},
            .letterbox = {9, 11, 16},
            .surface = {27, 33, 46},
            .surface_raised = {37, 45, 62},
            .surface_pressed = {22, 27, 38},
            .border = {56, 66, 88},
            .text = {234, 237, 243},
            .text_muted = {156, 166, 186},
            .text_on_accent = {10, 24, 24},
            .accent = {78, 201, 176},
            .accent_soft = {78, 201, 176, 46},
            .focus = {255, 206, 102},
            .success = {110, 206, 128},
            .danger = {236, 110, 118},
            .scrim = {6, 8, 12, 190},
        };
    } else {
        t.palette = Palette{
            .background = {0, 0, 0},
            .letterbox = {0, 0, 0},
            .surface = {0, 0, 0},
            .surface_raised = {24, 24, 24},
            .surface_pressed = {48, 48, 48},
            .border = {255, 255, 255},
            .text = {255, 255, 255},
            .text_muted = {230, 230, 230},
            .text_on_accent = {0, 0, 0},
            .accent = {255, 225, 64},
            .accent_soft = {255, 225, 64, 70},
            .focus = {0, 230, 255},
            .success = {120, 255, 140},
            .danger = {255, 120, 120},
            .scrim = {0, 0, 0, 225},
        };
        t.spacing.focus_width = 4;
    }
    if (motion == Motion::Reduced) t.durations = Durations{0, 0, 0};
    return t;
}

sf::Color mix(sf::Color a, sf::Color b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    auto lerp = [t](sf::Uint8 x, sf::Uint8 y) {
        return static_cast<sf::Uint8>(
            std::lround(static_cast<float>(x) + (static_cast<float>(y) - x) * t));
    };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), lerp(a.a, b.a)};
}

sf::Color with_alpha(sf::Color c, sf::Uint8 alpha) {
    c.a = alpha;
    return c;
}

}  // namespace chronik::ui
