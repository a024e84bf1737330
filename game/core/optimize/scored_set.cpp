#include "optimize/scored_set.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

namespace chronik::optimize {

double recency_weight(std::size_t i, std::size_t n) {
    const double x = static_cast<double>(i) / static_cast<double>(std::max<std::size_t>(n, 2) - 1);
    return 0.25 + 0.75 * x * x * x;
}

ScoredSet build_scored_set(const TrainingData& data, ItemOrder order) {
    ScoredSet set;
    const std::size_t n_items = data.item_count();
    // An item is in I1 when its pairs contain exactly one delta_t > 0, i.e. it predicts the
    // card's first review on a later day. For every item we also need the card's first such
    // delta_t (the key the I2 filter uses).
    std::vector<char> in_i1(n_items, 0);
    std::vector<int> first_rating(n_items, 0);
    std::vector<std::int64_t> key_dt(n_items, 0);
    {
        std::size_t prev_card = SIZE_MAX;
        std::int64_t card_first_dt = 0;
        for (std::size_t i = 0; i < n_items; ++i) {
            const std::size_t r = data.items[i];
            const std::size_t card = data.card_of_review[r];
            if (card != prev_card) {
                prev_card = card;
                card_first_dt = data.delta_t[r];
                in_i1[i] = 1;
            }
            first_rating[i] = data.rating[data.card_begin[card]];
            key_dt[i] = card_first_dt;
        }
    }

    // Step 2: outlier groups among I1, per first rating.
    std::set<std::pair<int, std::int64_t>> removed;
    std::vector<std::size_t> kept_i1;  // in final E order
    for (int r = 1; r <= 4; ++r) {
        std::map<std::int64_t, std::vector<std::size_t>> groups;  // delta_t -> items
        std::size_t n_r = 0;
        for (std::size_t i = 0; i < n_items; ++i) {
            if (in_i1[i] && first_rating[i] == r) {
                groups[key_dt[i]].push_back(i);
                ++n_r;
            }
        }
        std::vector<std::pair<std::size_t, std::int64_t>> visit;  // (size, delta_t)
        visit.reserve(groups.size());
        for (const auto& [dt, items] : groups)
            visit.emplace_back(items.size(), dt);
        std::sort(visit.begin(), visit.end());
        const std::size_t quota = std::max<std::size_t>(20, n_r / 20);
        const std::int64_t max_dt = r == 4 ? 365 : 100;
        std::size_t c = 0;
        for (const auto& [size, dt] : visit) {
            if (c + size < quota) {
                removed.emplace(r, dt);
                c += size;
            } else if (size >= 6 && dt <= max_dt) {
                const auto& items = groups[dt];
                kept_i1.insert(kept_i1.end(), items.begin(), items.end());
            } else {
                removed.emplace(r, dt);
            }
        }
        set.i1_items += n_r;
    }
    set.i1_kept = kept_i1.size();
    set.kept_first_day_items = kept_i1;

    // Step 3: filter I2; step 4: order.
    std::vector<char> survives(n_items, 0);
    for (std::size_t i : kept_i1)
        survives[i] = 1;
    for (std::size_t i = 0; i < n_items; ++i) {
        if (in_i1[i]) continue;
        ++set.i2_items;
        if (!removed.count({first_rating[i], key_dt[i]})) {
            survives[i] = 1;
            ++set.i2_kept;
        }
    }
    if (order == ItemOrder::Evaluation) {
        set.order = kept_i1;
        for (std::size_t i = 0; i < n_items; ++i) {
            if (!in_i1[i] && survives[i]) set.order.push_back(i);
        }
    } else {
        for (std::size_t i = 0; i < n_items; ++i) {
            if (survives[i]) set.order.push_back(i);
        }
    }
    const std::size_t n = set.order.size();
    set.omega.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        set.omega[k] = recency_weight(k, n);
        set.omega_sum += set.omega[k];
    }
    return set;
}

}  // namespace chronik::optimize
