#include "classroom/timeline_review.hpp"

#include <algorithm>

namespace chronik::classroom {

std::vector<TeamTurns> turns_by_team(const std::vector<TurnRecord>& turns, std::size_t round) {
    std::vector<TeamTurns> out;
    for (const auto& turn : turns) {
        if (turn.round != round) continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const TeamTurns& t) { return t.team == turn.team; });
        if (it == out.end()) {
            out.push_back({turn.team, {}, 0, 0});
            it = std::prev(out.end());
        }
        it->turns.push_back(&turn);
        if (turn.skipped) continue;
        ++it->placed;
        if (turn.result.correct) ++it->right;
    }
    return out;
}

}  // namespace chronik::classroom
