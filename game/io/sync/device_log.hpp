// A profile's log folder shared by several devices: reading every device's segments (and what
// sync tools left), and appending to this device's own segments only.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "io/save/load_report.hpp"
#include "io/save/save_error.hpp"
#include "io/sync/log_segment.hpp"

namespace chronik::io {

// What one device has in the folder.
struct DeviceFiles {
    std::uint64_t last_seq = 0;                        // highest sequence number in its records
    std::uint64_t last_segment = 0;                    // highest segment number
    std::vector<std::filesystem::path> open_segments;  // not sealed (being written, or a crash)
};

// A segment whose records a checkpoint holds (keyed by device and segment number): the highest
// sequence number read from it, and whether its sealed file was read whole (a sealed segment
// never changes, so a file of that name need not be read again).
struct SeenSegment {
    std::uint64_t last_seq = 0;
    bool sealed = false;
    friend bool operator==(const SeenSegment&, const SeenSegment&) = default;
};
using SeenSegments = std::map<std::pair<std::string, std::uint64_t>, SeenSegment>;

struct LogFolderRead {
    std::vector<sync::LoggedReview> reviews;  // every copy of every record (merge dedupes)
    std::vector<sync::FieldChange> fields;
    std::map<std::string, DeviceFiles> devices;
    std::vector<std::filesystem::path> newer;  // from a newer Chronik: never changed
    LoadReport report;                         // file names relative to the folder
    std::uint64_t bytes = 0;                   // on disk, all segments
    std::size_t files = 0;                     // segments read
    SeenSegments seen;                         // what `reviews` and `fields` (and `skip`) hold
};

// Reads every segment in `folder` by content, whatever its name (a renamed copy, a Syncthing or
// Nextcloud conflict copy), except temporaries of sync tools (files still arriving) and files
// of other profiles. Damaged records and torn tails are reported and skipped; all else is read.
// Nothing is changed. With `skip` (what a checkpoint holds), a sealed segment it read whole is
// not read again, and of other segments it names only the records after what it read are
// returned: `reviews` and `fields` are then what came since the checkpoint.
LogFolderRead read_log_folder(const std::filesystem::path& folder, const std::string& profile,
                              const SeenSegments* skip = nullptr);

struct DeviceLogOptions {
    std::size_t seal_bytes = 1 << 20;  // a segment is sealed when it reaches this size
    int zstd_level = 19;
    bool durable = true;  // fdatasync after each record (off only to build benchmarks)
    // The first sequence number of a new segment is at least this (0: the clock in ms). A
    // converted log gets 1, so that two computers converting copies of one log give its
    // reviews the same ids.
    std::uint64_t first_seq = 0;
};

// Appends this device's records: to "<device>-<n>.clog" in `folder`, one write() and one
// fdatasync per record. Sealing writes "<device>-<n>.clog.zst" (temporary, fsync, rename),
// reads it back, and only then removes the open segment. Every session starts a new segment and
// close() seals it, so a closed device's files never change again: a stale copy of them coming
// back from another computer (cp without -u) is the same file. The caller holds the profile's
// writer lock for this device.
class DeviceLog {
public:
    // Seals this device's segments left open by a crash (their whole records; the torn bytes of
    // a cut last record are kept in `damaged`), then continues after `known`.
    static SaveResult<DeviceLog> open(std::filesystem::path folder, std::string device,
                                      std::string profile, const LogFolderRead& known,
                                      const std::filesystem::path& damaged, LoadReport& report,
                                      DeviceLogOptions options = {});
    DeviceLog(DeviceLog&& other) noexcept;
    DeviceLog& operator=(DeviceLog&& other) noexcept;
    DeviceLog(const DeviceLog&) = delete;
    DeviceLog& operator=(const DeviceLog&) = delete;
    ~DeviceLog();

    const std::string& device() const { return device_; }
    std::uint64_t next_seq() const { return last_seq_ + 1; }
    // The number of the segment the last record went to (0: none yet).
    std::uint64_t segment() const { return segment_; }

    // Gives the record this device's next id and stores it. On failure nothing is stored and
    // the open segment is cut back to what it held before.
    SaveResult<sync::RecordId> append(DeviceRecord record);
    // Seals the open segment, if any.
    SaveResult<void> seal();
    // Many records with one fdatasync (imports): durable off, append them, flush, durable on.
    void set_durable(bool durable) { options_.durable = durable; }
    SaveResult<void> flush();

private:
    DeviceLog() = default;
    SaveResult<void> start_segment(std::int64_t now);

    std::filesystem::path folder_;
    std::string device_;
    std::string profile_;
    DeviceLogOptions options_;
    std::uint64_t last_seq_ = 0;
    std::uint64_t segment_ = 0;   // the highest segment number of this device
    std::uint64_t base_seq_ = 0;  // the open segment's first sequence number
    int fd_ = -1;
    std::string raw_;  // the open segment's bytes, as written
};

// Seals one raw segment file: writes `<file>.zst` (if absent or different), verifies it, removes
// the raw file. The bytes after the last whole record (a torn tail) go to `damaged` first.
SaveResult<void> seal_segment_file(const std::filesystem::path& file,
                                   const std::filesystem::path& damaged, int zstd_level,
                                   LoadReport& report);

}  // namespace chronik::io
