// The four FSRS ratings a review can give.
#pragma once

#include <array>
#include <optional>

namespace chronik {

enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

inline constexpr std::array<Rating, 4> kAllRatings{Rating::Again, Rating::Hard, Rating::Good,
                                                   Rating::Easy};

constexpr int to_int(Rating r) {
    return static_cast<int>(r);
}

// 1..4 -> Rating; anything else is not a rating.
constexpr std::optional<Rating> rating_from_int(int v) {
    if (v < 1 || v > 4) return std::nullopt;
    return static_cast<Rating>(v);
}

}  // namespace chronik
