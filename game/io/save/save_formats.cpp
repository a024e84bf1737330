#include "io/save/save_formats.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>

#include "io/save/save_error.hpp"
#include "text/fnv.hpp"

namespace chronik::io {

using nlohmann::json;

NewerSchemaError::NewerSchemaError(int found_schema, int supported_schema)
    : FormatError("written by a newer Chronik (schema " + std::to_string(found_schema) +
                  ", this version reads up to " + std::to_string(supported_schema) +
                  "); update Chronik to open it. The file was not changed"),
      found(found_schema),
      supported(supported_schema) {}

std::uint64_t line_hash(std::string_view line) {
    // Not FNV's standard offset basis (a digit short of it), but checkpoints written so far store
    // hashes made with it.
    constexpr std::uint64_t kLineHashBasis = 1469598103934665603ULL;
    return text::fnv1a_64(line, kLineHashBasis);
}

std::optional<std::string> utf8_problem(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = b < 0x80             ? 1
                          : (b & 0xE0) == 0xC0 ? 2
                          : (b & 0xF0) == 0xE0 ? 3
                          : (b & 0xF8) == 0xF0 ? 4
                                               : 0;
        bool ok = len != 0 && i + len <= s.size() && !(b == 0xC0 || b == 0xC1 || b > 0xF4);
        for (std::size_t k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (!ok) return "not UTF-8 text (bad byte at offset " + std::to_string(i) + ")";
        i += len;
    }
    return std::nullopt;
}

namespace {

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw FormatError(where.empty() ? what : where + ": " + what);
}

const json& field(const json& j, const char* key, const std::string& where) {
    if (!j.is_object()) fail(where, "expected an object");
    auto it = j.find(key);
    if (it == j.end()) fail(where, std::string("missing \"") + key + "\"");
    return *it;
}

std::int64_t get_int(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (v.is_number_unsigned()) {
        if (v.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            fail(where, std::string("\"") + key + "\" is too large");
        return static_cast<std::int64_t>(v.get<std::uint64_t>());
    }
    if (!v.is_number_integer()) fail(where, std::string("\"") + key + "\" must be an integer");
    return v.get<std::int64_t>();
}

int get_small_int(const json& j, const char* key, const std::string& where) {
    const std::int64_t v = get_int(j, key, where);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        fail(where, std::string("\"") + key + "\" is out of range");
    return static_cast<int>(v);
}

// A counter or day number: 0..2^53 (negative days allowed with `allow_negative`).
std::int64_t get_count(const json& j, const char* key, const std::string& where,
                       bool allow_negative = false) {
    const std::int64_t v = get_int(j, key, where);
    constexpr std::int64_t kMax = std::int64_t{1} << 53;
    if (v > kMax || v < (allow_negative ? -kMax : 0))
        fail(where, std::string("\"") + key + "\" is out of range");
    return v;
}

TimeMs get_time(const json& j, const char* key, const std::string& where) {
    const std::int64_t v = get_int(j, key, where);
    if (v > kMaxAbsTimeMs || v < -kMaxAbsTimeMs)
        fail(where, std::string("\"") + key + "\" is not a plausible time");
    return v;
}

double get_double(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_number()) fail(where, std::string("\"") + key + "\" must be a number");
    return v.get<double>();
}

std::string get_string(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_string()) fail(where, std::string("\"") + key + "\" must be a string");
    return v.get<std::string>();
}

bool get_bool(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_boolean()) fail(where, std::string("\"") + key + "\" must be true or false");
    return v.get<bool>();
}

json parse(std::string_view bytes, const std::string& what) {
    if (bytes.empty()) fail(what, "the file is empty");
    if (auto p = utf8_problem(bytes)) fail(what, *p);
    try {
        return json::parse(bytes.begin(), bytes.end());
    } catch (const json::parse_error& e) {
        // An error at the very end of the bytes: the file was cut short.
        if (e.byte >= bytes.size()) fail(what, std::string("truncated JSON (") + e.what() + ")");
        fail(what, std::string("not valid JSON (") + e.what() + ")");
    } catch (const json::exception& e) {
        fail(what, std::string("not valid JSON (") + e.what() + ")");
    }
}

void check_format(const json& j, std::string_view format, int supported, int oldest, int& schema) {
    if (!j.is_object()) fail("", "not a Chronik file (expected a JSON object)");
    auto f = j.find("format");
    if (f == j.end() || !f->is_string() || f->get<std::string>() != format)
        fail("", "not a Chronik " + std::string(format) + " file (format field is " +
                     (f == j.end() ? std::string("missing") : f->dump()) + ")");
    schema = get_small_int(j, "schema", "");
    if (schema > supported) throw NewerSchemaError(schema, supported);
    if (schema < oldest) fail("", "unknown schema " + std::to_string(schema));
}

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

json scores_to_json(const Scores& s) {
    json by = json::object();
    for (const auto& [k, n] : s.by_round)
        by[std::string(round_kind_name(k))] = n;
    return {{"reviews", s.reviews}, {"passed", s.passed}, {"by_round", by}};
}

Scores scores_from_json(const json& j, const std::string& where) {
    Scores s;
    s.reviews = get_count(j, "reviews", where);
    s.passed = get_count(j, "passed", where);
    const json& by = field(j, "by_round", where);
    if (!by.is_object()) fail(where, "\"by_round\" must be an object");
    for (const auto& [k, v] : by.items()) {
        const auto kind = round_kind_from_name(k);
        if (!kind || !v.is_number_integer() || v.get<std::int64_t>() < 0 ||
            v.get<std::int64_t>() > (std::int64_t{1} << 53))
            fail(where, "bad by_round entry " + in_quotes(k));
        s.by_round[*kind] = v.get<std::int64_t>();
    }
    return s;
}

json streak_to_json(const KindStreak& s) {
    json j = {
        {"current_days", s.current_days}, {"best_days", s.best_days}, {"rest_days", s.rest_days}};
    if (s.last_study_day) j["last_study_day"] = *s.last_study_day;
    return j;
}

KindStreak streak_from_json(const json& j, const std::string& where) {
    KindStreak s;
    s.current_days = get_count(j, "current_days", where);
    s.best_days = get_count(j, "best_days", where);
    s.rest_days = get_small_int(j, "rest_days", where);
    if (s.rest_days < 0 || s.rest_days > KindStreak::kMaxRestDays)
        fail(where, "\"rest_days\" is out of range");
    if (j.contains("last_study_day"))
        s.last_study_day = get_count(j, "last_study_day", where, true);
    return s;
}

json day_to_json(std::int64_t day, const DayTally& t) {
    return json::array({day, t.reviews, t.first_reviews, t.first_passed, t.new_cards, t.study_ms});
}

std::pair<std::int64_t, DayTally> day_from_json(const json& j, const std::string& where) {
    if (!j.is_array() || j.size() != 6)
        fail(where, "a day must be [day, reviews, first, passed, new, ms]");
    constexpr std::int64_t kMax = std::int64_t{1} << 53;
    for (std::size_t i = 0; i < j.size(); ++i) {
        if (!j[i].is_number_integer()) fail(where, "day entries must be integers");
        const std::int64_t v = j[i].get<std::int64_t>();
        if (v > kMax || v < (i == 0 ? -kMax : 0)) fail(where, "a day entry is out of range");
    }
    // study_new_cards comes from the optional "study_new" list (decode_snapshot); until then, as
    // a snapshot from before it was counted: every new card counts for Lernen's limit.
    DayTally t;
    t.reviews = j[1].get<std::int64_t>();
    t.first_reviews = j[2].get<std::int64_t>();
    t.first_passed = j[3].get<std::int64_t>();
    t.new_cards = j[4].get<std::int64_t>();
    t.study_new_cards = t.new_cards;
    t.study_ms = j[5].get<std::int64_t>();
    return {j[0].get<std::int64_t>(), t};
}

json settings_to_json(const ProfileSettings& s) {
    json j = {{"language", std::string(language_code(s.language))},
              {"desired_retention", s.desired_retention},
              {"maximum_interval_days", s.maximum_interval_days},
              {"daily_new_limit", s.daily_new_limit},
              {"daily_review_limit", s.daily_review_limit},
              {"learning_steps", s.learning_steps},
              {"relearning_steps", s.relearning_steps},
              {"timer", {{"on", s.timer == Timer::On}, {"seconds", s.timer_seconds}}},
              {"sound_volume", s.sound_volume},
              {"ui_scale", s.ui_scale},
              {"high_contrast", s.high_contrast},
              {"reduce_motion", s.reduce_motion},
              {"key_bindings", s.key_bindings}};
    if (s.fsrs_weights) j["fsrs_weights"] = *s.fsrs_weights;
    if (!s.decks.empty()) j["decks"] = s.decks;  // absent: every deck
    if (s.exam) {                                // absent: no exam, plain FSRS
        char time[32];
        std::snprintf(time, sizeof time, "%02d:%02d", s.exam->minute_of_day / 60,
                      s.exam->minute_of_day % 60);
        j["exam"] = {{"date", format_iso_date(s.exam->date)},
                     {"time", time},
                     {"decks", s.exam->decks},
                     {"topics", s.exam->topics},
                     {"minutes_per_day", s.exam->minutes_per_day}};
    }
    return j;
}

std::vector<std::string> string_list(const json& j, const char* key, const std::string& where) {
    const json& v = field(j, key, where);
    if (!v.is_array()) fail(where, std::string("\"") + key + "\" must be a list");
    std::vector<std::string> out;
    for (const auto& e : v) {
        if (!e.is_string()) fail(where, std::string("\"") + key + "\" must hold strings");
        out.push_back(e.get<std::string>());
    }
    return out;
}

// "HH:MM" -> minutes after midnight.
int minute_of_day_from(const std::string& text, const std::string& where) {
    const bool shape = text.size() == 5 && text[2] == ':' &&
                       std::isdigit(static_cast<unsigned char>(text[0])) &&
                       std::isdigit(static_cast<unsigned char>(text[1])) &&
                       std::isdigit(static_cast<unsigned char>(text[3])) &&
                       std::isdigit(static_cast<unsigned char>(text[4]));
    const int h = shape ? (text[0] - '0') * 10 + (text[1] - '0') : -1;
    const int m = shape ? (text[3] - '0') * 10 + (text[4] - '0') : -1;
    if (h < 0 || h > 23 || m < 0 || m > 59)
        fail(where, "\"time\" must be a time like \"08:00\", not \"" + text + "\"");
    return h * 60 + m;
}

// The exam goal; missing keys other than the date keep their defaults.
ExamGoal exam_from_json(const json& j, const std::string& parent) {
    const std::string where = parent + ".exam";
    if (!j.is_object()) fail(where, "expected an object");
    ExamGoal goal;
    const std::string date = get_string(j, "date", where);
    const auto parsed = parse_iso_date(date);
    if (!parsed) fail(where, "\"date\" must be a date like \"2026-06-15\", not \"" + date + "\"");
    goal.date = *parsed;
    if (j.contains("time"))
        goal.minute_of_day = minute_of_day_from(get_string(j, "time", where), where);
    if (j.contains("decks")) goal.decks = string_list(j, "decks", where);
    if (j.contains("topics")) goal.topics = string_list(j, "topics", where);
    if (j.contains("minutes_per_day"))
        goal.minutes_per_day = get_small_int(j, "minutes_per_day", where);
    return goal;
}

// Missing keys keep their defaults, so that settings added later need no migration.
ProfileSettings settings_from_json(const json& j, int snapshot_schema) {
    const std::string where = "settings";
    if (!j.is_object()) fail(where, "expected an object");
    ProfileSettings s;
    if (j.contains("language")) {
        const auto lang = language_from_code(get_string(j, "language", where));
        if (!lang) fail(where, "\"language\" must be \"de\" or \"en\"");
        s.language = *lang;
    }
    if (snapshot_schema == 1 && j.contains("retention"))
        s.desired_retention = get_double(j, "retention", where) / 100.0;
    if (j.contains("desired_retention"))
        s.desired_retention = get_double(j, "desired_retention", where);
    if (j.contains("maximum_interval_days"))
        s.maximum_interval_days = get_small_int(j, "maximum_interval_days", where);
    if (j.contains("daily_new_limit"))
        s.daily_new_limit = get_small_int(j, "daily_new_limit", where);
    if (j.contains("daily_review_limit"))
        s.daily_review_limit = get_small_int(j, "daily_review_limit", where);
    if (j.contains("learning_steps")) s.learning_steps = string_list(j, "learning_steps", where);
    if (j.contains("relearning_steps"))
        s.relearning_steps = string_list(j, "relearning_steps", where);
    if (j.contains("timer")) {
        const json& t = j["timer"];
        s.timer = get_bool(t, "on", where + ".timer") ? Timer::On : Timer::Off;
        s.timer_seconds = get_small_int(t, "seconds", where + ".timer");
    }
    if (j.contains("sound_volume")) s.sound_volume = get_double(j, "sound_volume", where);
    if (j.contains("ui_scale")) s.ui_scale = get_double(j, "ui_scale", where);
    if (j.contains("high_contrast")) s.high_contrast = get_bool(j, "high_contrast", where);
    if (j.contains("reduce_motion")) s.reduce_motion = get_bool(j, "reduce_motion", where);
    if (j.contains("key_bindings")) {
        const json& kb = j["key_bindings"];
        if (!kb.is_object()) fail(where, "\"key_bindings\" must be an object");
        for (const auto& [action, key] : kb.items()) {
            if (!key.is_string()) fail(where, "key binding \"" + action + "\" must be a key name");
            s.key_bindings[action] = key.get<std::string>();
        }
    }
    if (j.contains("fsrs_weights") && !j["fsrs_weights"].is_null()) {
        const json& w = j["fsrs_weights"];
        if (!w.is_array() || w.size() != 21)
            fail(where, "\"fsrs_weights\" must be a list of 21 numbers");
        std::array<double, 21> weights{};
        for (std::size_t i = 0; i < 21; ++i) {
            if (!w[i].is_number()) fail(where, "\"fsrs_weights\" must be a list of 21 numbers");
            weights[i] = w[i].get<double>();
        }
        s.fsrs_weights = weights;
    }
    if (j.contains("decks")) s.decks = string_list(j, "decks", where);  // absent: every deck
    if (j.contains("exam") && !j["exam"].is_null()) s.exam = exam_from_json(j["exam"], where);
    return s;
}

std::string hex64(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

json undo_slot_to_json(const UndoSlot& u) {
    json j = {{"record", record_to_json(u.record)},
              {"prior_card", u.prior_card ? card_to_json(*u.prior_card) : json()},
              {"prior_scores", scores_to_json(u.prior_scores)},
              {"prior_streak", streak_to_json(u.prior_streak)},
              {"prior_day", u.prior_day ? day_to_json(0, *u.prior_day) : json()}};
    // Like the snapshot's "study_new": only when it differs, so older readers are not disturbed.
    if (u.prior_day && u.prior_day->study_new_cards != u.prior_day->new_cards)
        j["prior_day_study_new"] = u.prior_day->study_new_cards;
    return j;
}

UndoSlot undo_slot_from_json(const json& u, const std::string& where) {
    UndoSlot slot;
    slot.record = record_from_json(field(u, "record", where), where + ".record");
    if (slot.record.kind != RecordKind::Review) fail(where, "the undo slot must hold a review");
    const json& pc = field(u, "prior_card", where);
    if (!pc.is_null()) slot.prior_card = card_from_json(pc, where + ".prior_card");
    slot.prior_scores = scores_from_json(field(u, "prior_scores", where), where + ".prior_scores");
    slot.prior_streak = streak_from_json(field(u, "prior_streak", where), where + ".prior_streak");
    const json& pd = field(u, "prior_day", where);
    if (!pd.is_null()) slot.prior_day = day_from_json(pd, where + ".prior_day").second;
    if (slot.prior_day && u.contains("prior_day_study_new")) {
        const json& n = u["prior_day_study_new"];
        if (!n.is_number_integer() || n.get<std::int64_t>() < 0 ||
            n.get<std::int64_t>() > slot.prior_day->new_cards)
            fail(where, "\"prior_day_study_new\" is out of range");
        slot.prior_day->study_new_cards = n.get<std::int64_t>();
    }
    return slot;
}

std::uint64_t parse_hex64(const std::string& s, const std::string& where) {
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
    if (ec != std::errc() || end != s.data() + s.size() || s.size() != 16)
        fail(where, "bad hash \"" + s + "\"");
    return v;
}

}  // namespace

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

std::string encode_settings(const ProfileSettings& settings) {
    return settings_to_json(settings).dump();
}

ProfileSettings decode_settings(std::string_view json_object) {
    return settings_from_json(parse(json_object, "settings"), kSnapshotSchema);
}

std::string encode_snapshot(const Snapshot& s) {
    json cards = json::object();
    for (const auto& [id, state] : s.progress.cards)
        cards[id] = card_to_json(state);
    json days = json::array();
    // [day, new cards in Lernen] where that differs from the day's new cards (kept apart from
    // "days" so that an older Chronik still reads the snapshot).
    json study_new = json::array();
    for (const auto& [day, tally] : s.progress.days) {
        days.push_back(day_to_json(day, tally));
        if (tally.study_new_cards != tally.new_cards)
            study_new.push_back(json::array({day, tally.study_new_cards}));
    }
    json progress = {{"cards", std::move(cards)},
                     {"scores", scores_to_json(s.progress.scores)},
                     {"streak", streak_to_json(s.progress.streak)},
                     {"days", std::move(days)}};
    if (!study_new.empty()) progress["study_new"] = std::move(study_new);
    if (s.progress.undo) progress["undo"] = undo_slot_to_json(*s.progress.undo);
    // The older undo slots (several undos in a row), oldest first; absent when there are none.
    if (!s.progress.undo_history.empty()) {
        json history = json::array();
        for (const auto& u : s.progress.undo_history)
            history.push_back(undo_slot_to_json(u));
        progress["undo_history"] = std::move(history);
    }
    json j = {{"format", std::string(kSnapshotFormat)},
              {"schema", kSnapshotSchema},
              {"profile", s.profile_id},
              {"written_ms", s.written_ms},
              {"log",
               {{"lines", s.log.lines},
                {"bytes", s.log.bytes},
                {"last_line_hash", hex64(s.log.last_line_hash)}}},
              {"settings", settings_to_json(s.settings)},
              {"progress", std::move(progress)}};
    if (!s.display_name.empty()) j["display_name"] = s.display_name;
    if (s.settings_ms != 0) j["settings_ms"] = s.settings_ms;
    if (s.merge) j["merge"] = checkpoint_to_json(*s.merge);
    return j.dump(1) + "\n";
}

Snapshot decode_snapshot(std::string_view bytes) {
    const json j = parse(bytes, "");
    int schema = 0;
    check_format(j, kSnapshotFormat, kSnapshotSchema, 1, schema);
    Snapshot s;
    s.migrated_from = schema == kSnapshotSchema ? 0 : schema;
    s.profile_id = get_string(j, "profile", "");
    if (j.contains("display_name") && j["display_name"].is_string())
        s.display_name = j["display_name"].get<std::string>();
    s.written_ms = get_int(j, "written_ms", "");
    if (j.contains("settings_ms")) s.settings_ms = get_int(j, "settings_ms", "");
    const json& log = field(j, "log", "");
    s.log.lines = get_int(log, "lines", "log");
    s.log.bytes = get_int(log, "bytes", "log");
    s.log.last_line_hash = parse_hex64(get_string(log, "last_line_hash", "log"), "log");
    if (s.log.lines < 0 || s.log.bytes < 0) fail("log", "negative position");
    s.settings = settings_from_json(field(j, "settings", ""), schema);
    const json& p = field(j, "progress", "");
    const json& cards = field(p, "cards", "progress");
    if (!cards.is_object()) fail("progress", "\"cards\" must be an object");
    for (const auto& [id, state] : cards.items()) {
        if (id.empty()) fail("progress.cards", "empty card id");
        s.progress.cards.emplace(id, card_from_json(state, "card \"" + id + "\""));
    }
    s.progress.scores = scores_from_json(field(p, "scores", "progress"), "progress.scores");
    s.progress.streak = streak_from_json(field(p, "streak", "progress"), "progress.streak");
    const json& days = field(p, "days", "progress");
    if (!days.is_array()) fail("progress", "\"days\" must be a list");
    for (const auto& d : days) {
        auto [day, tally] = day_from_json(d, "progress.days");
        s.progress.days[day] = tally;
    }
    if (p.contains("study_new") && !p["study_new"].is_null()) {
        const json& study_new = p["study_new"];
        if (!study_new.is_array()) fail("progress", "\"study_new\" must be a list");
        for (const auto& e : study_new) {
            if (!e.is_array() || e.size() != 2 || !e[0].is_number_integer() ||
                !e[1].is_number_integer())
                fail("progress.study_new", "an entry must be [day, new cards in Lernen]");
            const auto it = s.progress.days.find(e[0].get<std::int64_t>());
            if (it == s.progress.days.end())
                fail("progress.study_new", "a day that \"days\" does not hold");
            const auto n = e[1].get<std::int64_t>();
            if (n < 0 || n > it->second.new_cards)
                fail("progress.study_new", "more new cards in Lernen than new cards that day");
            it->second.study_new_cards = n;
        }
    }
    if (p.contains("undo") && !p["undo"].is_null())
        s.progress.undo = undo_slot_from_json(p["undo"], "undo");
    if (p.contains("undo_history") && !p["undo_history"].is_null()) {
        const json& history = p["undo_history"];
        if (!history.is_array()) fail("progress", "\"undo_history\" must be a list");
        if (!s.progress.undo) fail("progress", "\"undo_history\" without \"undo\"");
        if (history.size() >= ProgressState::kUndoDepth)
            fail("progress", "\"undo_history\" holds more than " +
                                 std::to_string(ProgressState::kUndoDepth - 1) + " slots");
        for (std::size_t i = 0; i < history.size(); ++i)
            s.progress.undo_history.push_back(
                undo_slot_from_json(history[i], "undo_history[" + std::to_string(i) + "]"));
    }
    if (j.contains("merge") && j["merge"].is_object()) s.merge = checkpoint_from_json(j["merge"]);
    return s;
}

}  // namespace chronik::io
