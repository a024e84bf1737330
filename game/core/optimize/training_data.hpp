// A review log turned into per-card histories and training items (README 11.1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "optimize/review_row.hpp"
#include "time/time_point.hpp"

namespace chronik::optimize {

// Reviews are stored card by card (cards in order of first appearance in the log, each card's
// reviews stably sorted by time) in flat arrays. An item is identified by the index of the review
// it predicts: its pairs are the card's reviews from the card's first one up to that review.
struct TrainingData {
    // Per review (flat, card-major).
    std::vector<std::uint8_t> rating;  // 1..4
    std::vector<std::int64_t>
        delta_t;  // UTC days since the card's previous review; 0 for the first
    std::vector<TimeMs> time_ms;
    std::vector<std::uint32_t> card_of_review;
    // Per card: its reviews are [card_begin[c], card_begin[c + 1]).
    std::vector<std::size_t> card_begin;
    std::vector<std::int64_t> card_id;
    // Items in the order of README 11.1 step 5: the review index each one predicts.
    std::vector<std::size_t> items;
    // Rows skipped because their rating was not 1..4.
    std::size_t skipped_rows = 0;

    std::size_t review_count() const { return rating.size(); }
    std::size_t card_count() const { return card_id.size(); }
    std::size_t item_count() const { return items.size(); }

    // Facts about item `i` (an index into `items`) used by the outlier filter and the bins.
    std::size_t first_review_of_item(std::size_t i) const {
        return card_begin[card_of_review[items[i]]];
    }
    std::size_t pair_count(std::size_t i) const { return items[i] - first_review_of_item(i) + 1; }
};

// README 11.1 steps 1-5.
TrainingData build_training_data(const std::vector<ReviewRow>& rows);

}  // namespace chronik::optimize
