// Classroom standings: ranking with ties, rank changes between two leaderboards, and the podium.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace chronik::round {

// A team or a player: `id` is unique within one game (names are made unique
// before they get here).
struct LeaderboardEntry {
    std::string id;
    std::int64_t score = 0;
};

struct Standing {
    std::string id;
    std::int64_t score = 0;
    // 1-based competition ranking: equal scores share a rank and the next rank
    // skips ("1, 2, 2, 4"), so a rank always says how many are ahead.
    int rank = 1;
};

// Highest score first. Among equal scores the input order is kept, so passing
// the entries in the previous leaderboard's order keeps tied rows from
// jumping around. Throws std::invalid_argument on a duplicate id.
std::vector<Standing> rank_standings(std::span<const LeaderboardEntry> entries);

// How one contestant moved between two leaderboards, for the animation.
struct RankChange {
    std::string id;
    int rank = 1;
    std::size_t row = 0;                      // position in the new leaderboard
    std::optional<int> previous_rank;         // nullopt: not on the previous one
    std::optional<std::size_t> previous_row;  // (joined in between)
    // Positive when the contestant moved up; 0 when new or unchanged.
    int places_gained() const { return previous_rank ? *previous_rank - rank : 0; }
};

// One RankChange per row of `after`, in its order.
std::vector<RankChange> rank_changes(std::span<const Standing> before,
                                     std::span<const Standing> after);

inline constexpr int kMinPodiumSize = 3;
inline constexpr int kMaxPodiumSize = 10;

// The standings (as rank_standings returns them) with rank <= places. A tie on the last place takes
// everyone tied (a podium of 3 can show 4 names); it never cuts a tie in half. Throws
// std::invalid_argument unless 3 <= places <= 10.
std::vector<Standing> podium(std::span<const Standing> standings, int places);

}  // namespace chronik::round
