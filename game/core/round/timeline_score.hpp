// Partial credit for a timeline: how many pairs of events are in the right order (Kendall tau).
#pragma once

#include <cstddef>
#include <span>

namespace chronik::round {

// Every pair of events is either ordered like the true timeline or reversed.
// The score is the share of ordered pairs, so it explains itself: "12 of 15
// pairs in the right order = 80 %". Kendall's tau is the same count on a −1..1
// scale: (ordered − reversed) / all pairs.
struct PairScore {
    std::size_t ordered = 0;
    std::size_t total = 0;  // n(n−1)/2

    std::size_t reversed() const { return total - ordered; }
    // round(100 × ordered / total), half up; 100 when there are no pairs.
    int percent() const;
    // 1 when there are no pairs.
    double kendall_tau() const;
};

// placed_ranks[slot] = correct 0-based rank of the event in that slot (a
// permutation; see mark_timeline_placement). O(n²): timelines are short.
// Throws std::invalid_argument when it is not a permutation.
PairScore score_pairs(std::span<const std::size_t> placed_ranks);

}  // namespace chronik::round
