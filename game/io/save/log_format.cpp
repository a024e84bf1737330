// The review log's lines (reviews.jsonl: header and records) and profile.json.
#include <cmath>
#include <nlohmann/json.hpp>

#include "io/save/save_error.hpp"
#include "io/save/save_formats.hpp"
#include "io/save/save_json_fields.hpp"
#include "text/fnv.hpp"

namespace chronik::io {

using namespace save_json;

std::uint64_t line_hash(std::string_view line) {
    // Not FNV's standard offset basis (a digit short of it), but checkpoints written so far store
    // hashes made with it.
    constexpr std::uint64_t kLineHashBasis = 1469598103934665603ULL;
    return text::fnv1a_64(line, kLineHashBasis);
}

namespace save_json {

json card_to_json(const CardState& s) {
    json j = {{"phase", static_cast<int>(s.phase)},
              {"s", s.stability},
              {"d", s.difficulty},
              {"due", s.due},
              {"reps", s.reps},
              {"lapses", s.lapses},
              {"step", s.learning_steps},
              {"sched", s.scheduled_days},
              {"elapsed", s.elapsed_days}};
    if (s.last_review) j["last"] = *s.last_review;
    return j;
}

CardState card_from_json(const json& j, const std::string& where) {
    CardState s;
    const int phase = get_small_int(j, "phase", where);
    if (phase < 0 || phase > 3) fail(where, "\"phase\" must be 0..3");
    s.phase = static_cast<CardPhase>(phase);
    s.stability = get_double(j, "s", where);
    s.difficulty = get_double(j, "d", where);
    if (!std::isfinite(s.stability) || !std::isfinite(s.difficulty) || s.stability < 0 ||
        s.difficulty < 0)
        fail(where, "stability and difficulty must be finite and not negative");
    s.due = get_time(j, "due", where);
    if (j.contains("last")) s.last_review = get_time(j, "last", where);
    s.reps = get_small_int(j, "reps", where);
    s.lapses = get_small_int(j, "lapses", where);
    s.learning_steps = get_small_int(j, "step", where);
    s.scheduled_days = get_small_int(j, "sched", where);
    s.elapsed_days = get_small_int(j, "elapsed", where);
    return s;
}

json record_to_json(const ReviewRecord& r) {
    if (r.kind == RecordKind::Undo)
        return {
            {"kind", "undo"}, {"t", r.time_ms}, {"card", r.card_id}, {"tz", r.utc_offset_minutes}};
    return {{"kind", "review"},
            {"t", r.time_ms},
            {"card", r.card_id},
            {"rating", to_int(r.rating)},
            {"round", std::string(round_kind_name(r.round))},
            {"response_ms", r.response_ms},
            {"tz", r.utc_offset_minutes},
            {"before", card_to_json(r.before)},
            {"after", card_to_json(r.after)}};
}

ReviewRecord record_from_json(const json& j, const std::string& where) {
    const std::string kind = get_string(j, "kind", where);
    ReviewRecord r;
    r.time_ms = get_time(j, "t", where);
    r.card_id = get_string(j, "card", where);
    r.utc_offset_minutes = get_small_int(j, "tz", where);
    if (kind == "undo") {
        r.kind = RecordKind::Undo;
        return r;
    }
    if (kind != "review") fail(where, "unknown record kind \"" + kind + "\"");
    const auto rating = rating_from_int(get_small_int(j, "rating", where));
    if (!rating) fail(where, "\"rating\" must be 1..4");
    r.rating = *rating;
    const auto round = round_kind_from_name(get_string(j, "round", where));
    if (!round) fail(where, "unknown \"round\"");
    r.round = *round;
    r.response_ms = get_int(j, "response_ms", where);
    r.before = card_from_json(field(j, "before", where), where + ".before");
    r.after = card_from_json(field(j, "after", where), where + ".after");
    return r;
}

}  // namespace save_json

std::string encode_profile_info(const ProfileInfoFile& info) {
    const json j = {{"format", std::string(kProfileFormat)},
                    {"schema", kProfileSchema},
                    {"id", info.id},
                    {"display_name", info.display_name},
                    {"created_ms", info.created_ms}};
    return j.dump(2) + "\n";
}

ProfileInfoFile decode_profile_info(std::string_view bytes) {
    const json j = parse(bytes, "");
    int schema = 0;
    check_format(j, kProfileFormat, kProfileSchema, 1, schema);
    ProfileInfoFile info;
    info.id = get_string(j, "id", "");
    info.display_name = get_string(j, "display_name", "");
    info.created_ms = j.contains("created_ms") ? get_int(j, "created_ms", "") : 0;
    return info;
}

std::optional<std::string> salvage_display_name(std::string_view bytes) {
    constexpr std::string_view kKey = "\"display_name\"";
    const auto key = bytes.find(kKey);
    if (key == std::string_view::npos) return std::nullopt;
    std::size_t i = key + kKey.size();
    auto skip_space = [&] {
        while (i < bytes.size() &&
               (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
            ++i;
    };
    skip_space();
    if (i >= bytes.size() || bytes[i] != ':') return std::nullopt;
    ++i;
    skip_space();
    if (i >= bytes.size() || bytes[i] != '"') return std::nullopt;
    // The string ends at the first quote that no backslash escapes.
    std::size_t end = i + 1;
    while (end < bytes.size() && bytes[end] != '"')
        end += bytes[end] == '\\' ? 2 : 1;
    if (end >= bytes.size()) return std::nullopt;
    const std::string_view quoted = bytes.substr(i, end - i + 1);
    if (utf8_problem(quoted)) return std::nullopt;
    try {
        const json j = json::parse(quoted.begin(), quoted.end());
        if (!j.is_string() || j.get<std::string>().empty()) return std::nullopt;
        return j.get<std::string>();
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

std::string encode_log_header(const LogHeader& h) {
    json j = {{"format", std::string(kLogFormat)},
              {"schema", h.schema},
              {"profile", h.profile_id},
              {"created_ms", h.created_ms}};
    if (!h.display_name.empty()) j["name"] = h.display_name;
    if (!h.device.empty()) j["device"] = h.device;
    return j.dump();
}

std::optional<LogHeader> decode_log_header(std::string_view line) {
    if (utf8_problem(line)) return std::nullopt;
    json j;
    try {
        j = json::parse(line.begin(), line.end());
    } catch (const json::exception&) {
        return std::nullopt;
    }
    if (!j.is_object() || !j.contains("format")) return std::nullopt;
    int schema = 0;
    check_format(j, kLogFormat, kLogSchema, 1, schema);
    LogHeader h;
    h.schema = schema;
    h.profile_id = get_string(j, "profile", "header");
    h.created_ms = j.contains("created_ms") ? get_int(j, "created_ms", "header") : 0;
    if (j.contains("name") && j["name"].is_string()) h.display_name = j["name"].get<std::string>();
    if (j.contains("device") && j["device"].is_string()) h.device = j["device"].get<std::string>();
    return h;
}

std::string encode_record(const ReviewRecord& record) {
    return record_to_json(record).dump();
}

ReviewRecord decode_record(std::string_view line) {
    if (line.empty()) fail("", "empty line");
    if (auto p = utf8_problem(line)) fail("", *p);
    json j;
    try {
        j = json::parse(line.begin(), line.end());
    } catch (const json::exception& e) {
        fail("", std::string("not valid JSON (") + e.what() + ")");
    }
    return record_from_json(j, "record");
}

}  // namespace chronik::io
