// The student's order of a timeline's events while placing them: which event lies in which slot,
// the keyboard focus and the event in the hand. No dates: the network student places events whose
// dates only the host knows.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace chronik::round {

// Always a full order of events 0..n−1 over slots 0..n−1 (left = earliest), at first as dealt.
// Mouse: move(from, to) drags an event to a slot. Keyboard: the focus slot moves with
// move_left/move_right; pick_up takes the focused event, then move_left/move_right carry it along
// the line, and place puts it down. Slots out of range throw std::out_of_range.
class EventArrangement {
public:
    explicit EventArrangement(std::size_t count = 0);

    std::size_t size() const { return slots_.size(); }
    // slots()[slot] = the event in that slot.
    const std::vector<std::size_t>& slots() const { return slots_; }
    std::size_t slot_of(std::size_t event) const;

    // Takes the event out of `from_slot` and inserts it at `to_slot`; the events in between
    // shift by one. A held event stays held and the focus follows it.
    void move(std::size_t from_slot, std::size_t to_slot);

    std::size_t focus() const { return focus_; }
    bool holding() const { return held_.has_value(); }
    std::optional<std::size_t> held_slot() const;
    void set_focus(std::size_t slot);  // puts a held event down where it is first
    void pick_up();                    // the focused event
    void place();                      // puts the held event down where it is
    // With an event in the hand: swap it with its neighbour. Otherwise: move the focus. False
    // (and nothing changes) at the end of the line.
    bool move_left();
    bool move_right();

private:
    void check_slot(std::size_t slot, const char* command) const;
    bool step(bool left);

    std::vector<std::size_t> slots_;
    std::size_t focus_ = 0;
    std::optional<std::size_t> held_;  // the event in the hand
};

}  // namespace chronik::round
