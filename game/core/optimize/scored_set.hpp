// Which items are scored, in which order, with which recency weight (README 11.3 and 11.4).
#pragma once

#include <cstddef>
#include <vector>

#include "optimize/training_data.hpp"

namespace chronik::optimize {

enum class ItemOrder {
    // E of README 11.3 step 4: kept I1 items first (by first rating, then group visiting order),
    // then the surviving I2 items. This is the order the reference evaluation weights.
    Evaluation,
    // The same set in the item order of README 11.1 (the reference optimizer's training set T).
    ItemList,
};

struct ScoredSet {
    std::vector<std::size_t> order;  // indices into TrainingData::items
    std::vector<double> omega;       // recency weight of order[k] (README 11.4)
    double omega_sum = 0.0;
    std::vector<std::size_t> kept_first_day_items;  // kept I1 items, visiting order (pretraining)
    std::size_t i1_items = 0;
    std::size_t i1_kept = 0;
    std::size_t i2_items = 0;
    std::size_t i2_kept = 0;

    std::size_t size() const { return order.size(); }
};

ScoredSet build_scored_set(const TrainingData& data, ItemOrder order = ItemOrder::Evaluation);

// omega_i = 0.25 + 0.75 * (i / max(n - 1, 1))^3.
double recency_weight(std::size_t i, std::size_t n);

}  // namespace chronik::optimize
