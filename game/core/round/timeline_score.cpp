#include "round/timeline_score.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace chronik::round {

int PairScore::percent() const {
    if (total == 0) return 100;
    return static_cast<int>((200 * ordered + total) / (2 * total));
}

double PairScore::kendall_tau() const {
    if (total == 0) return 1.0;
    return (static_cast<double>(ordered) - static_cast<double>(reversed())) /
           static_cast<double>(total);
}

PairScore score_pairs(std::span<const std::size_t> placed_ranks) {
    const std::size_t n = placed_ranks.size();
    std::vector<bool> seen(n, false);
    for (const std::size_t r : placed_ranks) {
        if (r >= n || seen[r]) {
            throw std::invalid_argument(
                "timeline score: the placement is not a permutation of "
                "0.." +
                std::to_string(n == 0 ? 0 : n - 1));
        }
        seen[r] = true;
    }
    PairScore score;
    score.total = n * (n - 1) / 2;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            if (placed_ranks[i] < placed_ranks[j]) ++score.ordered;
        }
    }
    return score;
}

}  // namespace chronik::round
