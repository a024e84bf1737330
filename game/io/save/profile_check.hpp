// Verifying a profile (log readable, snapshot consistent with the log) and repairing it:
// `chronik-cli check`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "io/save/load_report.hpp"
#include "io/save/save_error.hpp"

namespace chronik::io {

struct CheckReport {
    std::int64_t cards = 0;              // cards with progress
    std::int64_t log_reviews = 0;        // review lines in the log (undone ones included)
    std::int64_t log_undos = 0;          // undo lines in the log
    std::int64_t reviews_in_effect = 0;  // reviews not undone
    std::int64_t log_lines = 0;          // complete lines, header included
    std::vector<LoadMessage> problems;   // warnings and errors: the check fails
    std::vector<LoadMessage> notes;      // information only
    bool ok() const { return problems.empty(); }
};

// Reads the profile without changing anything and without a lock (it works while a game has
// the profile open): loads it as the game would (profile.json, snapshot + log tail), replays
// the whole log independently and compares. Every damaged or rejected line of the log is a
// problem with its line number, also one older than the snapshot; so are a damaged
// profile.json, a missing or mismatched snapshot and a torn last line. A file from a newer
// Chronik is a NewerVersion error.
SaveResult<CheckReport> check_profile(const std::filesystem::path& folder);

// Repairs what check finds, holding the profile's lock (Locked while a game has it open):
// bad snapshots are moved to damaged/, a damaged profile.json is written anew (keeping the
// display name when a copy survives), damaged and rejected log lines are set aside into
// damaged/ with their line numbers (the whole original log is kept there too), and the
// snapshot is rebuilt from the remaining lines. Returns the check after the repair, with
// notes saying what was done.
SaveResult<CheckReport> repair_profile(const std::filesystem::path& folder);

}  // namespace chronik::io
