// snapshot.json: settings, progress (cards, scores, streak, days, undo slots) and the log position
// or merge checkpoint it covers.
#include <nlohmann/json.hpp>

#include "io/save/save_error.hpp"
#include "io/save/save_formats.hpp"
#include "io/save/save_json_fields.hpp"

namespace chronik::io {

using namespace save_json;

namespace {

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

}  // namespace

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
