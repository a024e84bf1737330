#include "io/save/profile_transfer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "io/save/durable_file.hpp"
#include "io/save/profile_storage.hpp"
#include "io/save/review_log.hpp"
#include "io/save/save_formats.hpp"
#include "srs/card_key.hpp"
#include "text/csv.hpp"

namespace chronik::io {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Records still in effect, in log order: an undo removes the review before it.
SaveResult<std::vector<ReviewRecord>> effective_reviews(const fs::path& folder) {
    std::vector<ReviewRecord> out;
    {
        // Several devices: the merged history of every device's segments.
        auto storage = ProfileStorage::open(folder, OpenOptions{OpenMode::Inspect, 100});
        if (!storage) return storage.error();
        if (storage.value().merged()) return storage.value().merged_reviews();
    }
    ProfileProgress p;
    auto scan = scan_log(folder / kLogFileName, {}, [&](const ReviewRecord& r, std::int64_t) {
        const ApplyResult a = p.apply(r);
        if (a.outcome == ApplyOutcome::Applied)
            out.push_back(r);
        else if (a.outcome == ApplyOutcome::Undone)
            out.pop_back();
    });
    if (!scan) return scan.error();
    return out;
}

template <class T>
std::optional<T> parse_int(std::string_view s) {
    T v{};
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

std::optional<double> parse_double(const std::string& s) {
    if (s.empty()) return std::nullopt;
    std::istringstream in(s);
    in.imbue(std::locale::classic());
    double v = 0;
    in >> v;
    if (!in || !in.eof() || !std::isfinite(v)) return std::nullopt;
    return v;
}

// The shortest text that reads back as the same double.
std::string exact(double v) {
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, end) : std::string("nan");
}

}  // namespace

SaveResult<void> export_profile(const ProfileStore& store, std::string_view name_or_id,
                                const fs::path& file) {
    auto info = store.find(name_or_id);
    if (!info) return info.error();
    auto storage = store.open(info.value().id, OpenOptions{OpenMode::Inspect, 100});
    if (!storage) return storage.error();
    auto scan_bytes = std::string();
    std::int64_t n = 0;
    const auto add = [&](const ReviewRecord& r, std::int64_t) {
        scan_bytes += n++ == 0 ? "\n  " : ",\n  ";
        scan_bytes += encode_record(r);
    };
    if (storage.value().merged()) {
        // Several devices: the merged reviews in effect (undone ones are left out).
        for (const auto& r : storage.value().merged_reviews())
            add(r, 0);
    } else {
        auto scan = scan_log(info.value().folder / kLogFileName, {}, add);
        if (!scan) return scan.error();
    }
    const json head = {{"format", std::string(kExportFormat)},
                       {"schema", kExportSchema},
                       {"display_name", info.value().display_name},
                       {"source_id", info.value().id},
                       {"exported_ms", now_ms()}};
    std::string out = head.dump();
    out.pop_back();  // reopen the object
    out += ",\"settings\":" + encode_settings(storage.value().settings());
    out += ",\"reviews\":[" + scan_bytes + "\n]}\n";
    return write_file_atomically(file, out);
}

SaveResult<ImportResult> import_profile(ProfileStore& store, const fs::path& file,
                                        std::string_view display_name) {
    // The size decides first: a huge file is refused before it is read.
    auto bytes = read_file(file, kMaxExportBytes);
    if (!bytes) return bytes.error();
    if (auto p = utf8_problem(bytes.value())) return SaveError{SaveErrorKind::Corrupt, file, *p};
    ImportResult result;
    const std::string where_file = file.filename().string();
    // Records are decoded one at a time while the JSON is parsed and are not kept in the
    // document, so the memory needed is that of the records, not of a JSON tree of the file.
    ProfileProgress check;
    std::vector<ReviewRecord> records;
    std::size_t index = 0;
    bool in_reviews = false;
    auto on_element = [&](int d, json::parse_event_t event, json& parsed) -> bool {
        if (d == 1 && event == json::parse_event_t::key)
            in_reviews = parsed.is_string() && parsed.get<std::string>() == "reviews";
        // An element of "reviews" ends: an object, an array or a plain value.
        const bool element_end = event == json::parse_event_t::object_end ||
                                 event == json::parse_event_t::array_end ||
                                 event == json::parse_event_t::value;
        if (!in_reviews || d != 2 || !element_end) return true;
        const std::string where = "reviews[" + std::to_string(index++) + "]";
        try {
            ReviewRecord r = decode_record(parsed.dump());
            const ApplyResult a = check.apply(r);
            if (a.outcome == ApplyOutcome::Applied || a.outcome == ApplyOutcome::Undone)
                records.push_back(std::move(r));
            else
                result.report.add(MessageLevel::Warning, where_file,
                                  where + ": " + a.reason + " (skipped)");
        } catch (const FormatError& e) {
            result.report.add(MessageLevel::Warning, where_file,
                              where + ": " + e.what() + " (skipped)");
        }
        return false;  // decoded: not kept in the document
    };
    json j;
    try {
        j = json::parse(bytes.value(), on_element);
        bytes.value() = std::string();
        if (!j.is_object() || j.value("format", "") != kExportFormat)
            throw FormatError("not a Chronik profile export (format field)");
        if (!j.contains("schema") || !j["schema"].is_number_integer())
            throw FormatError("missing schema");
        const int schema = j["schema"].get<int>();
        if (schema > kExportSchema) throw NewerSchemaError(schema, kExportSchema);
        if (!j.contains("reviews") || !j["reviews"].is_array())
            throw FormatError("missing \"reviews\" list");
    } catch (const NewerSchemaError& e) {
        return SaveError{SaveErrorKind::NewerVersion, file, e.what()};
    } catch (const FormatError& e) {
        return SaveError{SaveErrorKind::Corrupt, file, e.what()};
    } catch (const json::exception& e) {
        return SaveError{SaveErrorKind::Corrupt, file,
                         std::string("not valid JSON (") + e.what() + ")"};
    }
    const std::string wanted = !display_name.empty() ? std::string(display_name)
                               : j.contains("display_name") && j["display_name"].is_string()
                                   ? j["display_name"].get<std::string>()
                                   : file.stem().string();
    ProfileSettings settings;
    if (j.contains("settings")) {
        try {
            ProfileSettings read = decode_settings(j["settings"].dump());
            const auto problems = settings_problems(read);
            if (problems.empty())
                settings = read;
            else
                result.report.add(MessageLevel::Warning, where_file,
                                  "settings: " + problems.front() + " (defaults used)");
        } catch (const FormatError& e) {
            result.report.add(MessageLevel::Warning, where_file,
                              std::string("settings: ") + e.what() + " (defaults used)");
        }
    }
    // All or nothing: the profile is built in a staging folder and appears with one rename.
    auto created = store.create_with(wanted, settings, records, NameClash::NumberIt);
    if (!created) return created.error();
    result.profile = created.value();
    return result;
}

std::int64_t revlog_card_id(std::string_view item_id) {
    return static_cast<std::int64_t>(card_key(item_id) & 0x7fff'ffff'ffff'ffffULL);
}

SaveResult<std::int64_t> export_revlog_csv(const ProfileStorage& storage, const fs::path& file) {
    auto reviews = effective_reviews(storage.folder());
    if (!reviews) return reviews.error();
    // The first five columns are the FSRS optimizer's review log (game/io/revlog/README.md).
    std::string out =
        "card_id,review_time,review_rating,review_state,review_duration,item_id,round_kind,"
        "utc_offset_minutes,phase,stability,difficulty,due_ms,reps,lapses,learning_steps,"
        "scheduled_days,elapsed_days\n";
    for (const auto& r : reviews.value()) {
        const CardState& a = r.after;
        out += std::to_string(revlog_card_id(r.card_id)) + "," + std::to_string(r.time_ms) + "," +
               std::to_string(to_int(r.rating)) + "," +
               std::to_string(static_cast<int>(r.before.phase)) + "," +
               std::to_string(r.response_ms) + "," + text::csv::field(r.card_id) + "," +
               std::string(round_kind_name(r.round)) + "," + std::to_string(r.utc_offset_minutes) +
               "," + std::to_string(static_cast<int>(a.phase)) + "," + exact(a.stability) + "," +
               exact(a.difficulty) + "," + std::to_string(a.due) + "," + std::to_string(a.reps) +
               "," + std::to_string(a.lapses) + "," + std::to_string(a.learning_steps) + "," +
               std::to_string(a.scheduled_days) + "," + std::to_string(a.elapsed_days) + "\n";
    }
    if (auto r = write_file_atomically(file, out); !r) return r.error();
    return static_cast<std::int64_t>(reviews.value().size());
}

CsvReviews parse_revlog_csv(std::string_view text, const ProfileProgress& start,
                            const ReviewStepper& stepper) {
    CsvReviews out;
    if (auto p = utf8_problem(text)) {
        out.problems.push_back({1, *p});
        return out;
    }
    struct Row {
        std::int64_t line;
        ReviewRecord record;
        bool has_state;
    };
    std::vector<Row> rows;
    std::map<std::string, std::size_t> column;
    std::int64_t line_no = 0;
    std::size_t pos = 0;
    bool header_seen = false;
    while (pos <= text.size()) {
        auto nl = text.find('\n', pos);
        std::string_view line =
            text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        const auto split = text::csv::split_line(line);
        if (split.unclosed_quote) {
            out.problems.push_back({line_no, "a quoted field is not closed"});
            continue;
        }
        const auto& fields = split.fields;
        if (!header_seen) {
            header_seen = true;
            for (std::size_t i = 0; i < fields.size(); ++i)
                column[fields[i]] = i;
            // The FSRS optimizer's names (review_time, review_rating, review_duration) and
            // Chronik's older ones (review_time_ms, rating, response_ms) both work; item_id,
            // when present, names the card (card_id is then just its number).
            for (auto [fsrs, ours] :
                 {std::pair{"review_time", "review_time_ms"}, std::pair{"review_rating", "rating"},
                  std::pair{"review_duration", "response_ms"}, std::pair{"item_id", "card_id"}})
                if (column.count(fsrs)) column[ours] = column[fsrs];
            for (const char* need : {"card_id", "review_time_ms", "rating"})
                if (!column.count(need)) {
                    out.problems.push_back(
                        {line_no, std::string("the header has no column \"") + need +
                                      "\" (expected card_id,review_time,review_rating,... as the "
                                      "FSRS optimizer writes it, or card_id,review_time_ms,"
                                      "rating)"});
                    return out;
                }
            continue;
        }
        auto get = [&](const char* name) -> std::optional<std::string> {
            auto it = column.find(name);
            if (it == column.end() || it->second >= fields.size()) return std::nullopt;
            return fields[it->second];
        };
        auto problem = [&](const std::string& what) { out.problems.push_back({line_no, what}); };
        std::size_t columns_named = 0;
        for (const auto& [name, index] : column)
            columns_named = std::max(columns_named, index + 1);
        if (fields.size() < columns_named) {
            problem("expected " + std::to_string(columns_named) + " fields, found " +
                    std::to_string(fields.size()));
            continue;
        }
        ReviewRecord r;
        r.kind = RecordKind::Review;
        r.card_id = *get("card_id");
        const auto t = parse_int<std::int64_t>(*get("review_time_ms"));
        const auto rating = parse_int<int>(*get("rating"));
        if (!t) {
            problem("review_time_ms \"" + *get("review_time_ms") +
                    "\" is not a whole number of milliseconds");
            continue;
        }
        if (!rating || !rating_from_int(*rating)) {
            problem("rating \"" + *get("rating") + "\" is not 1, 2, 3 or 4");
            continue;
        }
        r.time_ms = *t;
        r.rating = *rating_from_int(*rating);
        r.round = RoundKind::Imported;
        if (auto v = get("round_kind"); v && !v->empty()) {
            const auto k = round_kind_from_name(*v);
            if (!k) {
                problem("round_kind \"" + *v + "\" is unknown");
                continue;
            }
            r.round = *k;
        }
        if (auto v = get("response_ms"); v && !v->empty()) {
            const auto ms = parse_int<std::int64_t>(*v);
            if (!ms) {
                problem("response_ms \"" + *v + "\" is not a whole number");
                continue;
            }
            r.response_ms = *ms;
        }
        if (auto v = get("utc_offset_minutes"); v && !v->empty()) {
            const auto m = parse_int<int>(*v);
            if (!m) {
                problem("utc_offset_minutes \"" + *v + "\" is not a whole number");
                continue;
            }
            r.utc_offset_minutes = *m;
        }
        bool has_state = column.count("phase") && column.count("stability") &&
                         column.count("difficulty") && column.count("due_ms");
        if (has_state) {
            const auto phase = parse_int<int>(*get("phase"));
            const auto s = parse_double(*get("stability"));
            const auto d = parse_double(*get("difficulty"));
            const auto due = parse_int<std::int64_t>(*get("due_ms"));
            if (!phase || *phase < 0 || *phase > 3 || !s || !d || !due || *s < 0 || *d < 0) {
                problem(
                    "the card state columns (phase, stability, difficulty, due_ms) are not valid");
                continue;
            }
            CardState& a = r.after;
            a.phase = static_cast<CardPhase>(*phase);
            a.stability = *s;
            a.difficulty = *d;
            a.due = *due;
            a.last_review = r.time_ms;
            bool bad = false;
            for (auto [name, target] : {std::pair{"reps", &a.reps}, std::pair{"lapses", &a.lapses},
                                        std::pair{"learning_steps", &a.learning_steps},
                                        std::pair{"scheduled_days", &a.scheduled_days},
                                        std::pair{"elapsed_days", &a.elapsed_days}}) {
                if (auto v = get(name); v && !v->empty()) {
                    const auto n = parse_int<int>(*v);
                    if (!n)
                        bad = true;
                    else
                        *target = *n;
                }
            }
            if (bad) {
                problem("a count column (reps, lapses, ...) is not a whole number");
                continue;
            }
        } else if (!stepper) {
            problem("no card state columns and no scheduler to compute them");
            continue;
        }
        if (auto p = record_problem(r)) {
            problem(*p);
            continue;
        }
        rows.push_back({line_no, std::move(r), has_state});
    }
    if (!header_seen) out.problems.push_back({1, "the file is empty"});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.record.time_ms < b.record.time_ms;
    });
    std::map<std::string, CardState, std::less<>> states;
    for (auto& row : rows) {
        auto it = states.find(row.record.card_id);
        if (it == states.end()) {
            const auto known = start.card(row.record.card_id);
            it = states
                     .emplace(row.record.card_id,
                              known.value_or(CardState::fresh(row.record.time_ms)))
                     .first;
        }
        row.record.before = it->second;
        if (!row.has_state) {
            try {
                row.record.after =
                    stepper(row.record.before, row.record.rating, row.record.time_ms);
            } catch (const std::exception& e) {
                out.problems.push_back(
                    {row.line, std::string("the scheduler refused the review: ") + e.what()});
                continue;
            }
        }
        it->second = row.record.after;
        out.records.push_back(std::move(row.record));
    }
    std::stable_sort(
        out.problems.begin(), out.problems.end(),
        [](const text::RowProblem& a, const text::RowProblem& b) { return a.line < b.line; });
    return out;
}

SaveResult<std::int64_t> import_revlog_csv(ProfileStorage& storage, const fs::path& file,
                                           const ReviewStepper& stepper,
                                           std::vector<text::RowProblem>& problems) {
    auto bytes = read_file(file, kMaxRevlogCsvBytes);
    if (!bytes) return bytes.error();
    CsvReviews parsed = parse_revlog_csv(bytes.value(), storage.progress(), stepper);
    problems = std::move(parsed.problems);
    for (auto& p : problems)
        p.file = file.string();
    return storage.append_all(parsed.records);
}

}  // namespace chronik::io
