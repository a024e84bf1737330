#include "io/bank/deck_loader.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <system_error>

#include "bank/utf8.hpp"

namespace chronik::io {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string type_name(const json& value) {
    if (value.is_number_integer()) return "an integer";
    if (value.is_number()) return "a number";
    if (value.is_string()) return "a string";
    if (value.is_boolean()) return "a boolean";
    if (value.is_array()) return "an array";
    if (value.is_object()) return "an object";
    return "null";
}

// Collects problems for one file; item_id and path prefix are set per item.
struct Reporter {
    std::string file;
    std::vector<Problem>* problems;
    std::string item_id;

    void error(const std::string& field, const std::string& message) {
        problems->push_back({file, item_id, field, message, Severity::Error});
    }
    void warning(const std::string& field, const std::string& message) {
        problems->push_back({file, item_id, field, message, Severity::Warning});
    }
};

// Typed field access: reports a problem and returns nullopt when the field is
// missing (and required) or of the wrong type.
struct Fields {
    const json& object;
    std::string prefix;  // JSON path of `object`, "" or "date." style
    Reporter& report;
    bool ok = true;

    const json* get(const std::string& name, bool required) {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null()) {
            if (required) {
                report.error(prefix + name, "missing");
                ok = false;
            }
            return nullptr;
        }
        return &*it;
    }

    void wrong_type(const std::string& name, const char* expected, const json& value) {
        report.error(prefix + name,
                     std::string("expected ") + expected + ", found " + type_name(value));
        ok = false;
    }

    std::optional<std::string> string(const std::string& name, bool required = true) {
        const json* v = get(name, required);
        if (!v) return std::nullopt;
        if (!v->is_string()) {
            wrong_type(name, "a string", *v);
            return std::nullopt;
        }
        return v->get<std::string>();
    }

    std::optional<int> integer(const std::string& name, bool required = true) {
        const json* v = get(name, required);
        if (!v) return std::nullopt;
        if (!v->is_number_integer()) {
            wrong_type(name, "an integer", *v);
            return std::nullopt;
        }
        const auto n = v->get<std::int64_t>();
        if (n < -1'000'000 || n > 1'000'000) {
            report.error(prefix + name, "value " + std::to_string(n) + " is out of range");
            ok = false;
            return std::nullopt;
        }
        return static_cast<int>(n);
    }

    std::optional<bool> boolean(const std::string& name) {
        const json* v = get(name, false);
        if (!v) return std::nullopt;
        if (!v->is_boolean()) {
            wrong_type(name, "true or false", *v);
            return std::nullopt;
        }
        return v->get<bool>();
    }

    std::optional<std::vector<std::string>> strings(const std::string& name) {
        const json* v = get(name, true);
        if (!v) return std::nullopt;
        if (!v->is_array()) {
            wrong_type(name, "an array of strings", *v);
            return std::nullopt;
        }
        std::vector<std::string> out;
        bool good = true;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            if (!e.is_string()) {
                report.error(prefix + name + "[" + std::to_string(i) + "]",
                             "expected a string, found " + type_name(e));
                good = false;
                continue;
            }
            out.push_back(e.get<std::string>());
        }
        if (!good) {
            ok = false;
            return std::nullopt;
        }
        return out;
    }

    const json* object_field(const std::string& name, bool required) {
        const json* v = get(name, required);
        if (!v) return nullptr;
        if (!v->is_object()) {
            wrong_type(name, "an object", *v);
            return nullptr;
        }
        return v;
    }

    void warn_unknown(std::initializer_list<const char*> known) {
        // Clang before 16 cannot capture structured bindings, so no [key, value] here.
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string& key = it.key();
            if (std::none_of(known.begin(), known.end(), [&](const char* k) { return key == k; })) {
                report.warning(prefix + key, "unknown field (a typo?); it is ignored");
            }
        }
    }
};

std::optional<bank::EventDate> read_date(const json& value, Reporter& report) {
    if (!value.is_object()) {
        report.error("date", "expected an object, found " + type_name(value));
        return std::nullopt;
    }
    Fields f{value, "date.", report};
    f.warn_unknown({"year", "month", "day", "precision", "season", "part"});
    const auto year = f.integer("year");
    const auto precision_text = f.string("precision");
    if (!year || !precision_text) return std::nullopt;
    const auto precision = bank::parse_precision(*precision_text);
    if (!precision) {
        report.error("date.precision",
                     "'" + *precision_text +
                         "' is not a precision (day, month, season, year_part, decade_part, "
                         "decade, year)");
        return std::nullopt;
    }
    bank::EventDate date;
    date.precision = *precision;
    date.year = *year;
    using P = bank::DatePrecision;
    const bool with_month = *precision == P::Day || *precision == P::Month;
    if (const auto m = f.integer("month", with_month)) date.month = *m;
    if (const auto d = f.integer("day", *precision == P::Day)) date.day = *d;
    if (*precision == P::Season) {
        if (const auto s = f.string("season")) {
            const auto season = bank::parse_season(*s);
            if (!season) {
                report.error("date.season",
                             "'" + *s + "' is not a season (spring, summer, autumn, winter)");
                return std::nullopt;
            }
            date.season = *season;
        }
    } else if (f.get("season", false)) {
        report.error("date.season", "only a date with precision 'season' has a season");
        f.ok = false;
    }
    if (*precision == P::YearPart || *precision == P::DecadePart) {
        if (const auto s = f.string("part")) {
            const auto part = bank::parse_period_part(*s);
            if (!part) {
                report.error("date.part", "'" + *s + "' is not a part (early, mid, late)");
                return std::nullopt;
            }
            date.part = *part;
        }
    } else if (f.get("part", false)) {
        report.error("date.part", "only year_part and decade_part dates have a part");
        f.ok = false;
    }
    if (!f.ok) return std::nullopt;
    if (const auto problem = bank::date_problem(date)) {
        report.error("date", *problem);
        return std::nullopt;
    }
    return date;
}

std::optional<bank::Item> read_item(const json& value, Reporter& report) {
    if (!value.is_object()) {
        report.error("", "expected an item object, found " + type_name(value));
        return std::nullopt;
    }
    Fields f{value, "", report};
    const auto id = f.string("id");
    if (id && !id->empty()) report.item_id = *id;
    if (id && id->empty()) {
        report.error("id", "is empty");
        f.ok = false;
    }
    const auto kind_text = f.string("kind");
    std::optional<bank::ItemKind> kind;
    if (kind_text) {
        kind = bank::parse_item_kind(*kind_text);
        if (!kind) {
            report.error("kind",
                         "'" + *kind_text + "' is not a kind (multiple_choice, event, flashcard)");
            f.ok = false;
        }
    }
    bank::Item item;
    if (id) item.id = *id;
    if (auto tags = f.strings("tags")) item.tags = std::move(*tags);
    if (const auto d = f.integer("difficulty")) item.difficulty = *d;
    if (const auto draft = f.boolean("draft")) item.draft = *draft;
    if (auto group = f.string("group", false)) item.group = std::move(*group);
    const bool quote_required = kind && *kind != bank::ItemKind::Flashcard;
    if (const json* source = f.object_field("source", quote_required)) {
        Fields s{*source, "source.", report};
        s.warn_unknown({"quote"});
        if (const auto quote = s.string("quote", quote_required)) item.quote = *quote;
        f.ok = f.ok && s.ok;
    }
    if (!kind) return std::nullopt;
    switch (*kind) {
        case bank::ItemKind::MultipleChoice: {
            f.warn_unknown({"id", "kind", "tags", "difficulty", "draft", "group", "source",
                            "prompt", "answer", "answer_type", "distractors", "explanation",
                            "time_limit"});
            bank::MultipleChoice mc;
            if (auto v = f.string("prompt")) mc.prompt = std::move(*v);
            if (auto v = f.string("answer")) mc.answer = std::move(*v);
            if (auto v = f.string("answer_type")) {
                const auto type = bank::parse_answer_type(*v);
                if (!type) {
                    report.error("answer_type",
                                 "'" + *v +
                                     "' is not an answer type (year, date, number, person, place, "
                                     "country, organisation, event, term)");
                    f.ok = false;
                } else {
                    mc.answer_type = *type;
                }
            }
            if (auto v = f.strings("distractors")) mc.distractors = std::move(*v);
            if (auto v = f.string("explanation")) mc.explanation = std::move(*v);
            if (f.get("time_limit", false)) {
                const auto t = f.integer("time_limit");
                if (t && (*t < 1 || *t > 3600)) {
                    report.error("time_limit", std::to_string(*t) + " is not 1 to 3600 seconds");
                    f.ok = false;
                } else if (t) {
                    mc.time_limit_s = static_cast<int>(*t);
                }
            }
            item.body = std::move(mc);
            break;
        }
        case bank::ItemKind::Event: {
            f.warn_unknown(
                {"id", "kind", "tags", "difficulty", "draft", "group", "source", "text", "date"});
            bank::TimelineEvent ev;
            if (auto v = f.string("text")) ev.text = std::move(*v);
            if (const json* d = f.get("date", true)) {
                if (auto date = read_date(*d, report)) {
                    ev.date = *date;
                } else {
                    f.ok = false;
                }
            }
            item.body = std::move(ev);
            break;
        }
        case bank::ItemKind::Flashcard: {
            f.warn_unknown(
                {"id", "kind", "tags", "difficulty", "draft", "group", "source", "front", "back"});
            bank::Flashcard fc;
            if (auto v = f.string("front")) fc.front = std::move(*v);
            if (auto v = f.string("back")) fc.back = std::move(*v);
            item.body = std::move(fc);
            break;
        }
    }
    if (!f.ok || item.id.empty()) return std::nullopt;
    return item;
}

// Reads a whole file that is checked for size, emptiness and UTF-8 first.
// `what` names it in messages ("source file 'x'").
std::optional<std::string> read_text_file(const fs::path& path, const std::string& what,
                                          Reporter& report) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        report.error("", what + " not found");
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        report.error("", what + " is not a regular file");
        return std::nullopt;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        report.error("", what + ": cannot read its size: " + ec.message());
        return std::nullopt;
    }
    if (size > kMaxDeckFileBytes) {
        report.error("", what + " is " + std::to_string(size) + " bytes; files over " +
                             std::to_string(kMaxDeckFileBytes / (std::uintmax_t{1024} * 1024)) +
                             " MiB are refused");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        report.error("", what + " cannot be opened for reading");
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        report.error("", what + ": read error");
        return std::nullopt;
    }
    if (const auto bad = bank::first_invalid_utf8(text)) {
        std::ostringstream hex;
        hex << std::hex << static_cast<int>(static_cast<unsigned char>(text[*bad]));
        report.error("", what + " is not valid UTF-8: byte 0x" + hex.str() + " at byte offset " +
                             std::to_string(*bad));
        return std::nullopt;
    }
    return text;
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

std::string parse_error_message(const json::parse_error& e) {
    const std::string what = e.what();
    const auto at = what.find("at line");
    if (at != std::string::npos) return "malformed JSON " + what.substr(at);
    return "malformed JSON at byte " + std::to_string(e.byte) + ": " + what;
}

}  // namespace

std::optional<std::string> source_path_problem(const fs::path& deck_file,
                                               const std::string& source) {
    const std::string shown = "'" + source + "'";
    if (source.find('\0') != std::string::npos) return shown + " contains a NUL byte";
    const fs::path relative(source);
    if (relative.empty() || relative.is_absolute() || relative.has_root_name())
        return shown + " is not a path relative to the deck's folder";
    for (const auto& part : relative)
        if (part == "..")
            return shown + " uses '..': the source must lie in the deck's folder or below it";
    // Links may point anywhere: what counts is where the file really is.
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::absolute(deck_file.parent_path(), ec), ec);
    const fs::path real =
        fs::weakly_canonical(fs::absolute(deck_file.parent_path() / relative, ec), ec);
    if (ec) return shown + " cannot be resolved: " + ec.message();
    const auto [f, r] = std::mismatch(folder.begin(), folder.end(), real.begin(), real.end());
    if (f != folder.end() || r == real.end())
        return shown + " leads out of the deck's folder (to " + real.string() + ")";
    return std::nullopt;
}

namespace {

DeckLoadResult load_deck_unchecked(const fs::path& path) {
    DeckLoadResult result;
    Reporter report{path.string(), &result.problems, {}};
    const auto text = read_text_file(path, "deck file", report);
    if (!text) return result;
    if (blank(*text)) {
        report.error("", "the file is empty");
        return result;
    }
    json root;
    try {
        root = json::parse(*text);
    } catch (const json::parse_error& e) {
        report.error("", parse_error_message(e));
        return result;
    }
    if (!root.is_object()) {
        report.error("",
                     "expected a JSON object with schema, deck and items at the top level, found " +
                         type_name(root));
        return result;
    }
    Fields top{root, "", report};
    top.warn_unknown({"schema", "deck", "items"});
    const auto schema = top.integer("schema");
    if (!schema) return result;
    if (*schema > kDeckSchemaVersion) {
        report.error("schema", "schema " + std::to_string(*schema) +
                                   " is newer than this version of Chronik reads (" +
                                   std::to_string(kDeckSchemaVersion) + "); update Chronik");
        return result;
    }
    if (*schema < 1) {
        report.error("schema",
                     "schema " + std::to_string(*schema) + " does not exist (the first is 1)");
        return result;
    }
    bank::Deck deck;
    deck.file = path.string();
    const json* meta = top.object_field("deck", true);
    if (meta) {
        Fields m{*meta, "deck.", report};
        m.warn_unknown({"id", "title", "language", "source"});
        if (auto v = m.string("id")) deck.id = std::move(*v);
        if (auto v = m.string("title")) deck.title = std::move(*v);
        if (auto v = m.string("language")) deck.language = std::move(*v);
        if (auto v = m.string("source", false)) deck.source_file = std::move(*v);
        top.ok = top.ok && m.ok;
    }
    const json* items = top.get("items", true);
    if (items && !items->is_array()) {
        top.wrong_type("items", "an array", *items);
        items = nullptr;
    }
    if (!top.ok || !items) return result;
    if (deck.has_source()) {
        if (const auto problem = source_path_problem(path, deck.source_file)) {
            report.error("deck.source", *problem);
            return result;
        }
        const fs::path source = path.parent_path() / deck.source_file;
        Reporter source_report{path.string(), &result.problems, {}};
        const std::size_t before = result.problems.size();
        auto source_text = read_text_file(
            source, "source file '" + deck.source_file + "' (" + source.string() + ")",
            source_report);
        for (auto i = before; i < result.problems.size(); ++i)
            result.problems[i].field = "deck.source";
        if (!source_text) return result;
        deck.source_text = std::move(*source_text);
    }
    std::map<std::string, std::size_t, std::less<>> first_index;
    for (std::size_t i = 0; i < items->size(); ++i) {
        Reporter item_report{path.string(), &result.problems, "items[" + std::to_string(i) + "]"};
        auto item = read_item((*items)[i], item_report);
        if (!item) continue;
        const auto [it, fresh] = first_index.emplace(item->id, i);
        if (!fresh) {
            item_report.error("id", "duplicate id, first used by items[" +
                                        std::to_string(it->second) + "]; this item is skipped");
            continue;
        }
        deck.items.push_back(std::move(*item));
    }
    result.deck = std::move(deck);
    return result;
}

}  // namespace

DeckLoadResult load_deck_file(const fs::path& path) {
    try {
        return load_deck_unchecked(path);
    } catch (const std::exception& e) {
        // Out of memory or an unexpected filesystem failure: still a problem, not a crash.
        DeckLoadResult result;
        result.problems.push_back(
            {path.string(), {}, {}, std::string("cannot load: ") + e.what(), Severity::Error});
        return result;
    }
}

void add_deck_reporting(bank::QuestionBank& bank, bank::Deck deck, std::vector<Problem>& problems) {
    const std::string file = deck.file;
    for (const auto& id : bank.add_deck(std::move(deck))) {
        const auto* owner = bank.deck_of(id);
        const std::string kept = owner ? owner->file : std::string("an earlier deck");
        problems.push_back(
            {file, id, "id",
             "the id is also defined in " + kept + "; that item is kept and this one is skipped",
             Severity::Error});
        problems.push_back(
            {kept, id, "id",
             "the id is also defined in " + file + "; this item is kept and that one is skipped",
             Severity::Warning});
    }
}

BankLoadResult load_bank(const fs::path& dir) {
    BankLoadResult result;
    try {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            result.problems.push_back(
                {dir.string(), {}, {}, "question folder not found", Severity::Error});
            return result;
        }
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code type_ec;
            if (it->path().extension() == ".json" && it->is_regular_file(type_ec)) {
                result.files.push_back(it->path());
            }
        }
        if (ec) {
            result.problems.push_back(
                {dir.string(), {}, {}, "cannot list the folder: " + ec.message(), Severity::Error});
        }
        std::sort(result.files.begin(), result.files.end());
        for (const auto& file : result.files) {
            auto loaded = load_deck_file(file);
            for (auto& p : loaded.problems)
                result.problems.push_back(std::move(p));
            if (!loaded.deck) continue;
            add_deck_reporting(result.bank, std::move(*loaded.deck), result.problems);
        }
    } catch (const std::exception& e) {
        result.problems.push_back({dir.string(),
                                   {},
                                   {},
                                   std::string("cannot load the bank: ") + e.what(),
                                   Severity::Error});
    }
    return result;
}

}  // namespace chronik::io
