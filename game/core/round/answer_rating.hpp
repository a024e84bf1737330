// The rules that turn what a student did in a round into the FSRS rating of the card.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "srs/card_state.hpp"
#include "srs/rating.hpp"

namespace chronik::round {

// ---------------------------------------------------------------------------
// Multiple choice
//
// The rating depends on correctness, on how fast the answer came compared with
// how long the question takes to read, and on whether the card was already known:
//
//   wrong or timed out                                   -> Again
//   correct but slow                                     -> Hard
//   correct                                              -> Good
//   correct and fast on a known card (see card_is_known) -> Easy
//
// "Fast" and "slow" are relative to the question's reading length, because a
// two-line question with four long choices cannot be answered as quickly as
// "In welchem Jahr ...?" with four years:
//
//   reading_ms  = characters(prompt + all choices) / reading_chars_per_second
//   expected_ms = reading_ms + thinking_allowance_ms
//   fast        : response_ms <= fast_share  * expected_ms
//   slow        : response_ms >  slow_factor * expected_ms
//
// With the defaults (15 characters per second, 5 s to think, fast within half
// and slow beyond 1.5 times the expected time) a question of 150 characters
// expects 15 s: fast up to 7.5 s, slow after 22.5 s.
// ---------------------------------------------------------------------------

enum class AnswerOutcome { Correct, Wrong, TimedOut };

enum class AnswerPace { Fast, InTime, Slow };

struct AnswerRatingRules {
    // Silent reading of dense on-screen text full of names and dates is slower
    // than prose (~200 words/min, ~20 characters/s); 15 characters/s leaves room
    // for students reading in a second language.
    double reading_chars_per_second = 15.0;
    // Time to recall and decide once everything has been read.
    std::int64_t thinking_allowance_ms = 5'000;
    double fast_share = 0.5;
    double slow_factor = 1.5;
    // A card is "known" when it is in the Review phase with at least this
    // stability: it has survived at least one interval of days, so a fast
    // correct answer is evidence of memory rather than of a lucky first guess.
    double known_min_stability_days = 2.0;
};

// Characters (Unicode code points, not bytes: "Ким Ир Сен" is 10) of a UTF-8 text.
std::size_t count_characters(std::string_view utf8);

// Characters a student reads for a question: the prompt and every choice.
std::size_t reading_length(std::string_view prompt, std::span<const std::string_view> choices);

// The pace limits for a question of `reading_chars` characters, in milliseconds.
struct PaceLimits {
    std::int64_t reading_ms = 0;
    std::int64_t expected_ms = 0;
    std::int64_t fast_max_ms = 0;    // at most this is fast
    std::int64_t slow_after_ms = 0;  // more than this is slow
};
// Throws std::invalid_argument for rules that cannot work (reading speed <= 0,
// negative thinking allowance, not 0 < fast_share <= slow_factor).
PaceLimits pace_limits(std::size_t reading_chars, const AnswerRatingRules& rules = {});

// Throws std::invalid_argument for a negative response time.
AnswerPace classify_pace(std::int64_t response_ms, std::size_t reading_chars,
                         const AnswerRatingRules& rules = {});

bool card_is_known(const CardState& card, const AnswerRatingRules& rules = {});

struct MultipleChoiceAnswer {
    AnswerOutcome outcome = AnswerOutcome::Wrong;
    std::int64_t response_ms = 0;
    std::size_t reading_chars = 0;
};

// `card_before` is the card's state before this answer is applied.
Rating rate_multiple_choice(const MultipleChoiceAnswer& answer, const CardState& card_before,
                            const AnswerRatingRules& rules = {});

// ---------------------------------------------------------------------------
// Timeline
//
// A placement is given as ranks: placed_ranks[slot] is the correct 0-based
// position of the event the student put into `slot` (a permutation of 0..n-1).
// Each event gets one mark, and the mark gives the rating:
//
//  1. Neighbour swaps. Two events in neighbouring slots whose correct ranks
//     are consecutive but reversed (placed_ranks[s] == placed_ranks[s+1] + 1)
//     form a swapped pair, unless either of them also forms such a pair with
//     its other neighbour (a reversed run of three or more is not "only a
//     swap"). Swapped pairs are exchanged back in a repaired copy.
//  2. The longest correctly ordered run: a longest increasing subsequence of
//     the repaired ranks. When several exist, the one whose events lie closest
//     to their correct slots wins (smallest total |slot - rank|), then the one
//     ending at the earliest slot, with earliest predecessors. A run of a
//     single event confirms nothing, so it only counts when n == 1.
//  3. Marks: on the run and not swapped -> InRun (Good); on the run and part
//     of a swapped pair -> NeighbourSwap (Hard); not on the run -> OutOfPlace
//     (Again).
//
// Examples: [0,1,2,3] all Good; [1,0,2,3] Hard Hard Good Good;
// [1,2,3,4,0] Good x4 and the event placed last Again (one misplaced event
// does not spoil the others); [2,1,0] all Again.
// ---------------------------------------------------------------------------

enum class PlacementMark { InRun, NeighbourSwap, OutOfPlace };

// marks[slot] for each slot. Throws std::invalid_argument when placed_ranks is
// not a permutation of 0..n-1.
std::vector<PlacementMark> mark_timeline_placement(std::span<const std::size_t> placed_ranks);

Rating rating_for_mark(PlacementMark mark);

// ---------------------------------------------------------------------------
// Flashcards: the student's own grade 1–4 is the rating; Space means Good.
// ---------------------------------------------------------------------------

inline constexpr Rating kFlashcardDefaultRating = Rating::Good;

// Throws std::out_of_range naming the grade when it is not 1–4.
Rating rate_flashcard(int grade);

}  // namespace chronik::round
