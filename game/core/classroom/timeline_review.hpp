// After a class game's timeline round: each team's turns together, so the breakdown names every
// team once with what it placed (a team places several times in a round).
#pragma once

#include <cstddef>
#include <vector>

#include "classroom/one_screen_game.hpp"

namespace chronik::classroom {

struct TeamTurns {
    std::size_t team = 0;
    std::vector<const TurnRecord*> turns;  // in the order played, skipped ones included
    std::size_t placed = 0;                // turns not skipped (a timed-out turn counts)
    std::size_t right = 0;
};

// The turns of timeline round `round`, one entry per team that had a turn, in the order the teams
// first played. The pointers point into `turns`.
std::vector<TeamTurns> turns_by_team(const std::vector<TurnRecord>& turns, std::size_t round);

}  // namespace chronik::classroom
