// Where an arrow key moves the keyboard focus among boxes laid out on screen: to the nearest box
// in that direction, as the eye expects, whatever order the boxes were added in.
#pragma once

#include <SFML/Graphics/Rect.hpp>

#include <cstddef>
#include <optional>
#include <vector>

namespace chronik::ui {

enum class Direction { Up, Down, Left, Right };

// The box the focus moves to from boxes[from] when the arrow `direction` is pressed, or none when
// no box lies that way (the focus stays). A box lies that way when its centre is beyond the
// focused box's centre in that direction. Boxes that share the focused box's row (Left/Right) or
// column (Up/Down) come first, the nearest of them; otherwise the nearest by distance, a step
// sideways counting twice a step ahead, so Down from the end of a full row reaches the last entry
// of a shorter row below, and Down from a row of small buttons reaches the wide one under them.
std::optional<std::size_t> nearest_in_direction(const std::vector<sf::FloatRect>& boxes,
                                                std::size_t from, Direction direction);

}  // namespace chronik::ui
