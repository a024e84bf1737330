// Helpers for io/sync tests: realistic records (real FSRS states) and file helpers.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "io/sync/record_codec.hpp"
#include "srs/scheduler.hpp"

namespace chronik::test {

inline constexpr TimeMs kT0 = 1767268800000;  // 2026-01-01 12:00 UTC

// A review of `card` as the game logs it: `before` a fresh or reviewed card, `after` by FSRS.
inline sync::LoggedReview logged_review(const std::string& device, std::uint64_t seq,
                                        const std::string& card, TimeMs t, Rating rating,
                                        const CardState& before) {
    static const Scheduler scheduler;
    return {{device, seq},
            ReviewRecord::review(card, t, rating, RoundKind::Flashcard, 3170, 60, before,
                                 scheduler.next(before, rating, t)),
            std::nullopt};
}

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void spit(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

}  // namespace chronik::test
