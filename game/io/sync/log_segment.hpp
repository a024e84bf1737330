// Segment files of a device's review log: a header naming the device, then compact records;
// sealed segments are the same bytes compressed with zstd.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/sync/record_codec.hpp"
#include "time/time_point.hpp"

namespace chronik::io {

// "CHRNKLOG", the schema byte, then a record-like header (length, body, CRC-32):
// device id, segment number, profile folder id, creation time, first sequence number.
inline constexpr std::string_view kSegmentMagic = "CHRNKLOG";
inline constexpr int kSegmentSchema = 1;
// Decompressed segments over this size are refused (a segment is sealed at about 1 MiB).
inline constexpr std::uint64_t kMaxSegmentBytes = 256ull << 20;

struct SegmentHeader {
    std::string device;
    std::uint64_t number = 0;  // 1, 2, 3, ... per device
    std::string profile;       // the profile folder id it belongs to
    TimeMs created_ms = 0;
    // The sequence number of the segment's first record. A new segment starts at the larger of
    // the device's last number + 1 and the clock in milliseconds, so a device whose own files
    // were lost (restored from an old copy) never gives a number twice.
    std::uint64_t first_seq = 1;
    friend bool operator==(const SegmentHeader&, const SegmentHeader&) = default;
};

std::string encode_segment_header(const SegmentHeader& header);

struct SegmentRead {
    enum class State {
        Ok,            // header read; `records` holds every good record
        NewerVersion,  // written by a newer Chronik: not read, never to be changed
        NotASegment,   // no segment header (another program's file, or empty)
        Unreadable,    // could not be read at all (I/O, compression, size)
    };
    State state = State::NotASegment;
    SegmentHeader header;
    std::vector<DeviceRecord> records;
    std::vector<std::string> problems;  // damaged records, a torn tail (with byte offsets)
    bool torn_tail = false;             // ends inside a record (being written or transferred)
    std::size_t good_bytes = 0;         // raw bytes up to the end of the last whole record
    int schema = 0;
};

// Parses a raw (uncompressed) segment.
SegmentRead parse_segment(std::string_view raw);

// Reads a segment file, raw or zstd-compressed (by its content, not its name). A compressed
// file cut short (half transferred) yields the records of the zstd blocks that arrived whole
// (blocks hold up to 128 KiB), and torn_tail.
SegmentRead read_segment(const std::filesystem::path& file);

// The raw bytes of a segment file (decompressed when sealed); nullopt when the file cannot be
// read whole (missing, too large, a compressed file cut short or damaged).
std::optional<std::string> segment_bytes(const std::filesystem::path& file);

// zstd of `raw`, at `level`.
std::string compress_segment(std::string_view raw, int level);

// The names a device gives its own segments: "<device>-<number, 6 digits>.clog", sealed
// ".clog.zst".
std::string segment_name(const std::string& device, std::uint64_t number, bool sealed);

}  // namespace chronik::io
