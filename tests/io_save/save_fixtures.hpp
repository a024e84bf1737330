// Helpers for save tests: simulated reviews, file tweaks, listing folders.
#pragma once

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "progress/review_record.hpp"

namespace chronik::test {

inline constexpr TimeMs kStart = 1767268800000;  // 2026-01-01 12:00 UTC

inline std::string card_name(int n) {
    std::string s = "card-";
    s += std::to_string(n);
    return s;
}

// The i-th simulated review: cards rotate, time moves on by an hour each.
inline ReviewRecord simulated_review(int i, const CardState& before) {
    CardState after = before;
    after.phase = CardPhase::Review;
    after.stability = 1.5 + i * 0.1;
    after.difficulty = 5.25;
    after.last_review = kStart + i * kHourMs;
    after.due = kStart + i * kHourMs + (1 + i % 5) * kDayMs;
    after.reps = before.reps + 1;
    after.scheduled_days = 1 + i % 5;
    const Rating rating = i % 7 == 0 ? Rating::Again : Rating::Good;
    return ReviewRecord::review(card_name(i % 10), kStart + i * kHourMs, rating,
                                RoundKind::Flashcard, 1200 + i, 60, before, after);
}

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void spit(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline void append_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::app);
    out << bytes;
}

// Every path under `root`, relative, for "nothing was written elsewhere" checks.
inline std::set<std::string> tree(const std::filesystem::path& root) {
    std::set<std::string> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root))
        out.insert(std::filesystem::relative(e.path(), root).string());
    return out;
}

inline std::size_t count_lines(const std::filesystem::path& file) {
    const std::string s = slurp(file);
    std::size_t n = 0;
    for (char c : s)
        n += c == '\n';
    return n;
}

}  // namespace chronik::test
