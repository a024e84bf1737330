// A study session that writes simulated reviews to a profile as fast as it can, until it is killed.
// Usage: chronik_crash_writer SAVES_DIR PROFILE SEED
#include <cstdlib>
#include <iostream>
#include <string>

#include "io/save/profile_store.hpp"
#include "random/rng.hpp"

using namespace chronik;

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: chronik_crash_writer SAVES_DIR PROFILE SEED\n";
        return 2;
    }
    io::ProfileStore store(argv[1]);
    // Snapshots every few reviews, so that kills also land inside snapshot writes.
    auto opened = store.open(argv[2], io::OpenOptions{io::OpenMode::ReadWrite, 5});
    if (!opened) {
        std::cerr << "crash writer: " << opened.error().describe() << "\n";
        return 1;
    }
    io::ProfileStorage& storage = opened.value();
    Rng rng(std::strtoull(argv[3], nullptr, 10));
    TimeMs now = storage.latest_review_time().value_or(1767268800000) + kMinuteMs;
    for (std::uint64_t i = 0;; ++i) {
        now += 1 + static_cast<TimeMs>(rng.below(3 * kHourMs));
        if (rng.below(10) == 0 && storage.progress().undoable()) {
            if (auto r = storage.undo_last(now, 60); !r) {
                std::cerr << "crash writer: " << r.error().describe() << "\n";
                return 1;
            }
            continue;
        }
        std::string card = "card-";
        card += std::to_string(rng.below(200));
        const CardState before = storage.progress().card(card).value_or(CardState::fresh(now));
        CardState after = before;
        after.phase = CardPhase::Review;
        after.stability = 0.5 + 50.0 * rng.uniform();
        after.difficulty = 1.0 + 9.0 * rng.uniform();
        after.last_review = now;
        after.scheduled_days = 1 + static_cast<int>(rng.below(30));
        after.due = now + after.scheduled_days * kDayMs;
        after.reps += 1;
        const Rating rating = rng.below(5) == 0 ? Rating::Again : Rating::Good;
        auto r = storage.append(ReviewRecord::review(card, now, rating, RoundKind::Simulation,
                                                     static_cast<std::int64_t>(rng.below(10000)),
                                                     60, before, after));
        if (!r) {
            std::cerr << "crash writer: " << r.error().describe() << "\n";
            return 1;
        }
    }
}
