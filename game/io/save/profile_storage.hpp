// One profile's save files: loading (snapshot + log tail, with fallbacks), appending reviews, undo,
// snapshots.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/save/file_lock.hpp"
#include "io/save/load_report.hpp"
#include "io/save/save_error.hpp"
#include "io/save/save_formats.hpp"
#include "progress/profile_progress.hpp"
#include "progress/profile_settings.hpp"
#include "progress/review_record.hpp"
#include "sync/field_merge.hpp"
#include "sync/history_merge.hpp"

namespace chronik::io {

inline constexpr const char* kSnapshotFileName = "snapshot.json";
inline constexpr const char* kProfileFileName = "profile.json";
inline constexpr const char* kBackupsFolder = "backups";    // the last 5 snapshots
inline constexpr const char* kDamagedFolder = "damaged";    // bad files moved aside, never deleted
inline constexpr const char* kMigratedFolder = "migrated";  // originals of migrated files
// The writer lock of a Chronik before device ids: still honoured (an older Chronik on this
// computer, or on another one through a share), never taken. Each device now has its own
// (writer_lock_name), so a synced folder never carries a lock file two computers write.
inline constexpr const char* kLegacyLockFileName = "writer.lock";
inline constexpr int kSnapshotBackups = 5;

enum class OpenMode {
    ReadWrite,  // takes the profile's writer lock (Locked if another process has it), repairs
                // what it can (moves bad files aside, writes a fresh snapshot) and can append
    Inspect,    // reads only: changes nothing on disk and takes no lock (check, export, show);
                // it sees the log as it was when the snapshot was read, so a writer appending
                // meanwhile cannot make it look inconsistent; append is refused
};

struct OpenOptions {
    OpenMode mode = OpenMode::ReadWrite;
    // A snapshot is written after this many appended log lines (and on undo,
    // settings changes and close), so that the log tail to replay stays short.
    int snapshot_every = 100;
};

class ProfileStorage {
public:
    // Loads the profile in `folder` (its name is the profile id). Fails only
    // when the folder is missing or unsafe, a file comes from a newer Chronik
    // (NewerVersion: the profile is not opened at all, so nothing of it can be
    // overwritten), or, in ReadWrite mode, another process writes the profile
    // (Locked: nothing is opened for writing). Everything else is repaired or
    // worked around and described in report(). A folder where nothing can be
    // written opens with write_blocked() set (ReadOnly).
    static SaveResult<ProfileStorage> open(const std::filesystem::path& folder,
                                           const OpenOptions& options = {});

    ProfileStorage(ProfileStorage&&) noexcept;
    ProfileStorage& operator=(ProfileStorage&&) noexcept;
    ~ProfileStorage();

    const std::string& profile_id() const;
    // The last rename of any computer (fields.<device>.json, "profile.name"), else profile.json's
    // (restored from the snapshot or log when it was damaged).
    const std::string& display_name() const;
    const std::filesystem::path& folder() const;
    const ProfileProgress& progress() const;
    const ProfileSettings& settings() const;
    // Settings fields two computers changed while apart: the later value is in effect, the
    // others are named (the settings screen shows them). Cleared by setting the field again.
    // Also holds "profile.name" when two computers renamed the profile while apart.
    const std::vector<sync::FieldConflict>& settings_conflicts() const;
    const LoadReport& report() const;
    // The position of the end of the log (lines include the header).
    const LogPosition& log_position() const;
    // The latest review time of any card (to continue a simulation), if any.
    std::optional<TimeMs> latest_review_time() const;
    // Why appends are refused (Inspect mode, a read-only folder ...), if they are.
    std::optional<SaveError> write_blocked() const;

    // Several computers (README "Several computers"): this computer's device id; whether the
    // profile is the merged history of several devices' files in devices/; who contributed
    // (reviews in effect per device); the merged reviews in effect, in merge order (merged only).
    const std::string& device() const;
    bool merged() const;
    std::vector<sync::DeviceShare> devices() const;
    const std::vector<ReviewRecord>& merged_reviews() const;

    // Writes the record to the log (fsync'ed) and then applies it. Rejected
    // records and undos with nothing to undo are not written. A failed write
    // (disk full, read-only) returns the error and changes nothing.
    SaveResult<ApplyResult> append(const ReviewRecord& record);
    // Appends many records with one write and one fsync (imports). Every record
    // must apply (InvalidInput names the first that does not; nothing is written).
    SaveResult<std::int64_t> append_all(const std::vector<ReviewRecord>& records);
    // Whether nothing can ever be saved in this session because the folder is read-only
    // (ReadWrite open of a folder without write permission); practice goes on unsaved.
    bool saves_folder_read_only() const;
    // Only when saves_folder_read_only(): applies a review or an undo to the progress in
    // memory, exactly as append would, and writes nothing (practice without saving). The
    // reason appends are refused otherwise (Inspect mode, a profile that can be saved).
    SaveResult<ApplyResult> apply_unsaved(const ReviewRecord& record);
    // Logs an undo of the last answer and writes a snapshot of the prior state.
    SaveResult<ApplyResult> undo_last(TimeMs now, int utc_offset_minutes);
    // Validates (InvalidInput lists every problem), then stores the settings in a new snapshot.
    SaveResult<void> set_settings(const ProfileSettings& settings);
    // Writes snapshot.json atomically; the previous one goes to backups/ (newest 5 kept).
    SaveResult<void> write_snapshot();
    // Replays the whole log into fresh progress and writes a new snapshot (the
    // old one is moved to damaged/). Used by `chronik-cli check --repair`.
    SaveResult<void> rebuild_from_log();
    // For `check --repair`: every line of the log that is damaged (unreadable) or that the
    // rules reject (an undo of nothing ...) is set aside into damaged/reviews.jsonl.lines-<time>
    // with its line number and reason, the whole original log is kept as
    // damaged/reviews.jsonl.before-repair-<time>, the log is rewritten without those lines and
    // progress and snapshot are rebuilt from it. Returns the lines set aside (none: nothing
    // was changed).
    SaveResult<std::vector<LoadMessage>> set_aside_bad_lines();
    // Who else writes this profile right now (another process holding its lock), if anyone.
    static std::optional<std::string> writer_elsewhere(const std::filesystem::path& folder);
    // This computer's writer lock of the profile in `folder`: "writer.<device>.lock".
    static std::filesystem::path writer_lock_file(const std::filesystem::path& folder);
    // Takes this computer's writer lock of `folder` without waiting (held (fcntl lock) by the
    // one process of this device that writes the profile; see FileLock). Locked, naming who,
    // when another process holds it or an older Chronik holds writer.lock.
    static SaveResult<FileLock> lock_for_writing(const std::filesystem::path& folder);
    // Writes a snapshot if reviews were appended since the last one.
    SaveResult<void> close();

    struct State;  // defined in profile_storage.cpp

private:
    explicit ProfileStorage(std::unique_ptr<State> state);
    // write_snapshot for the automatic snapshots: a failure goes into report() once per
    // episode and the next try waits snapshot_every more log lines.
    void write_snapshot_or_report();
    std::unique_ptr<State> s_;
};

}  // namespace chronik::io
