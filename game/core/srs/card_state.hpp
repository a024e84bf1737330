// The scheduling state of one card: a value, changed only by the scheduler.
#pragma once

#include <optional>

#include "time/time_point.hpp"

namespace chronik {

// Numbered as in ts-fsrs and the vectors (New=0 … Relearning=3).
enum class CardPhase { New = 0, Learning = 1, Review = 2, Relearning = 3 };

struct CardState {
    CardPhase phase = CardPhase::New;
    double stability = 0.0;   // days; 0 only for New cards
    double difficulty = 0.0;  // 1..10; 0 only for New cards
    TimeMs due = 0;
    std::optional<TimeMs> last_review;  // none until the first review
    int reps = 0;
    int lapses = 0;
    int learning_steps = 0;  // index into the (re)learning steps
    int scheduled_days = 0;
    int elapsed_days = 0;

    // An empty card, due at the moment it was created.
    static CardState fresh(TimeMs created) {
        CardState s;
        s.due = created;
        return s;
    }

    friend bool operator==(const CardState&, const CardState&) = default;
};

}  // namespace chronik
