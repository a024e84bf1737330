// Dealing a timeline: 5–8 events whose dates are clearly distinct, drawn from a pool with the Rng.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "bank/item.hpp"
#include "random/rng.hpp"

namespace chronik::round {

inline constexpr std::size_t kMinTimelineEvents = 5;
inline constexpr std::size_t kMaxTimelineEvents = 8;

struct TimelineDealOptions {
    std::size_t event_count = 6;  // kMinTimelineEvents..kMaxTimelineEvents
    // The first priority_count candidates of the pool (e.g. the due event
    // cards, most urgent first) are tried in the given order before all
    // others, which are tried in an Rng-shuffled order. 0: all at random.
    std::size_t priority_count = 0;
};

// Deals event_count events of `pool` whose date spans (EventDate::span) do
// not overlap pairwise, so the true order is never in doubt: "1961" and
// "Juni 1961" are never dealt together. Candidates are taken greedily in the
// order above; if that order runs into a dead end although the pool holds
// enough distinct events, a largest distinct set of the pool is used instead
// (still preferring earlier candidates). If the pool has fewer distinct
// events than asked but at least kMinTimelineEvents, that many are dealt.
//
// Items that are not timeline events are ignored, so the whole bank can be
// passed. The result is in display order: shuffled with `rng` and never
// already in chronological order. Same pool, options and seed: same deal.
//
// Throws std::invalid_argument when event_count is outside 5..8, the pool
// holds a null item, or fewer than kMinTimelineEvents distinct events exist
// (the message gives the count).
std::vector<const bank::Item*> deal_timeline(std::span<const bank::Item* const> pool,
                                             const TimelineDealOptions& options, Rng& rng);

// The most events of `pool` with pairwise distinct dates (non-overlapping
// spans), e.g. to hide the timeline entry when a deck cannot fill one. O(n log n).
std::size_t max_distinct_events(std::span<const bank::Item* const> pool);

}  // namespace chronik::round
