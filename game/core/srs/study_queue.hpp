// Today's study queue: which card to show next, within the daily limits and the 04:00 day.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "srs/card_state.hpp"
#include "srs/study_settings.hpp"
#include "time/time_point.hpp"

namespace chronik {

struct StudyCard {
    std::uint64_t id = 0;  // unique per card
    CardState state;
};

// What the profile already did in the current study day (from its review log), so that a
// queue rebuilt in the middle of the day keeps the limits.
struct DoneToday {
    int new_cards = 0;  // New cards answered for the first time
    int reviews = 0;    // answers to cards that were in the Review phase
};

enum class QueueSource { Learning, Review, New };

// In the order new cards are introduced.
enum class NewCardOrder {
    AsGiven,   // the order of the cards passed in (e.g. the bank's order)
    Shuffled,  // a seeded pseudo-random order, the same every day for the same seed
};

struct QueuedCard {
    std::uint64_t id = 0;
    QueueSource source = QueueSource::New;
    friend bool operator==(const QueuedCard&, const QueuedCard&) = default;
};

// The order (one study day, from 04:00 local time to the next 04:00):
//  1. learning and relearning cards whose step is due (earliest due first);
//  2. review cards due today or earlier, lowest retrievability first: sorted by elapsed time
//     over stability, which orders R exactly because every card shares the forgetting curve;
//  3. new cards, up to the daily new limit;
//  4. with nothing else left, a learning card due within the learn-ahead limit.
// Reviews (2) and new cards (3) share the daily review limit, counting what was done earlier
// today. Learning steps never count: they finish what was started.
//
// A backlog (after days away more reviews are due than today's limit allows) is spread, not
// dumped: at most the limit is shown per day, the most at-risk cards first; the rest stay due
// and compete again tomorrow (when they are still more at risk than the newly due ones, they
// come first). Because reviews come before new cards within the shared limit, no new cards are
// introduced until the backlog fits into a day again, so the backlog shrinks instead of
// growing.
//
// Building is O(n log n) at worst: a partition, then a partial sort of the due reviews and the
// new cards that fit into today's limits (O(n + D log k) for D due and k allowed); peek is
// O(1); take and requeue are O(log n). Equal keys are ordered by a hash of (seed, id), so the
// order depends only on the cards, the settings, the seed and the clock.
class StudyQueue {
public:
    // Throws StudySettingsError for invalid settings and std::invalid_argument for a UTC offset
    // beyond +-14 hours.
    StudyQueue(std::span<const StudyCard> cards, const StudySettings& settings, TimeMs now,
               int utc_offset_minutes, DoneToday done_today, std::uint64_t seed,
               NewCardOrder new_order = NewCardOrder::AsGiven);

    // The card to show at `now`, without removing it; none when nothing is due (see
    // next_learning_due) or the limits are reached.
    std::optional<QueuedCard> peek(TimeMs now) const;
    // Removes and returns that card; a review or new card uses one unit of the daily limit.
    std::optional<QueuedCard> take(TimeMs now);
    // After the answer to a taken card: a card now in Learning or Relearning comes back when
    // its step is due. Cards in Review leave the queue (their next due day is at least
    // tomorrow).
    void requeue(std::uint64_t id, const CardState& after);

    std::int64_t study_day() const { return study_day_; }
    // When this queue's study day ends (04:00 local); build a new queue from then on.
    TimeMs rollover_at() const { return rollover_at_; }
    bool is_stale(TimeMs now) const { return now >= rollover_at_; }

    // The earliest due time of a waiting learning card.
    std::optional<TimeMs> next_learning_due() const;

    std::size_t learning_count() const { return learning_.size(); }  // due now or later
    std::size_t review_count() const;  // due reviews still to show today within the limit
    std::size_t new_count() const;     // new cards still to show today within the limits
    // Due reviews that today's limit leaves for later days.
    std::size_t backlog_count() const;

private:
    struct LearningEntry {
        TimeMs due;
        std::uint64_t tie;
        std::uint64_t id;
    };
    static bool later(const LearningEntry& a, const LearningEntry& b);
    std::size_t news_left() const { return news_.size() - next_new_; }

    std::uint64_t seed_;
    TimeMs learn_ahead_ms_;
    std::int64_t study_day_;
    TimeMs rollover_at_;
    int budget_;                           // reviews + new cards still allowed today
    int new_left_;                         // new cards still allowed today
    std::vector<LearningEntry> learning_;  // min-heap by (due, tie, id)
    std::size_t due_total_ = 0;            // due reviews, shown today or not
    std::vector<std::uint64_t> reviews_;   // those within today's limit, most at risk first
    std::size_t next_review_ = 0;
    std::vector<std::uint64_t> news_;  // new cards in introduction order
    std::size_t next_new_ = 0;
};

}  // namespace chronik
