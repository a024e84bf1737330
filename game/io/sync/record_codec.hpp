// The compact review log record: a binary form of reviews, undos and field changes with a CRC-32,
// about a fifth of the JSON line's size before compression.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "sync/field_merge.hpp"
#include "sync/history_merge.hpp"

namespace chronik::io {

// One entry of a device's log.
using DeviceRecord = std::variant<sync::LoggedReview, sync::FieldChange>;

const sync::RecordId& record_id(const DeviceRecord& record);

// A record as stored: varint body length, body, CRC-32 (little endian) of the body.
// Body: kind (1 review, 2 undo, 3 field change), sequence number, time; then per kind
//   review: card id, rating and round in one byte, response ms, UTC offset, the states before
//           and after (phase and flags, stability and difficulty as IEEE doubles bit for bit,
//           due and last review relative to the review time, reps, lapses, step, scheduled and
//           elapsed days);
//   undo:   card id, UTC offset, the device (empty: this one) and sequence of the review undone;
//   field:  field name, value, the changes replaced (device, empty: this one; sequence).
// Everything undo, repair and the merge need is kept; nothing is recomputed on reading.
// The device id and a base sequence number are in the segment header; a record stores its
// sequence number as the difference to that base.
std::string encode_record(const DeviceRecord& record, std::uint64_t base_seq);

// Largest body accepted: a longer length field is damage, not a record.
inline constexpr std::size_t kMaxRecordBody = 1 << 20;

enum class DecodeStatus {
    Ok,
    Incomplete,  // the bytes end inside the record (a torn tail, a half-transferred file)
    Damaged,     // checksum or content wrong; `size` says how far to skip, when known
    Unreadable,  // the length itself is impossible: nothing after it can be trusted
};

struct Decoded {
    DecodeStatus status = DecodeStatus::Ok;
    std::size_t size = 0;  // bytes the record takes (Ok, Damaged)
    std::optional<DeviceRecord> record;
    std::string problem;  // for anything but Ok
};

// Decodes the record at the start of `bytes`, written by `device` in a segment whose sequence
// numbers start at `base_seq`.
Decoded decode_record(std::string_view bytes, const std::string& device, std::uint64_t base_seq);

// CRC-32 (IEEE 802.3, as zlib's crc32) of `bytes`.
std::uint32_t crc32(std::string_view bytes);

}  // namespace chronik::io
