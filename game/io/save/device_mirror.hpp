// A profile's reviews as every device's own files in <profile>/devices: this computer's device
// id, reading what every device wrote, and merging it into one history.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/save/load_report.hpp"
#include "io/sync/device_log.hpp"
#include "progress/profile_settings.hpp"
#include "sync/history_merge.hpp"

namespace chronik::io {

// Every device's log segments (game/io/sync/README.md); the only files of a profile that
// several computers add to, each only its own.
inline constexpr const char* kDevicesFolder = "devices";

// This computer's device id (CHRONIK_DEVICE_ID, else $XDG_STATE_HOME/chronik/device-id, made
// once). When it can be neither read nor made, "<host>-nostate" (the report says why).
std::string this_device(LoadReport& report);

// A device's own snapshot when it is not the profile's creator: "snapshot.<device>.json".
std::string device_snapshot_name(const std::string& device);

// A device's writer lock in a profile folder: "writer.<device>.lock". Per device, so that no
// two computers ever write one lock file (a sync tool would make conflict copies of it).
std::string writer_lock_name(const std::string& device);

// The pseudo-device of a log converted from a Chronik before devices ("legacy-<hex time>"): two
// computers converting copies of one log give its reviews the same ids, so they count once.
std::string legacy_device(std::int64_t created_ms);
bool is_legacy_device(const std::string& device);

struct DevicesRead {
    LogFolderRead folder;             // every record of every device (copies included)
    std::vector<std::string> others;  // devices other than this one and the converted logs
    // This device's records and those of converted logs, one per id, in the order they were
    // logged (converted ones first): the copy of this device's reviews.jsonl.
    std::vector<sync::LoggedReview> own;
    // Only this device's newest segments were read (read_own_devices): `own` holds their
    // records, not all, and `others` is empty because every name in devices/ is this device's.
    bool partial = false;
};

// Reads <profile>/devices (nothing changed). Missing: nothing read. With `skip` (what a
// checkpoint holds) only what came since is read (read_log_folder).
DevicesRead read_devices(const std::filesystem::path& profile_folder, const std::string& profile_id,
                         const std::string& device, const SeenSegments* skip = nullptr);

// Cheap for a profile only this device has written: when every file in devices/ carries this
// device's name (or a converted log's), only its newest two segments and its open ones are
// read (enough to go on appending and for the next undo). Otherwise read_devices.
DevicesRead read_own_devices(const std::filesystem::path& profile_folder,
                             const std::string& profile_id, const std::string& device);

// The last record of a review log (reviews.jsonl), read from its end; nullopt when it has none
// or its last line is not a record.
std::optional<ReviewRecord> last_log_record(const std::filesystem::path& log);

// The reviews (ids) in effect among `records` taken in order, the last one on top: what the
// next undo takes back.
std::vector<sync::RecordId> undo_stack(const std::vector<sync::LoggedReview>& records);

// Every device's reviews merged into one history (core/sync), the states of reviews whose card
// another device reviewed in between recomputed by the profile's scheduler.
sync::MergedHistory merge_devices(std::vector<sync::LoggedReview> records,
                                  const ProfileSettings& settings, const std::string& profile_id);

}  // namespace chronik::io
