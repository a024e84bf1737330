// A timeline round: dealt events the student puts in order by commands, then submits for partial
// credit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bank/event_date.hpp"
#include "bank/item.hpp"
#include "round/answer_rating.hpp"
#include "round/round_summary.hpp"
#include "round/timeline_score.hpp"
#include "srs/rating.hpp"

namespace chronik::round {

struct TimelineCard {
    std::string item_id;
    std::string text;
    bank::EventDate date;  // hidden until the result
    std::string quote;
};

struct TimelineEventResult {
    std::string item_id;
    std::string text;
    bank::EventDate date;
    std::size_t placed_slot = 0;
    std::size_t correct_slot = 0;
    PlacementMark mark = PlacementMark::OutOfPlace;  // see mark_timeline_placement
    Rating rating = Rating::Again;                   // apply to the card with the scheduler
    bool in_correct_slot() const { return placed_slot == correct_slot; }
};

struct TimelineResult {
    std::vector<TimelineEventResult> events;  // in the order the student placed them
    std::vector<std::size_t> correct_order;   // indices into `events`, earliest first
    PairScore pairs;                          // pairs.percent() is the score
    std::int64_t time_ms = 0;

    // Events not on the correctly ordered run, in placed order.
    std::size_t out_of_place_count() const;
    RoundSummary summary() const;
};

enum class TimelinePhase { Placing, Submitted };

// The placement is always a full order of the dealt cards over slots
// 0..n−1 (left = earliest). Mouse: move(from, to) drags a card to a slot.
// Keyboard: a focus slot moves with move_left/move_right; select (or
// pick_up) takes the focused card, then move_left/move_right carry it along
// the timeline, and place puts it down. Commands after submit throw
// std::logic_error; slots out of range throw std::out_of_range.
class TimelineRound {
public:
    // `dealt` in display order (as deal_timeline returns it). Throws
    // std::invalid_argument (naming the ids) for fewer than two cards, a null
    // item or one that is not an event, an item dealt twice, or two events
    // whose dates overlap (their order would be a guess).
    explicit TimelineRound(std::span<const bank::Item* const> dealt);

    TimelinePhase phase() const { return phase_; }
    std::size_t size() const { return cards_.size(); }
    // The dealt cards; a card's index never changes.
    const std::vector<TimelineCard>& cards() const { return cards_; }
    // slots()[slot] = index of the card in that slot.
    const std::vector<std::size_t>& slots() const { return slots_; }
    const TimelineCard& card_in_slot(std::size_t slot) const;
    std::size_t slot_of_card(std::size_t card) const;

    // Mouse: takes the card out of `from_slot` and inserts it at `to_slot`;
    // the cards in between shift by one. A held card stays held and the focus
    // follows it.
    void move(std::size_t from_slot, std::size_t to_slot);

    // Keyboard.
    std::size_t focus() const { return focus_; }
    bool holding() const { return held_card_.has_value(); }
    std::optional<std::size_t> held_slot() const;
    void set_focus(std::size_t slot);  // puts a held card down where it is first
    void select(std::size_t slot);     // focus the slot and pick its card up
    void pick_up();                    // the focused card
    void place();                      // put the held card down where it is
    // With a held card: swap it with its neighbour. Otherwise: move the
    // focus. Returns false (and changes nothing) at the end of the timeline.
    bool move_left();
    bool move_right();

    // Ends the round (a held card is placed where it is) and scores it.
    const TimelineResult& submit(std::int64_t elapsed_ms);
    // The result after submit; nullopt before.
    const std::optional<TimelineResult>& result() const { return result_; }

    // The correct rank (0 = earliest) of each card, by its date.
    const std::vector<std::size_t>& correct_ranks() const { return ranks_; }

private:
    void require_placing(const char* command) const;
    void check_slot(std::size_t slot, const char* command) const;
    bool step(int direction);

    std::vector<TimelineCard> cards_;
    std::vector<std::size_t> ranks_;  // per card
    std::vector<std::size_t> slots_;
    std::size_t focus_ = 0;
    std::optional<std::size_t> held_card_;
    TimelinePhase phase_ = TimelinePhase::Placing;
    std::optional<TimelineResult> result_;
};

}  // namespace chronik::round
