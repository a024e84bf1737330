#include "round/leaderboard.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>

namespace chronik::round {

std::vector<Standing> rank_standings(std::span<const LeaderboardEntry> entries) {
    std::set<std::string_view> ids;
    for (const auto& e : entries) {
        if (!ids.insert(e.id).second) {
            throw std::invalid_argument("leaderboard: the id \"" + e.id + "\" appears twice");
        }
    }
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return entries[a].score > entries[b].score;
    });
    std::vector<Standing> standings;
    standings.reserve(entries.size());
    for (std::size_t row = 0; row < order.size(); ++row) {
        const auto& e = entries[order[row]];
        int rank = static_cast<int>(row) + 1;
        if (row > 0 && standings.back().score == e.score) rank = standings.back().rank;
        standings.push_back(Standing{e.id, e.score, rank});
    }
    return standings;
}

std::vector<RankChange> rank_changes(std::span<const Standing> before,
                                     std::span<const Standing> after) {
    std::map<std::string_view, std::size_t> previous_rows;
    for (std::size_t row = 0; row < before.size(); ++row)
        previous_rows[before[row].id] = row;
    std::vector<RankChange> changes;
    changes.reserve(after.size());
    for (std::size_t row = 0; row < after.size(); ++row) {
        RankChange c;
        c.id = after[row].id;
        c.rank = after[row].rank;
        c.row = row;
        if (const auto it = previous_rows.find(after[row].id); it != previous_rows.end()) {
            c.previous_row = it->second;
            c.previous_rank = before[it->second].rank;
        }
        changes.push_back(std::move(c));
    }
    return changes;
}

std::vector<Standing> podium(std::span<const Standing> standings, int places) {
    if (places < kMinPodiumSize || places > kMaxPodiumSize) {
        throw std::invalid_argument("podium: size must be " + std::to_string(kMinPodiumSize) +
                                    " to " + std::to_string(kMaxPodiumSize) + " places, got " +
                                    std::to_string(places));
    }
    std::vector<Standing> top;
    for (const auto& s : standings) {
        if (s.rank > places) break;
        top.push_back(s);
    }
    return top;
}

}  // namespace chronik::round
