// One row of a review log (the FSRS CSV format card_id,review_time_ms,rating), the optimizer's
// input.
#pragma once

#include <cstdint>

#include "time/time_point.hpp"

namespace chronik::optimize {

// `rating` is kept as the number the log holds: rows outside 1..4 are legal input and are
// skipped when items are built (README 11.1), so it is not a Rating yet.
struct ReviewRow {
    std::int64_t card_id = 0;
    TimeMs time_ms = 0;
    int rating = 0;

    friend bool operator==(const ReviewRow&, const ReviewRow&) = default;
};

}  // namespace chronik::optimize
