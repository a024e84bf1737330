// A saved profile's review log (saves/<profile>/reviews.jsonl) as optimizer rows.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "optimize/review_row.hpp"

namespace chronik::io {

struct ProfileReviews {
    std::filesystem::path folder;           // the profile folder that was read
    std::vector<optimize::ReviewRow> rows;  // reviews still in effect, in log order
    std::vector<std::string> card_names;    // card_id k (1-based) is card_names[k - 1]
    std::size_t undone = 0;                 // reviews taken back by an undo
    std::size_t bad_lines = 0;              // log lines that could not be read (skipped)
};

// Finds the profile `name` in `saves` (by folder id, else by display name, as ProfileStore::find)
// and reads its review log without changing anything on disk. Reviews taken back by an undo are
// left out, as the game applies them; the text card ids are numbered in order of first
// appearance. A profile of several devices gives their merged history (`undone` and `bad_lines`
// are then 0). Throws std::runtime_error naming the folder or file when the profile or its log
// cannot be read.
ProfileReviews read_profile_reviews(const std::filesystem::path& saves, const std::string& name);
// The same for a profile folder already known (an open profile's own folder).
ProfileReviews read_profile_folder_reviews(const std::filesystem::path& folder);

}  // namespace chronik::io
