// Which device made a log record and its place in that device's own log: a record's identity.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronik::sync {

// A device id names one computer (or one test run): 1..64 characters of [a-z0-9-], not starting
// or ending with '-'. It appears in file names, so nothing else is allowed.
inline constexpr std::size_t kMaxDeviceIdLength = 64;

// Why `id` is not a device id, or nullopt when it is one.
std::optional<std::string> device_id_problem(std::string_view id);

// A record is identified by the device that wrote it and its sequence number in that device's
// log (1, 2, 3, ...). Two copies of one record, from a file that arrived twice or under another
// name, have the same id and count once.
struct RecordId {
    std::string device;
    std::uint64_t seq = 0;
    // clang-tidy 14 takes the 0 of a defaulted <=> for a null pointer.
    // NOLINTNEXTLINE(modernize-use-nullptr)
    friend auto operator<=>(const RecordId&, const RecordId&) = default;
    friend bool operator==(const RecordId&, const RecordId&) = default;
};

std::string describe(const RecordId& id);  // "laptop-1a2b#17"

}  // namespace chronik::sync
