// ProfileStorage's state and the steps its parts share (internal to io/save). The parts:
// profile_open.cpp (loading), profile_append.cpp (appending, undo, settings), profile_merged.cpp
// (several devices' history), profile_mirror.cpp (this device's segments), profile_name.cpp
// (profile.json), profile_repair.cpp (check --repair), profile_storage.cpp (snapshots, close).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/save/device_mirror.hpp"
#include "io/save/profile_storage.hpp"
#include "io/save/review_log.hpp"
#include "io/sync/device_log.hpp"

namespace chronik::io {

struct ProfileStorage::State {
    std::filesystem::path folder;
    std::string id;
    std::string display_name;
    OpenOptions options;
    ProfileProgress progress;
    ProfileSettings settings;
    LoadReport report;
    LogPosition position;
    std::int64_t snapshot_lines = -1;  // log lines in the snapshot on disk (-1: none matches)
    std::optional<ReviewLogWriter> writer;
    std::optional<SaveError> blocked;
    std::optional<FileLock> lock;  // ReadWrite: held until the storage goes away
    // After a failed snapshot (a full disk), the next try waits this many log lines, so a
    // disk-full episode neither retries on every review nor floods the report.
    std::int64_t snapshot_retry_lines = 0;
    bool snapshot_failing = false;

    // Devices (README "Several computers"). Every record this device writes also goes to its
    // own segments in devices/, which other computers read.
    std::string device;
    // Other devices' records are in devices/ (or reviews.jsonl is another device's): progress
    // is the merged history of every device's segments; reviews.jsonl and snapshot.json, which
    // only their creator writes, are neither read nor written, and the snapshot is
    // snapshot.<device>.json.
    bool merged = false;
    std::optional<DeviceLog> mirror;       // this device's segments (ReadWrite)
    std::vector<sync::RecordId> undo_ids;  // this device's reviews in effect, the next undo's last
    bool mirror_failing = false;
    std::vector<sync::DeviceShare> devices;    // who contributed (merged: from the merge)
    std::vector<ReviewRecord> merged_reviews;  // merged: the reviews in effect in merge order
    std::int64_t settings_ms = 0;              // when the settings were last changed (0: unknown)
    // Every device's latest settings changes known here (written with the snapshot), and the
    // fields two devices changed while apart (the later value is in effect).
    std::vector<sync::FieldChange> field_changes;
    std::vector<sync::FieldConflict> field_conflicts;
    std::int64_t unsnapshotted = 0;  // merged: records appended since the last snapshot
    // Merged: the checkpoint `progress` is (written with this device's snapshot, so that the
    // next open reads and applies only what came since): the segments it holds, its last review
    // in merge order and the undos still waiting for their review. `checkpoint_ok` is false when
    // this session appended a review before `last` (a clock set back): then the next open merges
    // every record.
    SeenSegments seen;
    std::optional<sync::MergePoint> last;
    std::vector<sync::RecordId> awaited_undone;
    bool checkpoint_ok = false;
    bool merged_reviews_complete = true;  // false: merged_reviews() reads them when asked
    sync::DeviceShare own_share_at_open;  // this device's share when opened, and this session's
    std::vector<TimeMs> session_times;    // reviews in effect: its share after an undo

    std::filesystem::path file(const char* name) const { return folder / name; }
};

namespace storage_parts {

using State = ProfileStorage::State;

// `file` relative to `folder` (for messages), else as it is.
std::string rel(const std::filesystem::path& file, const std::filesystem::path& folder);
bool is_link(const std::filesystem::path& p);
// Backups, newest first (names sort by time).
std::vector<std::filesystem::path> list_backups(const std::filesystem::path& folder);

// profile.json as found (profile_name.cpp).
struct ProfileFile {
    std::optional<ProfileInfoFile> info;  // when readable
    std::string problem;                  // why not ("" when missing)
    bool missing = false;
    std::string bytes;  // what could be read, for salvaging the name
};
// Throws NewerSchemaError for a profile.json from a newer Chronik.
ProfileFile read_profile_file(const std::filesystem::path& file);
// A missing or damaged profile.json is written anew (ReadWrite) with the display name from
// the damaged file's readable part, else the snapshot's copy, else the log header's, else the
// folder id; the damaged file is moved to damaged/. Inspect mode only reports it.
void restore_profile_file(State& s, const ProfileFile& file, const std::string& snapshot_name,
                          const std::optional<LogHeader>& header, bool writable);

// This device's segments (profile_mirror.cpp).
// The devices' messages, with their folder in the file name.
void add_device_messages(State& s, const LoadReport& report);
// Copies what this device's reviews.jsonl holds and its segments in devices/ lack (see there).
std::vector<sync::LoggedReview> fill_mirror(State& s, DevicesRead& devices,
                                            const std::optional<LogHeader>& header,
                                            std::int64_t json_lines,
                                            const std::filesystem::path& damaged);
// Opens this device's segments for appending (sealing what a crash left open).
void open_mirror(State& s, const DevicesRead& devices, const std::filesystem::path& damaged);
// Writes the record to this device's segment (the copy other computers read).
SaveResult<sync::RecordId> mirror_write(State& s, const ReviewRecord& record);
// Single device: the review is saved in reviews.jsonl; its copy in devices/ is made now or,
// when that fails, at the next start (fill_mirror).
void mirror_or_report(State& s, const ReviewRecord& record);

// Several devices' history (profile_merged.cpp).
// Per field, the last change any device recorded (fields.<device>.json), over the settings the
// snapshots give, and the display name (see there).
void merge_settings_fields(State& s);
// Settings of a merged profile (see there). Returns this device's own snapshot (its checkpoint),
// if readable.
std::optional<Snapshot> pick_settings(State& s);
// Opens a merged profile: progress from this device's checkpoint and what came since, else from
// every device's records merged; settings per field. Returns whether a new checkpoint is due.
bool open_merged(State& s, DevicesRead& devices, const std::optional<Snapshot>& own_checkpoint,
                 const ProfileFile& profile_file, const std::optional<LogHeader>& log_header,
                 bool foreign_log, bool writable, const std::filesystem::path& damaged);
// Merged: the appended record in the merged reviews and this device's share.
void note_merged(State& s, const ReviewRecord& record, const sync::RecordId& id);

}  // namespace storage_parts

}  // namespace chronik::io
