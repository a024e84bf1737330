// The classroom timeline (Timeline-game style): teams take turns placing one event into a growing
// line.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bank/event_date.hpp"
#include "bank/item.hpp"
#include "srs/rating.hpp"

namespace chronik::round {

// Gaps of a line of n events are numbered 0..n: gap g lies between line[g−1]
// and line[g] (0 = before the first, n = after the last). `line` is in
// timeline order (bank::timeline_before).
//
// The gap where `date` belongs. Throws std::invalid_argument when `date`
// overlaps an event of the line (its place would be a guess).
std::size_t correct_gap(std::span<const bank::EventDate> line, const bank::EventDate& date);

// Whether `date` fits between the neighbours of `gap`. Throws std::out_of_range for gap > n.
bool fits_gap(std::span<const bank::EventDate> line, const bank::EventDate& date, std::size_t gap);

struct GrowingTimelineCard {
    std::string item_id;
    std::string text;
    bank::EventDate date;
};

// The result of one turn, revealed at once.
struct TurnResult {
    std::string item_id;
    std::size_t chosen_gap = 0;
    std::size_t correct_gap = 0;
    bool correct = false;
    Rating rating = Rating::Again;  // Good when correct, Again otherwise
};

// The line starts with the first dealt event, shown with its date. Each turn
// places the next event into a gap; right or wrong, the event then joins the
// line at its correct place (as in the card game), so every later turn builds
// on a true timeline. Which team plays a turn is the classroom flow's business.
class GrowingTimeline {
public:
    // `dealt` as deal_timeline returns it (pairwise distinct dates; at least
    // two events). Throws std::invalid_argument for null, non-event, repeated or
    // overlapping items, naming the ids.
    explicit GrowingTimeline(std::span<const bank::Item* const> dealt);

    // Placed events in timeline order.
    const std::vector<GrowingTimelineCard>& line() const { return line_; }
    bool finished() const { return next_ == pending_.size(); }
    std::size_t turns_left() const { return pending_.size() - next_; }
    // The event to place now. Throws std::logic_error when finished.
    const GrowingTimelineCard& current() const;

    // Places the current event into `gap` (0..line().size()). Throws
    // std::out_of_range for a gap that does not exist, std::logic_error when finished.
    TurnResult place(std::size_t gap);

private:
    std::vector<GrowingTimelineCard> line_;
    std::vector<GrowingTimelineCard> pending_;
    std::size_t next_ = 0;
};

}  // namespace chronik::round
