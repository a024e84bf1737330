// The class game's projector grid (the content column every stage lines up on) and its text style.
#pragma once

#include "ui/widgets/text_block.hpp"

namespace chronik::ui::class_layout {

inline constexpr float kLeft = 80.f, kWidth = 1120.f;

// Class game texts are set a little looser than elsewhere: they are read from the back.
inline TextStyle style(FontFace face, unsigned size, unsigned min, sf::Color colour, Align align,
                       VAlign valign, bool wrap) {
    return {face, size, min, colour, align, valign, 1.15f, wrap};
}

}  // namespace chronik::ui::class_layout
