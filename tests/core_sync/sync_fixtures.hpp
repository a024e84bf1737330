// Helpers for sync tests: one device studying with the real FSRS scheduler, logging as the game.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "srs/scheduler.hpp"
#include "sync/history_merge.hpp"

namespace chronik::test {

inline constexpr TimeMs kSyncNoon = 1767268800000;  // 2026-01-01 12:00 UTC

// "c" + n, built by appending (g++ 12 warns falsely with -Wrestrict on "c" + string).
inline std::string card_name(int n) {
    std::string s = "c";
    s += std::to_string(n);
    return s;
}

inline Scheduler& default_scheduler() {
    static Scheduler s;  // FSRS-6 defaults, no fuzz
    return s;
}

inline sync::Rescheduler rescheduler() {
    return [](std::string_view, const CardState& before, Rating rating, TimeMs t) {
        return default_scheduler().next(before, rating, t);
    };
}

// One device: it knows the cards as merged when it last met the others, and logs what it does.
struct Device {
    explicit Device(std::string device_id) : id(std::move(device_id)) {}

    std::string id;
    std::map<std::string, CardState> known;
    std::vector<sync::LoggedReview> log;
    std::uint64_t seq = 0;

    sync::RecordId review(const std::string& card, TimeMs t, Rating rating) {
        const auto it = known.find(card);
        const CardState before = it == known.end() ? CardState::fresh(t) : it->second;
        const CardState after = default_scheduler().next(before, rating, t);
        known[card] = after;
        sync::LoggedReview r{
            {id, ++seq},
            ReviewRecord::review(card, t, rating, RoundKind::Flashcard, 2000, 60, before, after),
            std::nullopt};
        log.push_back(r);
        return r.id;
    }

    void undo(const sync::RecordId& target, const std::string& card, CardState restored, TimeMs t) {
        known[card] = restored;
        log.push_back({{id, ++seq}, ReviewRecord::undo(card, t, 60), target});
    }

    // What the device knows after meeting a merged history.
    void meet(const sync::MergedHistory& merged) {
        known.clear();
        for (const auto& r : merged.reviews)
            known[r.record.card_id] = r.record.after;
    }
};

inline std::vector<sync::LoggedReview> joined(std::initializer_list<const Device*> devices) {
    std::vector<sync::LoggedReview> all;
    for (const auto* d : devices)
        all.insert(all.end(), d->log.begin(), d->log.end());
    return all;
}

}  // namespace chronik::test
