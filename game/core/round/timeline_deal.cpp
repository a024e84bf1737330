#include "round/timeline_deal.hpp"

#include "bank/item_group.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace chronik::round {

namespace {

struct Candidate {
    const bank::Item* item = nullptr;
    bank::DaySpan span;
    std::size_t preference = 0;  // position in the order candidates are tried
};

std::vector<Candidate> events_of(std::span<const bank::Item* const> pool) {
    std::vector<Candidate> events;
    for (std::size_t i = 0; i < pool.size(); ++i) {
        if (pool[i] == nullptr) {
            throw std::invalid_argument("timeline deal: pool entry " + std::to_string(i) +
                                        " is missing (null)");
        }
        if (const auto* e = pool[i]->event()) events.push_back({pool[i], e->date.span(), i});
    }
    return events;
}

// Interval scheduling by earliest end: a largest set of pairwise
// non-overlapping spans. Among equal ends the preferred candidate goes first.
std::vector<Candidate> largest_distinct_set(std::vector<Candidate> events) {
    std::sort(events.begin(), events.end(), [](const Candidate& a, const Candidate& b) {
        if (a.span.last != b.span.last) return a.span.last < b.span.last;
        return a.preference < b.preference;
    });
    std::vector<Candidate> chosen;
    for (const auto& c : events) {
        if (chosen.empty() || chosen.back().span.last < c.span.first) chosen.push_back(c);
    }
    return chosen;
}

bool overlaps_any(const Candidate& c, const std::vector<Candidate>& chosen) {
    return std::any_of(chosen.begin(), chosen.end(), [&](const Candidate& o) {
        return bank::overlaps(c.span, o.span) ||
               (!c.item->group.empty() && c.item->group == o.item->group);
    });
}

bool chronological(const std::vector<Candidate>& cards) {
    return std::is_sorted(cards.begin(), cards.end(), [](const Candidate& a, const Candidate& b) {
        return a.span.first < b.span.first;
    });
}

}  // namespace

std::size_t max_distinct_events(std::span<const bank::Item* const> pool) {
    return largest_distinct_set(events_of(pool)).size();
}

std::vector<const bank::Item*> deal_timeline(std::span<const bank::Item* const> pool,
                                             const TimelineDealOptions& options, Rng& rng) {
    if (options.event_count < kMinTimelineEvents || options.event_count > kMaxTimelineEvents) {
        throw std::invalid_argument(
            "timeline deal: event_count must be " + std::to_string(kMinTimelineEvents) + " to " +
            std::to_string(kMaxTimelineEvents) + ", got " + std::to_string(options.event_count));
    }
    std::vector<Candidate> events = events_of(pool);

    // The order of trying: priority candidates as given, the rest shuffled.
    std::ptrdiff_t split = 0;
    while (static_cast<std::size_t>(split) < events.size() &&
           events[static_cast<std::size_t>(split)].preference < options.priority_count) {
        ++split;
    }
    rng.shuffle(events.begin() + split, events.end());
    for (std::size_t i = 0; i < events.size(); ++i)
        events[i].preference = i;

    std::vector<Candidate> chosen;
    for (const auto& c : events) {
        if (chosen.size() == options.event_count) break;
        if (!overlaps_any(c, chosen)) chosen.push_back(c);
    }
    if (chosen.size() < options.event_count) {
        std::vector<Candidate> largest = largest_distinct_set(events);
        if (largest.size() > chosen.size()) {
            std::sort(largest.begin(), largest.end(), [](const Candidate& a, const Candidate& b) {
                return a.preference < b.preference;
            });
            // One event per group (events of one sentence give each other away).
            bank::GroupFilter groups;
            largest.erase(
                std::remove_if(largest.begin(), largest.end(),
                               [&](const Candidate& c) { return !groups.admit(*c.item); }),
                largest.end());
            largest.resize(std::min(largest.size(), options.event_count));
            chosen = std::move(largest);
        }
    }
    if (chosen.size() < kMinTimelineEvents) {
        throw std::invalid_argument(
            "timeline deal: the pool has only " + std::to_string(chosen.size()) +
            " events with clearly distinct dates; a timeline needs at least " +
            std::to_string(kMinTimelineEvents));
    }

    // Display order: random, but never already solved. With at least two
    // distinct events an unsorted order exists, so this ends.
    do {
        rng.shuffle(chosen.begin(), chosen.end());
    } while (chronological(chosen));

    std::vector<const bank::Item*> dealt;
    dealt.reserve(chosen.size());
    for (const auto& c : chosen)
        dealt.push_back(c.item);
    return dealt;
}

}  // namespace chronik::round
