#include "round/answer_rating.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace chronik::round {

std::size_t count_characters(std::string_view utf8) {
    std::size_t n = 0;
    for (const char c : utf8) {
        // Continuation bytes (10xxxxxx) belong to the character before them.
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

std::size_t reading_length(std::string_view prompt, std::span<const std::string_view> choices) {
    std::size_t n = count_characters(prompt);
    for (const auto choice : choices)
        n += count_characters(choice);
    return n;
}

PaceLimits pace_limits(std::size_t reading_chars, const AnswerRatingRules& rules) {
    if (!(rules.reading_chars_per_second > 0.0)) {
        throw std::invalid_argument("answer rating: reading speed must be positive, got " +
                                    std::to_string(rules.reading_chars_per_second));
    }
    if (rules.thinking_allowance_ms < 0) {
        throw std::invalid_argument("answer rating: negative thinking allowance " +
                                    std::to_string(rules.thinking_allowance_ms) + " ms");
    }
    if (!(rules.fast_share > 0.0 && rules.fast_share <= rules.slow_factor)) {
        throw std::invalid_argument("answer rating: need 0 < fast_share <= slow_factor, got " +
                                    std::to_string(rules.fast_share) + " and " +
                                    std::to_string(rules.slow_factor));
    }
    PaceLimits limits;
    limits.reading_ms =
        std::llround(static_cast<double>(reading_chars) * 1000.0 / rules.reading_chars_per_second);
    limits.expected_ms = limits.reading_ms + rules.thinking_allowance_ms;
    limits.fast_max_ms = std::llround(static_cast<double>(limits.expected_ms) * rules.fast_share);
    limits.slow_after_ms =
        std::llround(static_cast<double>(limits.expected_ms) * rules.slow_factor);
    return limits;
}

AnswerPace classify_pace(std::int64_t response_ms, std::size_t reading_chars,
                         const AnswerRatingRules& rules) {
    if (response_ms < 0) {
        throw std::invalid_argument("answer rating: negative response time " +
                                    std::to_string(response_ms) + " ms");
    }
    const PaceLimits limits = pace_limits(reading_chars, rules);
    if (response_ms <= limits.fast_max_ms) return AnswerPace::Fast;
    if (response_ms > limits.slow_after_ms) return AnswerPace::Slow;
    return AnswerPace::InTime;
}

bool card_is_known(const CardState& card, const AnswerRatingRules& rules) {
    return card.phase == CardPhase::Review && card.stability >= rules.known_min_stability_days;
}

Rating rate_multiple_choice(const MultipleChoiceAnswer& answer, const CardState& card_before,
                            const AnswerRatingRules& rules) {
    // Classify first so that a negative time is reported even for a wrong answer.
    const AnswerPace pace = classify_pace(answer.response_ms, answer.reading_chars, rules);
    if (answer.outcome != AnswerOutcome::Correct) return Rating::Again;
    switch (pace) {
        case AnswerPace::Slow:
            return Rating::Hard;
        case AnswerPace::Fast:
            return card_is_known(card_before, rules) ? Rating::Easy : Rating::Good;
        case AnswerPace::InTime:
            break;
    }
    return Rating::Good;
}

namespace {

void check_permutation(std::span<const std::size_t> ranks) {
    std::vector<bool> seen(ranks.size(), false);
    for (std::size_t slot = 0; slot < ranks.size(); ++slot) {
        const std::size_t r = ranks[slot];
        if (r >= ranks.size() || seen[r]) {
            throw std::invalid_argument("timeline placement: rank " + std::to_string(r) +
                                        " in slot " + std::to_string(slot) +
                                        " is not part of a permutation of 0.." +
                                        std::to_string(ranks.size() - 1));
        }
        seen[r] = true;
    }
}

bool reversed_neighbours(std::span<const std::size_t> r, std::size_t slot) {
    return slot + 1 < r.size() && r[slot] == r[slot + 1] + 1;
}

std::size_t distance(std::size_t a, std::size_t b) {
    return a > b ? a - b : b - a;
}

}  // namespace

std::vector<PlacementMark> mark_timeline_placement(std::span<const std::size_t> placed_ranks) {
    check_permutation(placed_ranks);
    const std::size_t n = placed_ranks.size();
    std::vector<PlacementMark> marks(n, PlacementMark::OutOfPlace);
    if (n == 1) marks[0] = PlacementMark::InRun;
    if (n <= 1) return marks;

    // 1. Repair isolated neighbour swaps.
    std::vector<std::size_t> repaired(placed_ranks.begin(), placed_ranks.end());
    std::vector<bool> swapped(n, false);
    for (std::size_t s = 0; s + 1 < n; ++s) {
        if (!reversed_neighbours(placed_ranks, s)) continue;
        const bool longer_on_left = s > 0 && reversed_neighbours(placed_ranks, s - 1);
        const bool longer_on_right = reversed_neighbours(placed_ranks, s + 1);
        if (longer_on_left || longer_on_right) continue;
        std::swap(repaired[s], repaired[s + 1]);
        swapped[s] = swapped[s + 1] = true;
    }

    // 2. Longest increasing subsequence, O(n^2): timelines hold a handful of
    //    events, and the tie-break by displacement needs every predecessor.
    struct Best {
        std::size_t length = 1;
        std::size_t displacement = 0;
        std::size_t previous = 0;
        bool has_previous = false;
    };
    std::vector<Best> best(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t own = distance(i, repaired[i]);
        best[i].displacement = own;
        for (std::size_t j = 0; j < i; ++j) {
            if (repaired[j] >= repaired[i]) continue;
            const std::size_t length = best[j].length + 1;
            const std::size_t displacement = best[j].displacement + own;
            if (length > best[i].length ||
                (length == best[i].length && displacement < best[i].displacement)) {
                best[i] = Best{length, displacement, j, true};
            }
        }
    }
    std::size_t end = 0;
    for (std::size_t i = 1; i < n; ++i) {
        if (best[i].length > best[end].length ||
            (best[i].length == best[end].length && best[i].displacement < best[end].displacement)) {
            end = i;
        }
    }
    if (best[end].length < 2) return marks;

    // 3. Mark the run.
    for (std::size_t i = end;;) {
        marks[i] = swapped[i] ? PlacementMark::NeighbourSwap : PlacementMark::InRun;
        if (!best[i].has_previous) break;
        i = best[i].previous;
    }
    return marks;
}

Rating rating_for_mark(PlacementMark mark) {
    switch (mark) {
        case PlacementMark::InRun:
            return Rating::Good;
        case PlacementMark::NeighbourSwap:
            return Rating::Hard;
        case PlacementMark::OutOfPlace:
            break;
    }
    return Rating::Again;
}

Rating rate_flashcard(int grade) {
    const auto rating = rating_from_int(grade);
    if (!rating) {
        throw std::out_of_range("flashcard grade must be 1 (Again) to 4 (Easy), got " +
                                std::to_string(grade));
    }
    return *rating;
}

}  // namespace chronik::round
