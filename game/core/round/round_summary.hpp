// What the results scene shows after any round: score, accuracy, time, best streak, missed items.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "progress/review_record.hpp"  // RoundKind, shared with the review records

namespace chronik::round {

struct RoundSummary {
    RoundKind kind = RoundKind::MultipleChoice;
    // Multiple choice: points (see MultipleChoicePointRules). Timeline: the
    // score in percent (ordered pairs out of all pairs).
    std::int64_t score = 0;
    std::size_t item_count = 0;  // questions asked / events dealt
    std::size_t answered = 0;    // questions answered so far / events placed
    std::size_t correct = 0;     // correct answers / events on the correctly ordered run
    // Multiple choice: correct / answered. Timeline: ordered pairs / all pairs.
    // 0 when nothing was answered.
    double accuracy = 0.0;
    std::int64_t total_time_ms = 0;
    int best_streak = 0;  // 0 for timelines
    // Items to review, in the order they were asked or placed: wrong and
    // timed-out questions, or events not rated Good. "Practise the missed ones
    // now" starts a round with these.
    std::vector<std::string> missed_item_ids;
};

}  // namespace chronik::round
