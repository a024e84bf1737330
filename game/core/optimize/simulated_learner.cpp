#include "optimize/simulated_learner.hpp"

#include <algorithm>
#include <cmath>
#include <queue>
#include <tuple>

#include "optimize/memory_model.hpp"
#include "random/rng.hpp"

namespace chronik::optimize {

namespace {

struct Card {
    MemoryState learner;
    MemoryState scheduler;
    TimeMs last_ms = 0;
    bool seen = false;
};

int recalled_rating(Rng& rng) {
    const double u = rng.uniform();
    return u < 0.15 ? 2 : (u < 0.85 ? 3 : 4);
}

TimeMs random_time_of_day(Rng& rng, std::int64_t day) {
    // Between 08:00 and 22:00 UTC.
    return day * kDayMs + 8 * kHourMs + static_cast<TimeMs>(rng.below(14 * kHourMs));
}

}  // namespace

std::vector<ReviewRow> simulate_review_log(const LearnerSimulation& sim) {
    Rng rng(sim.seed);
    std::vector<Card> cards;
    std::vector<ReviewRow> rows;
    rows.reserve(sim.reviews);
    using Event = std::tuple<TimeMs, std::size_t>;  // (time, card)
    std::priority_queue<Event, std::vector<Event>, std::greater<>> due;
    const std::int64_t first_day = utc_day_number(sim.start_ms);
    const double decay = -sim.scheduler_weights[20];
    const double interval_modifier = (std::pow(sim.desired_retention, 1.0 / decay) - 1.0) /
                                     forgetting_factor(sim.scheduler_weights[20]);
    const std::size_t per_day = std::max<std::size_t>(sim.new_cards_per_day, 1);
    std::size_t introduced_days = 0;

    while (rows.size() < sim.reviews) {
        // Introduce the next day's new cards once the queue has reached that day.
        const TimeMs next_new_day_ms =
            (first_day + static_cast<std::int64_t>(introduced_days)) * kDayMs;
        if (due.empty() || std::get<0>(due.top()) >= next_new_day_ms) {
            for (std::size_t k = 0; k < per_day; ++k) {
                cards.emplace_back();
                due.emplace(
                    random_time_of_day(rng, first_day + static_cast<std::int64_t>(introduced_days)),
                    cards.size() - 1);
            }
            ++introduced_days;
            continue;
        }
        const auto [now, index] = due.top();
        due.pop();
        Card& card = cards[index];
        int rating;
        const bool was_first = !card.seen;
        if (!card.seen) {
            const double u = rng.uniform();
            rating = u < 0.20 ? 1 : (u < 0.35 ? 2 : (u < 0.85 ? 3 : 4));
            card.learner = initial_state(rating, sim.learner_weights);
            card.scheduler = initial_state(rating, sim.scheduler_weights);
            card.seen = true;
        } else {
            const double elapsed = static_cast<double>(now - card.last_ms) / kDayMs;
            const double r = retrievability(elapsed, card.learner.stability, sim.learner_weights);
            rating = rng.uniform() < r ? recalled_rating(rng) : 1;
            const std::int64_t days = utc_day_number(now) - utc_day_number(card.last_ms);
            card.learner = next_state(card.learner, rating, days, sim.learner_weights);
            card.scheduler = next_state(card.scheduler, rating, days, sim.scheduler_weights);
        }
        rows.push_back({1001 + static_cast<std::int64_t>(index), now, rating});
        card.last_ms = now;
        if (rating == 1 || (rating == 2 && was_first)) {
            due.emplace(now + 10 * kMinuteMs, index);
        } else {
            const double ivl = std::round(card.scheduler.stability * interval_modifier);
            const auto days = static_cast<std::int64_t>(std::min(std::max(ivl, 1.0), 36500.0));
            due.emplace(random_time_of_day(rng, utc_day_number(now) + days), index);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ReviewRow& a, const ReviewRow& b) {
        return std::tie(a.card_id, a.time_ms) < std::tie(b.card_id, b.time_ms);
    });
    return rows;
}

}  // namespace chronik::optimize
