// The save file formats as values, and their JSON encoding (profile.json, reviews.jsonl lines,
// snapshot.json).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "io/save/merge_checkpoint.hpp"
#include "progress/profile_progress.hpp"
#include "progress/profile_settings.hpp"
#include "progress/review_record.hpp"

namespace chronik::io {

inline constexpr int kProfileSchema = 1;
inline constexpr int kLogSchema = 1;
// Snapshot schema 1 (development builds) stored the retention in percent as
// "retention"; schema 2 stores "desired_retention" as a fraction.
inline constexpr int kSnapshotSchema = 2;
inline constexpr int kExportSchema = 1;

// Size limits of the files read whole (the review log is streamed and needs none: its lines
// are at most 1 MiB). Bigger files are refused from their size alone, before any byte is read,
// so a huge or hostile file costs neither time nor memory.
inline constexpr std::uint64_t kMaxProfileInfoBytes = std::uint64_t{64} * 1024;  // a name and an id
// ~100,000 cards; a snapshot is decoded as a whole, needing about 10 times its size in memory.
inline constexpr std::uint64_t kMaxSnapshotBytes = std::uint64_t{32} * 1024 * 1024;
// ~600,000 reviews; read as a stream, one record at a time.
inline constexpr std::uint64_t kMaxExportBytes = std::uint64_t{256} * 1024 * 1024;
inline constexpr std::uint64_t kMaxRevlogCsvBytes =
    std::uint64_t{64} * 1024 * 1024;  // ~500,000 lines

inline constexpr std::string_view kProfileFormat = "chronik-profile";
inline constexpr std::string_view kLogFormat = "chronik-review-log";
inline constexpr std::string_view kSnapshotFormat = "chronik-snapshot";
inline constexpr std::string_view kExportFormat = "chronik-profile-export";

// Thrown when bytes are not the expected format; the message is the reason.
struct FormatError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Thrown for a file from a newer Chronik.
struct NewerSchemaError : FormatError {
    int found;
    int supported;
    NewerSchemaError(int found_schema, int supported_schema);
};

struct ProfileInfoFile {
    std::string id;
    std::string display_name;
    std::int64_t created_ms = 0;
};

struct LogHeader {
    int schema = kLogSchema;
    std::string profile_id;
    std::string display_name;  // at the time the log was made ("" in older logs)
    std::int64_t created_ms = 0;
    // The device that writes this log (its creator); "" in logs of a Chronik before devices.
    // Another device never writes it: it appends to its own segments in devices/.
    std::string device;
};

// Where in the log a snapshot was taken.
struct LogPosition {
    std::int64_t lines = 0;            // complete lines of the file before `bytes`, header included
    std::int64_t bytes = 0;            // byte offset just after the last included line
    std::uint64_t last_line_hash = 0;  // FNV-1a of the last included line (header if no records)
    friend bool operator==(const LogPosition&, const LogPosition&) = default;
};

struct Snapshot {
    std::string profile_id;
    std::string display_name;  // a copy of profile.json's, to repair that file ("" if unknown)
    std::int64_t written_ms = 0;
    LogPosition log;
    ProfileSettings settings;
    // When the settings were last changed (UTC ms; 0: not known): of several devices' snapshots
    // the settings changed last are used.
    std::int64_t settings_ms = 0;
    ProgressState progress;
    // A device's own snapshot of a merged profile: the checkpoint its progress is (none: merge
    // every record when opening).
    std::optional<MergeCheckpointFile> merge;
    int migrated_from = 0;  // set by decode when an older schema was read (0: current)
};

// FNV-1a 64 of a line without its newline.
std::uint64_t line_hash(std::string_view line);

// Checks that the bytes are UTF-8; the reason names the first bad byte.
std::optional<std::string> utf8_problem(std::string_view bytes);

std::string encode_profile_info(const ProfileInfoFile& info);
ProfileInfoFile decode_profile_info(std::string_view bytes);
// The display name in what is left of a damaged profile.json (cut short, a broken brace
// ...), when its "display_name" string itself is complete; nullopt otherwise.
std::optional<std::string> salvage_display_name(std::string_view damaged_bytes);

std::string encode_log_header(const LogHeader& header);  // one line, no newline
// nullopt when the line is not a header (but may be a record).
std::optional<LogHeader> decode_log_header(std::string_view line);

std::string encode_record(const ReviewRecord& record);  // one line, no newline
ReviewRecord decode_record(std::string_view line);

std::string encode_settings(const ProfileSettings& settings);  // a JSON object
// Reads settings; unknown keys are ignored, missing ones keep defaults. Throws FormatError.
ProfileSettings decode_settings(std::string_view json_object);

std::string encode_snapshot(const Snapshot& snapshot);
// Reads schema 1 and 2 (migrating 1); a newer schema throws NewerSchemaError.
Snapshot decode_snapshot(std::string_view bytes);

}  // namespace chronik::io
