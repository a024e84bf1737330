// A complete new profile folder written in one go (creating and importing profiles): made in a
// staging folder and then moved into place with one rename, so it appears whole or not at all.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/save/save_error.hpp"
#include "progress/profile_settings.hpp"
#include "progress/review_record.hpp"

namespace chronik::io {

struct NewProfile {
    std::string id;            // the folder name it will have
    std::string display_name;  // already normalised
    std::int64_t created_ms = 0;
    ProfileSettings settings;
    std::vector<ReviewRecord> records;  // each must apply in order (InvalidInput otherwise)
};

// Writes profile.json, reviews.jsonl (header and every record) and snapshot.json (the
// progress after the records) into the existing empty `folder`, each fsync'ed, then fsyncs
// the folder. Nothing outside `folder` is touched.
SaveResult<void> write_new_profile(const std::filesystem::path& folder, const NewProfile& profile);

}  // namespace chronik::io
