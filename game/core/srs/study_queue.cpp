#include "srs/study_queue.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

#include "progress/study_day.hpp"
#include "random/rng.hpp"

namespace chronik {

namespace {

constexpr int kMaxUtcOffsetMinutes = 14 * 60;
// JavaScript's Date range. Times from a damaged save are clamped into it, so that the day and
// risk arithmetic below cannot overflow.
constexpr TimeMs kMaxAbsTimeMs = 8'640'000'000'000'000;

TimeMs clamped(TimeMs t) {
    return std::clamp(t, -kMaxAbsTimeMs, kMaxAbsTimeMs);
}

// Elapsed time over stability: the larger, the lower R (R falls with t/S for every card).
double risk_key(const CardState& c, TimeMs now) {
    if (!(c.stability > 0.0)) return std::numeric_limits<double>::infinity();
    // A card without a last review (not written by this scheduler) is dated back from its due.
    const TimeMs last = clamped(
        c.last_review.value_or(clamped(c.due) - std::clamp(c.scheduled_days, 0, 36500) * kDayMs));
    return static_cast<double>(now - last) / static_cast<double>(kDayMs) / c.stability;
}

}  // namespace

bool StudyQueue::later(const LearningEntry& a, const LearningEntry& b) {
    if (a.due != b.due) return a.due > b.due;
    if (a.tie != b.tie) return a.tie > b.tie;
    return a.id > b.id;
}

StudyQueue::StudyQueue(std::span<const StudyCard> cards, const StudySettings& settings, TimeMs now,
                       int utc_offset_minutes, DoneToday done_today, std::uint64_t seed,
                       NewCardOrder new_order)
    : seed_(seed), learn_ahead_ms_(settings.learn_ahead_minutes * kMinuteMs) {
    validate(settings);
    if (utc_offset_minutes < -kMaxUtcOffsetMinutes || utc_offset_minutes > kMaxUtcOffsetMinutes)
        throw std::invalid_argument("UTC offset of " + std::to_string(utc_offset_minutes) +
                                    " minutes is beyond +-14 hours");
    if (now != clamped(now))
        throw std::invalid_argument("study time " + std::to_string(now) +
                                    " ms is outside the range of dates (+-8.64e15 ms)");
    study_day_ = chronik::study_day(now, utc_offset_minutes);
    rollover_at_ = study_day_start(study_day_ + 1, utc_offset_minutes);
    budget_ = std::max(0, settings.daily_review_limit - done_today.reviews - done_today.new_cards);
    new_left_ = std::max(0, settings.daily_new_limit - done_today.new_cards);

    struct Keyed {
        double key;
        std::uint64_t tie;
        std::uint64_t id;
    };
    std::vector<Keyed> due_reviews;
    std::vector<Keyed> news;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const StudyCard& c = cards[i];
        const std::uint64_t tie = Rng::mix(seed, c.id);
        switch (c.state.phase) {
            case CardPhase::Learning:
            case CardPhase::Relearning:
                learning_.push_back({clamped(c.state.due), tie, c.id});
                break;
            case CardPhase::Review:
                if (chronik::study_day(clamped(c.state.due), utc_offset_minutes) <= study_day_)
                    due_reviews.push_back({risk_key(c.state, now), tie, c.id});
                break;
            case CardPhase::New:
                news.push_back(
                    {new_order == NewCardOrder::AsGiven ? static_cast<double>(i) : 0.0, tie, c.id});
                break;
        }
    }
    std::make_heap(learning_.begin(), learning_.end(), later);

    // Only the reviews that fit into today's limit are needed in order (the rest are counted
    // as backlog and compete again tomorrow): O(D log k) for D due and a limit of k.
    due_total_ = due_reviews.size();
    const std::size_t shown = std::min(due_total_, static_cast<std::size_t>(budget_));
    std::partial_sort(due_reviews.begin(), due_reviews.begin() + static_cast<std::ptrdiff_t>(shown),
                      due_reviews.end(), [](const Keyed& a, const Keyed& b) {
                          if (a.key != b.key) return a.key > b.key;  // most at risk first
                          if (a.tie != b.tie) return a.tie < b.tie;
                          return a.id < b.id;
                      });
    reviews_.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i)
        reviews_.push_back(due_reviews[i].id);

    // Only the new cards that can be shown today are needed in order; the rest stay unsorted.
    const std::size_t wanted =
        std::min<std::size_t>(news.size(), static_cast<std::size_t>(new_left_));
    const auto by_order = [](const Keyed& a, const Keyed& b) {
        if (a.key != b.key) return a.key < b.key;
        if (a.tie != b.tie) return a.tie < b.tie;
        return a.id < b.id;
    };
    std::partial_sort(news.begin(), news.begin() + static_cast<std::ptrdiff_t>(wanted), news.end(),
                      by_order);
    news_.reserve(wanted);
    for (std::size_t i = 0; i < wanted; ++i)
        news_.push_back(news[i].id);
}

std::optional<QueuedCard> StudyQueue::peek(TimeMs now) const {
    if (!learning_.empty() && learning_.front().due <= now)
        return QueuedCard{learning_.front().id, QueueSource::Learning};
    if (budget_ > 0 && next_review_ < reviews_.size())
        return QueuedCard{reviews_[next_review_], QueueSource::Review};
    if (budget_ > 0 && new_left_ > 0 && news_left() > 0)
        return QueuedCard{news_[next_new_], QueueSource::New};
    if (!learning_.empty() && learning_.front().due <= clamped(now) + learn_ahead_ms_)
        return QueuedCard{learning_.front().id, QueueSource::Learning};
    return std::nullopt;
}

std::optional<QueuedCard> StudyQueue::take(TimeMs now) {
    const auto card = peek(now);
    if (!card) return card;
    switch (card->source) {
        case QueueSource::Learning:
            std::pop_heap(learning_.begin(), learning_.end(), later);
            learning_.pop_back();
            break;
        case QueueSource::Review:
            ++next_review_;
            --budget_;
            break;
        case QueueSource::New:
            ++next_new_;
            --budget_;
            --new_left_;
            break;
    }
    return card;
}

void StudyQueue::requeue(std::uint64_t id, const CardState& after) {
    if (after.phase != CardPhase::Learning && after.phase != CardPhase::Relearning) return;
    learning_.push_back({clamped(after.due), Rng::mix(seed_, id), id});
    std::push_heap(learning_.begin(), learning_.end(), later);
}

std::optional<TimeMs> StudyQueue::next_learning_due() const {
    if (learning_.empty()) return std::nullopt;
    return learning_.front().due;
}

std::size_t StudyQueue::review_count() const {
    return reviews_.size() - next_review_;
}

std::size_t StudyQueue::new_count() const {
    const std::size_t after_reviews = static_cast<std::size_t>(budget_) - review_count();
    return std::min({news_left(), static_cast<std::size_t>(new_left_), after_reviews});
}

std::size_t StudyQueue::backlog_count() const {
    return due_total_ - reviews_.size();
}

}  // namespace chronik
