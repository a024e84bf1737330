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

// Reads the profile without changing anything: loads it as the game would
// (snapshot + log tail), replays the whole log independently and compares.
SaveResult<CheckReport> check_profile(const std::filesystem::path& folder);

// Repairs what check finds: bad snapshots are moved aside, damaged log lines
// are dropped from the log (the original log is kept in damaged/), and the
// snapshot is rebuilt from the log. Returns the check after the repair.
SaveResult<CheckReport> repair_profile(const std::filesystem::path& folder);

}  // namespace chronik::io
