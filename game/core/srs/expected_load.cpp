#include "srs/expected_load.hpp"

#include <algorithm>
#include <exception>

#include "srs/scheduler.hpp"
#include "srs/study_settings.hpp"

namespace chronik {

double expected_daily_reviews(double desired_retention, int new_per_day) {
    try {
        StudySettings s;
        s.desired_retention = desired_retention;
        const Scheduler scheduler(scheduler_params(s, 0));
        CardState card = CardState::fresh(0);
        TimeMs now = 0;
        int reviews = 0;
        while (now < 365 * kDayMs && reviews < 2000) {
            card = scheduler.next(card, Rating::Good, now, 1);
            ++reviews;
            now = std::max(card.due, now + kMinuteMs);
        }
        // Forgotten cards (1 - R of the reviews) come back about twice more while relearning.
        const double per_card = reviews * (1.0 + 2.0 * (1.0 - desired_retention));
        // After a year of daily new cards, each day sees every age of card once: the daily load
        // is the new cards times the answers one card needs in its first year.
        return std::max(0, new_per_day) * per_card;
    } catch (const std::exception&) {
        return 0.0;
    }
}

}  // namespace chronik
