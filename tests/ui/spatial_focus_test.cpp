#include <doctest/doctest.h>

#include "ui/input/spatial_focus.hpp"

using chronik::ui::Direction;
using chronik::ui::nearest_in_direction;

namespace {

// A menu of `n` entries, `columns` to a row, each 100x40 with gaps of 20.
std::vector<sf::FloatRect> grid(int n, int columns) {
    std::vector<sf::FloatRect> boxes;
    for (int i = 0; i < n; ++i)
        boxes.push_back({static_cast<float>(i % columns) * 120.f,
                         static_cast<float>(i / columns) * 60.f, 100.f, 40.f});
    return boxes;
}

}  // namespace

TEST_CASE("arrows in a full grid move one row or one column, and stop at the edges") {
    const auto boxes = grid(9, 3);
    CHECK(nearest_in_direction(boxes, 4, Direction::Up) == 1u);
    CHECK(nearest_in_direction(boxes, 4, Direction::Down) == 7u);
    CHECK(nearest_in_direction(boxes, 4, Direction::Left) == 3u);
    CHECK(nearest_in_direction(boxes, 4, Direction::Right) == 5u);
    // No wrapping to the next row or around: the focus stays.
    CHECK_FALSE(nearest_in_direction(boxes, 2, Direction::Right).has_value());
    CHECK_FALSE(nearest_in_direction(boxes, 3, Direction::Left).has_value());
    CHECK_FALSE(nearest_in_direction(boxes, 0, Direction::Up).has_value());
    CHECK_FALSE(nearest_in_direction(boxes, 7, Direction::Down).has_value());
}

TEST_CASE("Down from the end of a full row reaches the last entry of a shorter row below") {
    // 3 + 3 + 1: index order would jump to nothing (5 + 3 = 8 does not exist).
    const auto boxes = grid(7, 3);
    CHECK(nearest_in_direction(boxes, 5, Direction::Down) == 6u);
    CHECK(nearest_in_direction(boxes, 4, Direction::Down) == 6u);
    // And Up from it goes to the entry above it, not to the row's end.
    CHECK(nearest_in_direction(boxes, 6, Direction::Up) == 3u);
}

TEST_CASE("rows of different widths: Down from small buttons reaches the wide one under them") {
    // Seven small buttons in a row, then two actions: one on the left, one wide on the right.
    std::vector<sf::FloatRect> boxes = grid(7, 7);
    boxes.push_back({0.f, 100.f, 300.f, 50.f});    // 7: under buttons 0..2
    boxes.push_back({520.f, 100.f, 320.f, 50.f});  // 8: under buttons 4..6
    CHECK(nearest_in_direction(boxes, 1, Direction::Down) == 7u);
    CHECK(nearest_in_direction(boxes, 5, Direction::Down) == 8u);
    CHECK(nearest_in_direction(boxes, 6, Direction::Down) == 8u);
    // Button 3 (centre 410) is under neither: the one whose centre is nearer (150, not 680).
    CHECK(nearest_in_direction(boxes, 3, Direction::Down) == 7u);
    CHECK(nearest_in_direction(boxes, 8, Direction::Up) == 5u);  // the one its centre is under
    CHECK(nearest_in_direction(boxes, 7, Direction::Right) == 8u);
    CHECK(nearest_in_direction(boxes, 8, Direction::Left) == 7u);
}

TEST_CASE("the order the boxes were added in does not matter, and bad input moves nothing") {
    auto boxes = grid(4, 2);
    std::swap(boxes[0], boxes[3]);  // box 0 is now bottom right, box 3 top left
    CHECK(nearest_in_direction(boxes, 3, Direction::Right) == 1u);
    CHECK(nearest_in_direction(boxes, 3, Direction::Down) == 2u);
    CHECK(nearest_in_direction(boxes, 2, Direction::Right) == 0u);
    CHECK_FALSE(nearest_in_direction(boxes, 9, Direction::Down).has_value());
    CHECK_FALSE(nearest_in_direction({}, 0, Direction::Down).has_value());
    CHECK_FALSE(nearest_in_direction(grid(1, 1), 0, Direction::Down).has_value());
}
