#include "round/event_arrangement.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace chronik::round {

EventArrangement::EventArrangement(std::size_t count) : slots_(count) {
    std::iota(slots_.begin(), slots_.end(), std::size_t{0});
}

void EventArrangement::check_slot(std::size_t slot, const char* command) const {
    if (slot >= slots_.size())
        throw std::out_of_range(std::string("event arrangement: ") + command + ": slot " +
                                std::to_string(slot) + " does not exist (the line has " +
                                std::to_string(slots_.size()) + ")");
}

std::size_t EventArrangement::slot_of(std::size_t event) const {
    const auto it = std::find(slots_.begin(), slots_.end(), event);
    if (it == slots_.end())
        throw std::out_of_range("event arrangement: event " + std::to_string(event) +
                                " does not exist");
    return static_cast<std::size_t>(it - slots_.begin());
}

std::optional<std::size_t> EventArrangement::held_slot() const {
    if (!held_) return std::nullopt;
    return slot_of(*held_);
}

void EventArrangement::move(std::size_t from_slot, std::size_t to_slot) {
    check_slot(from_slot, "move");
    check_slot(to_slot, "move");
    const std::size_t event = slots_[from_slot];
    slots_.erase(slots_.begin() + static_cast<std::ptrdiff_t>(from_slot));
    slots_.insert(slots_.begin() + static_cast<std::ptrdiff_t>(to_slot), event);
    if (held_) focus_ = slot_of(*held_);
}

void EventArrangement::set_focus(std::size_t slot) {
    check_slot(slot, "set_focus");
    held_.reset();
    focus_ = slot;
}

void EventArrangement::pick_up() {
    check_slot(focus_, "pick_up");
    held_ = slots_[focus_];
}

void EventArrangement::place() {
    held_.reset();
}

bool EventArrangement::step(bool left) {
    if (left ? focus_ == 0 : focus_ + 1 >= slots_.size()) return false;
    const std::size_t next = left ? focus_ - 1 : focus_ + 1;
    if (held_) std::swap(slots_[focus_], slots_[next]);
    focus_ = next;
    return true;
}

bool EventArrangement::move_left() {
    return step(true);
}

bool EventArrangement::move_right() {
    return step(false);
}

}  // namespace chronik::round
