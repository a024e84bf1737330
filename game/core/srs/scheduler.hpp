// The FSRS-6 scheduler (ts-fsrs 5.4.2, bit for bit): preview all four ratings, then apply one.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>

#include "srs/card_state.hpp"
#include "srs/rating.hpp"
#include "srs/scheduler_params.hpp"
#include "time/time_point.hpp"

namespace chronik {

// A review the scheduler cannot take, e.g. one dated on an earlier UTC day than the last review.
struct SchedulingError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// One possible result of a review: the card after it and the wait until it is due again.
struct ReviewOutcome {
    Rating rating = Rating::Good;
    CardState card;
    TimeMs interval_ms = 0;  // card.due - review time
};

// The outcome of each rating at one review, computed together (what rating buttons show).
struct ReviewPreview {
    std::array<ReviewOutcome, 4> outcomes;  // Again, Hard, Good, Easy
    const ReviewOutcome& operator[](Rating r) const { return outcomes[to_int(r) - 1]; }
};

// Fuzz (enable_fuzz): like ts-fsrs, a day interval of 3 days or more is moved to a random whole
// number of days in a window around it: +-(1 + 15% of the part of the interval between 2.5
// and 7 days + 10% of the part between 7 and 20 + 5% of the part beyond 20), never below 2
// days, never past maximum_interval, and never shorter than the time already waited (so an
// overdue card is not scheduled into the past). Same-day steps are never fuzzed.
// The random draw is one uniform number per review, from Rng seeded with
// mix(fuzz_seed, card_key, reps, review time): the same profile seed, card and clock always
// give the same interval, different cards spread apart, and all four ratings of one preview
// share the draw (so their order is kept). Fuzz is applied before the Hard/Good/Easy ordering,
// as in ts-fsrs.
class Scheduler {
public:
    // Fills defaults, checks and clips the params. Throws SchedulerParamsError.
    explicit Scheduler(const SchedulerParams& params = {});

    // The params in use (weights after clipping).
    const SchedulerParams& params() const { return params_; }
    const DerivedConstants& derived() const { return derived_; }

    // The card after each of the four ratings at `now`. card_key tells cards apart for fuzz
    // (e.g. the card id); it changes nothing when fuzz is off. Throws SchedulingError.
    ReviewPreview preview(const CardState& card, TimeMs now, std::uint64_t card_key = 0) const;

    // The card after one rating at `now`; equal to preview(card, now, key)[rating].card but
    // computes only what that rating needs.
    CardState next(const CardState& card, Rating rating, TimeMs now,
                   std::uint64_t card_key = 0) const;

    // Whole UTC calendar days from the last review to `now` (the t of the formulas; 0 for a
    // New card or one never reviewed). Throws SchedulingError when negative.
    int elapsed_days(const CardState& card, TimeMs now) const;

    // R that a review at `now` uses (whole UTC calendar days); none for a New card.
    std::optional<double> review_retrievability(const CardState& card, TimeMs now) const;

    // R for display, as ts-fsrs get_retrievability: whole 24-hour periods since the last
    // review; 0 for a New card.
    double retrievability(const CardState& card, TimeMs now) const;

    // The forgetting curve: round8((1 + factor * t / S)^decay).
    double forgetting_curve(double elapsed_days, double stability) const;

    // ivl(S) without fuzz: round(S * interval_modifier) days, at least 1, at most the maximum.
    int interval_days(double stability) const;

private:
    struct Memory {
        double stability;
        double difficulty;
    };
    struct ReviewContext;

    Memory initial_memory(int g) const;
    double next_difficulty(double d, int g) const;
    Memory memory_after(ReviewContext& ctx, int g) const;
    int fuzzed_interval(double stability, ReviewContext& ctx) const;
    // Fills *out[g] for each rating g (1..4) whose pointer is set, computing only what those
    // ratings need.
    void compute(const CardState& card, TimeMs now, std::uint64_t card_key,
                 const std::array<ReviewOutcome*, 5>& out) const;

    SchedulerParams params_;
    DerivedConstants derived_;
    // Values the formulas recompute at every review in ts-fsrs; computing them once gives the
    // same doubles.
    std::array<double, 5> d0_{};                // raw initial difficulty D0(g), g = 1..4
    std::array<double, 5> short_term_exp_{};    // exp(w17 * (g - 3 + w18)), g = 1..4
    std::array<double, 5> difficulty_delta_{};  // -w6 * (g - 3)
    double mean_reversion_target_ = 0.0;        // w7 * D0(4)
    double mean_reversion_keep_ = 0.0;          // 1 - w7
    double exp_w8_ = 0.0;
    double exp_w17_w18_ = 1.0;  // 1 when short-term is off
};

}  // namespace chronik
