// A simulated learner whose memory follows FSRS-6 with known weights: review logs for tests and
// benchmarks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "optimize/review_row.hpp"
#include "optimize/weights.hpp"

namespace chronik::optimize {

struct LearnerSimulation {
    Weights learner_weights = kDefaultWeights;    // how the simulated learner really forgets
    Weights scheduler_weights = kDefaultWeights;  // what schedules the cards
    double desired_retention = 0.9;
    std::size_t reviews = 5000;
    std::size_t new_cards_per_day = 20;
    std::uint64_t seed = 1;
    TimeMs start_ms = 1735689600000;  // 2025-01-01T00:00Z
};

// Cards are introduced new_cards_per_day a day at random times of day. The first rating is
// Again/Hard/Good/Easy with 20/15/50/15 %. Later, the learner recalls with the probability of the
// learner's forgetting curve (README 11.2 model, elapsed time in fractional days), answers Again
// when it forgets and otherwise Hard/Good/Easy with 15/70/15 %. After Again, and after a first
// Hard, the card comes back 10 minutes later (a same-day step); otherwise the scheduler's own
// memory state (scheduler_weights) sets the interval in whole days for desired_retention, and the
// review happens at a random time of that day. Rows come out sorted by card, then time; card ids
// start at 1001. Deterministic for a given seed.
std::vector<ReviewRow> simulate_review_log(const LearnerSimulation& simulation);

}  // namespace chronik::optimize
