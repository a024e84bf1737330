#include "optimize/training_data.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace chronik::optimize {

TrainingData build_training_data(const std::vector<ReviewRow>& rows) {
    TrainingData data;
    // Group the valid rows by card, cards in order of first appearance.
    std::unordered_map<std::int64_t, std::uint32_t> card_index;
    std::vector<std::vector<std::size_t>> rows_of_card;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const ReviewRow& row = rows[r];
        if (row.rating < 1 || row.rating > 4) {
            ++data.skipped_rows;
            continue;
        }
        auto [it, inserted] =
            card_index.try_emplace(row.card_id, static_cast<std::uint32_t>(rows_of_card.size()));
        if (inserted) {
            rows_of_card.emplace_back();
            data.card_id.push_back(row.card_id);
        }
        rows_of_card[it->second].push_back(r);
    }
    const std::size_t valid = rows.size() - data.skipped_rows;
    data.rating.reserve(valid);
    data.delta_t.reserve(valid);
    data.time_ms.reserve(valid);
    data.card_of_review.reserve(valid);
    data.card_begin.reserve(rows_of_card.size() + 1);
    for (std::size_t c = 0; c < rows_of_card.size(); ++c) {
        auto& list = rows_of_card[c];
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            return rows[a].time_ms < rows[b].time_ms;
        });
        data.card_begin.push_back(data.rating.size());
        for (std::size_t j = 0; j < list.size(); ++j) {
            const ReviewRow& row = rows[list[j]];
            const std::int64_t dt =
                j == 0 ? 0
                       : utc_day_number(row.time_ms) - utc_day_number(rows[list[j - 1]].time_ms);
            if (dt > 0) data.items.push_back(data.rating.size());
            data.rating.push_back(static_cast<std::uint8_t>(row.rating));
            data.delta_t.push_back(dt);
            data.time_ms.push_back(row.time_ms);
            data.card_of_review.push_back(static_cast<std::uint32_t>(c));
        }
    }
    data.card_begin.push_back(data.rating.size());
    return data;
}

}  // namespace chronik::optimize
