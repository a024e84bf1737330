// Moving progress between machines and tools: a whole profile as one JSON file, the review log as
// FSRS CSV.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "io/save/load_report.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/save_error.hpp"
#include "progress/profile_progress.hpp"
#include "progress/review_record.hpp"
#include "text/row_problem.hpp"

namespace chronik::io {

// Writes the profile (display name, settings and every log record, undos
// included) as one JSON file {"format":"chronik-profile-export","schema":1,...}. A profile of
// several devices is written as its merged reviews in effect (undone ones left out, no undos).
SaveResult<void> export_profile(const ProfileStore& store, std::string_view name_or_id,
                                const std::filesystem::path& file);

struct ImportResult {
    ProfileInfo profile;
    LoadReport report;  // records or settings that were skipped, with their place in the file
};

// Creates a new profile from an export file. A display name in use becomes
// "name (2)"; `display_name` (if not empty) replaces the exported one.
SaveResult<ImportResult> import_profile(ProfileStore& store, const std::filesystem::path& file,
                                        std::string_view display_name = {});

// The reviews still in effect (undone ones removed), in log order, as CSV:
//   card_id,review_time,review_rating,review_state,review_duration,item_id,round_kind,
//   utc_offset_minutes,phase,stability,difficulty,due_ms,reps,lapses,learning_steps,
//   scheduled_days,elapsed_days
// The first five columns are the FSRS optimizer's review log (card_id: revlog_card_id of the
// item id; review_state: the state before the review); game/io/revlog/README.md documents every
// column. The state columns give the card state after the review, so that an import needs no
// scheduler.
SaveResult<std::int64_t> export_revlog_csv(const ProfileStorage& storage,
                                           const std::filesystem::path& file);

// The integer card_id FSRS tools require for an item id: its card_key with the top bit cleared,
// so it is a non-negative 64-bit signed number.
std::int64_t revlog_card_id(std::string_view item_id);

// Computes the state after a review when the CSV has no state columns.
using ReviewStepper =
    std::function<CardState(const CardState& before, Rating rating, TimeMs time_ms)>;

struct CsvReviews {
    std::vector<ReviewRecord> records;
    // Lines that were skipped, by line (1-based; the header is line 1), each with its English
    // message (reason Other: chronik-cli and the log say it).
    std::vector<text::RowProblem> problems;
};

// Parses an FSRS review-log CSV (header line required; columns by name;
// card_id, review_time (or review_time_ms) and review_rating (or rating) required, the rest
// optional; item_id, when present, is the card; review_duration is the response time). Per card,
// reviews are applied in time order (stable), from the card's state in `start` or a fresh card;
// without state columns `stepper` computes the states (nullptr: such lines are problems).
CsvReviews parse_revlog_csv(std::string_view text, const ProfileProgress& start,
                            const ReviewStepper& stepper);

// Appends the parsed reviews of a CSV file to a profile; cards the profile
// already knows continue from their current state. Returns how many were added; the lines that
// were skipped are `problems` (naming `file`).
SaveResult<std::int64_t> import_revlog_csv(ProfileStorage& storage,
                                           const std::filesystem::path& file,
                                           const ReviewStepper& stepper,
                                           std::vector<text::RowProblem>& problems);

}  // namespace chronik::io
