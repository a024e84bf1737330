#include "io/interop/apkg_writer.hpp"

#include <sqlite3.h>
#include <zip.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "io/interop/sqlite_handle.hpp"
#include "text/fnv.hpp"

namespace chronik::io {
namespace {

// Ids Anki keeps as JSON numbers stay below 2^53 (JavaScript readers lose precision above).
std::int64_t stable_id(std::string_view key) {
    const std::uint64_t h = text::fnv1a_64(key);
    return 1'000'000'000'000 + static_cast<std::int64_t>(h % 1'000'000'000'000ull);
}

constexpr const char* kSchema = R"(
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
)";

using nlohmann::json;

json model_json(std::int64_t model_id, std::int64_t deck_id, std::int64_t mod_s) {
    auto field = [](const char* name, int ord) {
        return json{{"name", name},    {"ord", ord}, {"sticky", false},       {"rtl", false},
                    {"font", "Arial"}, {"size", 20}, {"media", json::array()}};
    };
    json tmpl = {{"name", "Karte 1"},   {"ord", 0},
                 {"qfmt", "{{Front}}"}, {"afmt", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"},
                 {"did", nullptr},      {"bqfmt", ""},
                 {"bafmt", ""}};
    return {{"id", model_id},
            {"name", "Chronik Basic"},
            {"type", 0},
            {"mod", mod_s},
            {"usn", -1},
            {"sortf", 0},
            {"did", deck_id},
            {"tmpls", json::array({tmpl})},
            {"flds", json::array({field("Front", 0), field("Back", 1)})},
            {"css",
             ".card { font-family: arial; font-size: 20px; text-align: center; color: black; "
             "background-color: white; }"},
            {"latexPre",
             "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{"
             "inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{"
             "\\parindent}{0in}\n\\begin{document}\n"},
            {"latexPost", "\\end{document}"},
            {"latexsvg", false},
            {"req", json::array({json::array({0, "any", json::array({0})})})},
            {"tags", json::array()},
            {"vers", json::array()}};
}

json deck_json(std::int64_t id, const std::string& name, std::int64_t mod_s) {
    return {{"id", id},
            {"name", name},
            {"mod", mod_s},
            {"usn", -1},
            {"desc", ""},
            {"dyn", 0},
            {"conf", 1},
            {"collapsed", false},
            {"browserCollapsed", false},
            {"extendNew", 10},
            {"extendRev", 50},
            {"newToday", json::array({0, 0})},
            {"revToday", json::array({0, 0})},
            {"lrnToday", json::array({0, 0})},
            {"timeToday", json::array({0, 0})}};
}

json deck_config_json() {
    return {{"1",
             {{"id", 1},
              {"name", "Default"},
              {"mod", 0},
              {"usn", 0},
              {"maxTaken", 60},
              {"autoplay", true},
              {"timer", 0},
              {"replayq", true},
              {"dyn", false},
              {"new",
               {{"delays", json::array({1, 10})},
                {"ints", json::array({1, 4, 0})},
                {"initialFactor", 2500},
                {"order", 1},
                {"perDay", 20},
                {"bury", false}}},
              {"lapse",
               {{"delays", json::array({10})},
                {"mult", 0},
                {"minInt", 1},
                {"leechFails", 8},
                {"leechAction", 1}}},
              {"rev",
               {{"perDay", 200},
                {"ease4", 1.3},
                {"ivlFct", 1},
                {"maxIvl", 36500},
                {"bury", false},
                {"hardFactor", 1.2}}}}}};
}

constexpr const char* kWriteFailed = "writing the Anki collection failed";

void exec(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string why = err ? err : "unknown";
        sqlite3_free(err);
        throw std::runtime_error(std::string(kWriteFailed) + ": " + why);
    }
}

class Statement {
public:
    Statement(sqlite3* db, const char* sql) : db_(db), s_(prepare(db, sql)) {
        if (!s_) throw std::runtime_error(std::string(kWriteFailed) + ": " + sqlite3_errmsg(db));
    }
    Statement& bind(int i, std::int64_t v) {
        sqlite3_bind_int64(s_.get(), i, v);
        return *this;
    }
    Statement& bind(int i, const std::string& v) {
        sqlite3_bind_text(s_.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    void run() {
        if (sqlite3_step(s_.get()) != SQLITE_DONE)
            throw std::runtime_error(std::string(kWriteFailed) + ": " + sqlite3_errmsg(db_));
        sqlite3_reset(s_.get());
        sqlite3_clear_bindings(s_.get());
    }

private:
    sqlite3* db_;
    SqliteStatement s_;
};

std::string collection_bytes(const std::string& deck_name,
                             const std::vector<interop::ExportNote>& notes, TimeMs now) {
    const SqliteConnection connection = open_memory_database(kWriteFailed);
    sqlite3* db = connection.get();
    exec(db, kSchema);
    const std::int64_t mod_s = now / 1000;
    const std::int64_t model_id = stable_id("chronik/model/basic");
    const std::int64_t deck_id = stable_id("chronik/deck/" + deck_name);
    json models = {{std::to_string(model_id), model_json(model_id, deck_id, mod_s)}};
    json decks = {{"1", deck_json(1, "Default", mod_s)},
                  {std::to_string(deck_id), deck_json(deck_id, deck_name, mod_s)}};
    json conf = {{"activeDecks", json::array({1})},
                 {"curDeck", 1},
                 {"newSpread", 0},
                 {"collapseTime", 1200},
                 {"timeLim", 0},
                 {"estTimes", true},
                 {"dueCounts", true},
                 {"curModel", nullptr},
                 {"nextPos", 1},
                 {"sortType", "noteFld"},
                 {"sortBackwards", false},
                 {"addToCur", true}};
    Statement col(db, "INSERT INTO col VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')");
    col.bind(1, mod_s)
        .bind(2, now)
        .bind(3, conf.dump())
        .bind(4, models.dump())
        .bind(5, decks.dump())
        .bind(6, deck_config_json().dump())
        .run();
    Statement note(db, "INSERT INTO notes VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, 0, 0, '')");
    Statement card(
        db,
        "INSERT INTO cards VALUES (?1, ?2, ?3, 0, ?4, -1, 0, 0, ?5, 0, 0, 0, 0, 0, 0, 0, "
        "0, '')");
    std::int64_t n = 0;
    exec(db, "BEGIN");
    for (const auto& e : notes) {
        ++n;
        std::string tags;
        for (const auto& t : e.tags)
            tags += " " + t;
        if (!tags.empty()) tags += " ";
        const std::string front = anki_field_html(e.front);
        note.bind(1, now + n)
            .bind(2, e.guid)
            .bind(3, model_id)
            .bind(4, mod_s)
            .bind(5, tags)
            .bind(6, front + "\x1f" + anki_field_html(e.back))
            .bind(7, e.front)
            .run();
        card.bind(1, now + n).bind(2, now + n).bind(3, deck_id).bind(4, mod_s).bind(5, n).run();
    }
    exec(db, "COMMIT");
    sqlite3_int64 size = 0;
    const std::unique_ptr<unsigned char, decltype(&sqlite3_free)> data(
        sqlite3_serialize(db, "main", &size, 0), sqlite3_free);
    if (!data) throw std::runtime_error(std::string(kWriteFailed) + ": out of memory");
    return std::string(reinterpret_cast<const char*>(data.get()), static_cast<std::size_t>(size));
}

}  // namespace

std::string anki_field_html(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '[':
                // Anki reads "[sound:...]" and "[latex]" in a field's HTML as media and markup,
                // not as text; as an entity the bracket is only shown.
                out += "&#91;";
                break;
            case '\r':
                break;
            case '\n':
                out += "<br>";
                break;
            case ' ':
                // HTML folds a run of spaces into one; Anki's editor keeps the rest as &nbsp;.
                out += i > 0 && text[i - 1] == ' ' ? "&nbsp;" : " ";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string apkg_bytes(const std::string& deck_name, const std::vector<interop::ExportNote>& notes,
                       TimeMs now) {
    const std::string collection = collection_bytes(deck_name, notes, now);
    const std::string media = "{}";
    zip_error_t error;
    zip_error_init(&error);
    // An empty growable buffer that the archive is written into.
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) throw std::runtime_error("writing the package failed: out of memory");
    zip_source_keep(target);
    zip_t* z = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!z) {
        zip_source_free(target);
        throw std::runtime_error("writing the package failed: " +
                                 std::string(zip_error_strerror(&error)));
    }
    auto add = [&](const char* name, const std::string& bytes) {
        zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
        if (!src || zip_file_add(z, name, src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
            if (src) zip_source_free(src);
            throw std::runtime_error(std::string("writing the package failed: ") + zip_strerror(z));
        }
    };
    try {
        add("collection.anki2", collection);
        add("media", media);
    } catch (...) {
        zip_discard(z);
        zip_source_free(target);
        throw;
    }
    if (zip_close(z) < 0) {
        const std::string why = zip_strerror(z);
        zip_discard(z);
        zip_source_free(target);
        throw std::runtime_error("writing the package failed: " + why);
    }
    std::string out;
    if (zip_source_open(target) == 0) {
        zip_source_seek(target, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(target);
        zip_source_seek(target, 0, SEEK_SET);
        out.resize(static_cast<std::size_t>(size > 0 ? size : 0));
        const zip_int64_t got = size > 0 ? zip_source_read(target, out.data(), out.size()) : 0;
        zip_source_close(target);
        if (got != size) out.clear();
    }
    zip_source_free(target);
    if (out.empty()) throw std::runtime_error("writing the package failed: no data");
    return out;
}

void write_apkg(const std::filesystem::path& file, const std::string& deck_name,
                const std::vector<interop::ExportNote>& notes, TimeMs now, Overwrite overwrite) {
    write_text_file(file, apkg_bytes(deck_name, notes, now), overwrite);
}

}  // namespace chronik::io
