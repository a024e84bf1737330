// The JSON reading and writing the save formats share (internal to io/save): typed field access
// that throws FormatError naming where, the format/schema check, and the card, record and settings
// objects that both the review log and the snapshot hold.
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "progress/profile_settings.hpp"
#include "progress/review_record.hpp"

namespace chronik::io::save_json {

using nlohmann::json;

// Throws FormatError("where: what") (just "what" when `where` is empty).
[[noreturn]] void fail(const std::string& where, const std::string& what);

const json& field(const json& j, const char* key, const std::string& where);
std::int64_t get_int(const json& j, const char* key, const std::string& where);
int get_small_int(const json& j, const char* key, const std::string& where);
// A counter or day number: 0..2^53 (negative days allowed with `allow_negative`).
std::int64_t get_count(const json& j, const char* key, const std::string& where,
                       bool allow_negative = false);
TimeMs get_time(const json& j, const char* key, const std::string& where);
double get_double(const json& j, const char* key, const std::string& where);
std::string get_string(const json& j, const char* key, const std::string& where);
bool get_bool(const json& j, const char* key, const std::string& where);
std::vector<std::string> string_list(const json& j, const char* key, const std::string& where);

// A whole file's JSON: empty, not UTF-8, truncated and invalid JSON are told apart.
json parse(std::string_view bytes, const std::string& what);
// "format" must be `format`; "schema" oldest..supported (newer: NewerSchemaError).
void check_format(const json& j, std::string_view format, int supported, int oldest, int& schema);

std::string hex64(std::uint64_t v);
std::uint64_t parse_hex64(const std::string& s, const std::string& where);

// A CardState (log_format.cpp): {"phase","s","d","due","last","reps","lapses","step","sched",
// "elapsed"}, and a review or undo record.
json card_to_json(const CardState& s);
CardState card_from_json(const json& j, const std::string& where);
json record_to_json(const ReviewRecord& r);
ReviewRecord record_from_json(const json& j, const std::string& where);

// The settings object (settings_format.cpp). Missing keys keep their defaults; snapshot schema 1
// stored the retention in percent.
json settings_to_json(const ProfileSettings& s);
ProfileSettings settings_from_json(const json& j, int snapshot_schema);

}  // namespace chronik::io::save_json
