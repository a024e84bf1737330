// ISO-8601 UTC timestamps ("2026-01-14T15:19:00.000Z") to and from int64 epoch milliseconds.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "time/time_point.hpp"

namespace chronik::io {

// Always with milliseconds and a Z, as JavaScript's Date.toISOString(); years outside
// 0000-9999 in the extended form "+010000".
std::string format_iso_utc(TimeMs ms);

// "YYYY-MM-DDTHH:MM:SS[.fff]Z" (also "+HH:MM"/"-HH:MM" offsets); none if malformed.
std::optional<TimeMs> parse_iso_utc(std::string_view text);

}  // namespace chronik::io
