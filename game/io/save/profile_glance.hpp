// What the profile screen shows of a profile without opening it: its snapshot only, read within
// kMaxSnapshotBytes, never its review log (which may be any size).
#pragma once

#include <filesystem>

#include "io/save/save_error.hpp"
#include "progress/profile_progress.hpp"
#include "progress/profile_settings.hpp"

namespace chronik::io {

struct ProfileGlance {
    ProfileSettings settings;
    // As of the snapshot: the game writes one every 100 reviews and when a profile is closed,
    // so only reviews of a Chronik that is still running (or was killed) are missing.
    ProgressState progress;
};

// Reads `folder`/snapshot.json and nothing else. A missing, oversized, damaged, foreign or
// newer snapshot is the error (naming snapshot.json and the problem); opening the profile
// repairs what can be repaired.
SaveResult<ProfileGlance> glance_at_profile(const std::filesystem::path& folder);

}  // namespace chronik::io
