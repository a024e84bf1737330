// The network student's placement of timeline events: mouse moves, keyboard carries, a full order.
#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

#include "round/event_arrangement.hpp"

using chronik::round::EventArrangement;
using Slots = std::vector<std::size_t>;

TEST_CASE("an arrangement starts as dealt and a drag inserts the event at its new slot") {
    EventArrangement a(5);
    CHECK(a.slots() == Slots{0, 1, 2, 3, 4});
    a.move(0, 3);
    CHECK(a.slots() == Slots{1, 2, 3, 0, 4});
    a.move(4, 0);
    CHECK(a.slots() == Slots{4, 1, 2, 3, 0});
    CHECK(a.slot_of(0) == 4);
    CHECK_THROWS_AS(a.move(5, 0), std::out_of_range);
    CHECK_THROWS_AS(a.slot_of(7), std::out_of_range);
}

TEST_CASE("the keyboard moves the focus, or carries the held event along the line") {
    EventArrangement a(4);
    CHECK_FALSE(a.move_left());  // at the start
    CHECK(a.move_right());
    CHECK(a.focus() == 1);
    a.pick_up();
    CHECK(a.holding());
    CHECK(a.move_right());
    CHECK(a.move_right());
    CHECK_FALSE(a.move_right());  // at the end: nothing changes
    CHECK(a.slots() == Slots{0, 2, 3, 1});
    CHECK(a.held_slot() == 3u);
    a.move(3, 0);  // a drag of the held event: the focus follows it
    CHECK(a.focus() == 0);
    a.place();
    CHECK_FALSE(a.holding());
    CHECK(a.move_right());
    CHECK(a.slots() == Slots{1, 0, 2, 3});
    a.pick_up();
    a.set_focus(3);  // puts the event down where it is
    CHECK_FALSE(a.holding());
    CHECK(a.slots() == Slots{1, 0, 2, 3});
}

TEST_CASE("an empty arrangement refuses to pick anything up") {
    EventArrangement a;
    CHECK(a.size() == 0);
    CHECK_FALSE(a.move_right());
    CHECK_THROWS_AS(a.pick_up(), std::out_of_range);
}
