#include "io/interop/apkg_reader.hpp"

#include <sqlite3.h>
#include <zstd.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string_view>

#include "bank/utf8.hpp"
#include "io/interop/html_text.hpp"
#include "io/interop/sqlite_handle.hpp"
#include "io/interop/zip_archive.hpp"

namespace chronik::io {
namespace {

struct Fail : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Anki stores text as UTF-8; a damaged or hand-made database may not. Every invalid byte becomes
// U+FFFD, so that the deck can be written (JSON holds only UTF-8) and the teacher sees where.
std::string valid_utf8(std::string s) {
    std::size_t from = 0;
    while (const auto bad = bank::first_invalid_utf8(std::string_view(s).substr(from))) {
        const std::size_t at = from + *bad;
        s.replace(at, 1, "\xEF\xBF\xBD");
        from = at + 3;
    }
    return s;
}

// zstd frames (collection.anki21b) inflated with a cap, whatever size the frame claims.
std::string unzstd(const std::string& in, const std::string& what) {
    // The frames usually state their size: refuse a bomb before inflating anything.
    unsigned long long stated = 0;
    for (std::size_t pos = 0; pos < in.size();) {
        const unsigned long long size = ZSTD_getFrameContentSize(in.data() + pos, in.size() - pos);
        const std::size_t frame = ZSTD_findFrameCompressedSize(in.data() + pos, in.size() - pos);
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
            ZSTD_isError(frame) || frame == 0)
            break;  // the streaming loop below reports it, or caps what it inflates
        stated += size;
        if (stated > kMaxAnkiCollectionBytes)
            throw Fail(what + " unpacks to more than " + size_text(kMaxAnkiCollectionBytes) +
                       "; refused");
        pos += frame;
    }
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
    if (!ctx) throw Fail(what + ": out of memory");
    std::string out;
    std::string buffer(ZSTD_DStreamOutSize(), '\0');
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    std::size_t last = 1;
    while (input.pos < input.size) {
        ZSTD_outBuffer output{buffer.data(), buffer.size(), 0};
        last = ZSTD_decompressStream(ctx.get(), &output, &input);
        if (ZSTD_isError(last))
            throw Fail(what + " is not valid zstd data (" + ZSTD_getErrorName(last) + ")");
        if (out.size() + output.pos > kMaxAnkiCollectionBytes)
            throw Fail(what + " unpacks to more than " + size_text(kMaxAnkiCollectionBytes) +
                       "; refused");
        out.append(buffer.data(), output.pos);
        if (output.pos == 0 && last != 0 && input.pos == input.size) break;
    }
    if (last != 0) throw Fail(what + " ends in the middle of its zstd data (truncated)");
    return out;
}

// A read-only in-memory SQLite database over `bytes` (kept alive by the caller).
class Database {
public:
    Database(std::string& bytes, std::string what) : what_(std::move(what)) {
        if (bytes.size() < 100 || bytes.compare(0, 16, std::string("SQLite format 3\0", 16)) != 0)
            throw Fail(what_ + " is not an SQLite database");
        // Owned from here on: a throw below (a damaged database) still closes it.
        db_ = open_memory_database(what_);
        sqlite3* db = db_.get();
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 << 20);
        // A hostile database may make a query loop for ever; stop after ~2e9 VM steps.
        sqlite3_progress_handler(
            db, 100'000, [](void* steps) { return ++*static_cast<long*>(steps) > 20'000 ? 1 : 0; },
            &steps_);
        const int rc = sqlite3_deserialize(
            db, "main", reinterpret_cast<unsigned char*>(bytes.data()),
            static_cast<sqlite3_int64>(bytes.size()), static_cast<sqlite3_int64>(bytes.size()),
            SQLITE_DESERIALIZE_READONLY);
        if (rc != SQLITE_OK)
            throw Fail(what_ + " cannot be read as a database (" + message() + ")");
        const std::string check = text_value("PRAGMA quick_check(1)");
        if (check != "ok") throw Fail(what_ + " is a damaged database (" + check + ")");
    }

    bool has_table(const std::string& name) {
        bool found = false;
        query(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [&](sqlite3_stmt*) { found = true; }, name);
        return found;
    }

    template <class Row>
    void query(const std::string& sql, Row&& row, const std::string& bind = {}) {
        const SqliteStatement stmt = prepare(db_.get(), sql);
        if (!stmt) throw Fail(what_ + " is not an Anki collection (" + message() + ")");
        sqlite3_stmt* raw = stmt.get();
        if (!bind.empty())
            sqlite3_bind_text(raw, 1, bind.c_str(), static_cast<int>(bind.size()),
                              SQLITE_TRANSIENT);
        for (;;) {
            const int rc = sqlite3_step(raw);
            if (rc == SQLITE_DONE) break;
            if (rc != SQLITE_ROW) {
                if (rc == SQLITE_INTERRUPT)
                    throw Fail(what_ + ": reading it takes too long (a hostile database?)");
                throw Fail(what_ + " is damaged (" + message() + ")");
            }
            row(raw);
        }
    }

    std::string text_value(const std::string& sql) {
        std::string out;
        query(sql, [&](sqlite3_stmt* s) { out = column_text(s, 0); });
        return out;
    }

    static std::string column_text(sqlite3_stmt* s, int col) {
        const auto* p = sqlite3_column_text(s, col);
        const int n = sqlite3_column_bytes(s, col);
        return p ? valid_utf8(
                       std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)))
                 : std::string();
    }
    static std::string column_blob(sqlite3_stmt* s, int col) {
        const auto* p = sqlite3_column_blob(s, col);
        const int n = sqlite3_column_bytes(s, col);
        return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n))
                 : std::string();
    }

private:
    std::string message() const { return db_ ? sqlite3_errmsg(db_.get()) : "no memory"; }
    SqliteConnection db_;
    std::string what_;
    long steps_ = 0;
};

struct NoteType {
    std::string name;
    interop::NoteShape shape = interop::NoteShape::Basic;
};

interop::NoteShape shape_of(bool cloze, const std::string& name, std::size_t fields,
                            const std::vector<std::string>& question_templates) {
    using interop::NoteShape;
    if (cloze) return NoteShape::Cloze;
    const NoteShape by_name = interop::shape_from_name(name);
    if (by_name != NoteShape::Basic) return by_name;
    if (question_templates.size() >= 2) {
        // Anki's "optional reversed" type shows its second card only when a field is filled in:
        // the template starts with a conditional {{#Field}}.
        const bool conditional = question_templates[1].find("{{#") != std::string::npos;
        if (conditional && fields >= 3) return NoteShape::BasicOptionalReversed;
        return NoteShape::BasicAndReversed;
    }
    return NoteShape::Basic;
}

// Schema 11: note types and decks are JSON objects in the single row of `col`.
std::map<std::int64_t, NoteType> legacy_note_types(Database& db, const std::string& what,
                                                   std::map<std::int64_t, std::string>& decks) {
    std::map<std::int64_t, NoteType> out;
    std::string models, deck_json;
    db.query("SELECT models, decks FROM col LIMIT 1", [&](sqlite3_stmt* s) {
        models = Database::column_text(s, 0);
        deck_json = Database::column_text(s, 1);
    });
    try {
        const auto m = nlohmann::json::parse(models);
        for (const auto& [id, model] : m.items()) {
            if (!model.is_object()) continue;
            std::vector<std::string> questions;
            for (const auto& t : model.value("tmpls", nlohmann::json::array()))
                if (t.is_object()) questions.push_back(t.value("qfmt", std::string()));
            const std::size_t fields = model.value("flds", nlohmann::json::array()).size();
            NoteType type;
            type.name = model.value("name", std::string());
            type.shape = shape_of(model.value("type", 0) == 1, type.name, fields, questions);
            out[std::stoll(id)] = type;
        }
        const auto d = nlohmann::json::parse(deck_json);
        for (const auto& [id, deck] : d.items())
            if (deck.is_object()) decks[std::stoll(id)] = deck.value("name", std::string());
    } catch (const std::exception& e) {
        throw Fail(what + ": its note types cannot be read (" + e.what() + ")");
    }
    return out;
}

// Schema 18: notetypes, fields and templates tables; a template's config is a protobuf blob
// that holds its question format, where a cloze type has "{{cloze:".
std::map<std::int64_t, NoteType> schema18_note_types(Database& db,
                                                     std::map<std::int64_t, std::string>& decks) {
    std::map<std::int64_t, std::string> names;
    std::map<std::int64_t, std::size_t> field_counts;
    std::map<std::int64_t, std::vector<std::string>> templates;
    db.query("SELECT id, name FROM notetypes", [&](sqlite3_stmt* s) {
        names[sqlite3_column_int64(s, 0)] = Database::column_text(s, 1);
    });
    db.query("SELECT ntid, count(*) FROM fields GROUP BY ntid", [&](sqlite3_stmt* s) {
        field_counts[sqlite3_column_int64(s, 0)] =
            static_cast<std::size_t>(sqlite3_column_int64(s, 1));
    });
    db.query("SELECT ntid, config FROM templates ORDER BY ntid, ord", [&](sqlite3_stmt* s) {
        templates[sqlite3_column_int64(s, 0)].push_back(Database::column_blob(s, 1));
    });
    std::map<std::int64_t, NoteType> out;
    for (const auto& [id, name] : names) {
        const auto& t = templates[id];
        const bool cloze = std::any_of(t.begin(), t.end(), [](const std::string& config) {
            return config.find("{{cloze:") != std::string::npos;
        });
        out[id] = NoteType{name, shape_of(cloze, name, field_counts[id], t)};
    }
    db.query("SELECT id, name FROM decks", [&](sqlite3_stmt* s) {
        std::string name = Database::column_text(s, 1);
        // Schema 18 separates deck levels with U+001F instead of "::".
        std::string shown;
        for (char c : name)
            shown += c == '\x1f' ? std::string("::") : std::string(1, c);
        decks[sqlite3_column_int64(s, 0)] = shown;
    });
    return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

AnkiPackage read_package(const ZipArchive& zip) {
    AnkiPackage out;
    for (const char* name : {"collection.anki21b", "collection.anki21", "collection.anki2"}) {
        if (zip.has(name)) {
            out.collection = name;
            break;
        }
    }
    if (out.collection.empty())
        throw Fail(zip.name() +
                   ": no Anki collection in it (collection.anki21b, .anki21 or .anki2); is it an "
                   "Anki package?");
    const std::string what = zip.name() + ": " + out.collection;
    std::string bytes = zip.read(out.collection, kMaxAnkiCollectionBytes);
    if (out.collection == "collection.anki21b") bytes = unzstd(bytes, what);
    for (const auto& e : zip.entries())
        if (!e.empty() &&
            std::all_of(e.begin(), e.end(), [](char c) { return c >= '0' && c <= '9'; }))
            ++out.media_files;

    Database db(bytes, what);
    if (!db.has_table("notes") || !db.has_table("cards") || !db.has_table("col"))
        throw Fail(what + " is not an Anki collection (no notes, cards or col table)");
    std::map<std::int64_t, std::string> deck_names;
    const bool schema18 = db.has_table("notetypes");
    const auto types =
        schema18 ? schema18_note_types(db, deck_names) : legacy_note_types(db, what, deck_names);
    std::map<std::int64_t, std::int64_t> deck_of_note;
    db.query("SELECT nid, did FROM cards ORDER BY ord, id", [&](sqlite3_stmt* s) {
        deck_of_note.emplace(sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1));
    });
    std::set<std::string> decks_used;
    db.query("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id", [&](sqlite3_stmt* s) {
        if (out.notes.size() == kMaxAnkiNotes)
            throw Fail(what + " holds more than " + std::to_string(kMaxAnkiNotes) +
                       " notes; refused (split the deck in Anki)");
        interop::AnkiNote note;
        note.guid = Database::column_text(s, 1);
        if (const auto t = types.find(sqlite3_column_int64(s, 2)); t != types.end()) {
            note.notetype = t->second.name;
            note.shape = t->second.shape;
        }
        for (auto& tag : split(Database::column_text(s, 3), ' '))
            if (!tag.empty() &&
                std::find(note.tags.begin(), note.tags.end(), tag) == note.tags.end())
                note.tags.push_back(std::move(tag));
        for (const auto& field : split(Database::column_text(s, 4), '\x1f')) {
            PlainText plain = html_to_text(field);
            note.fields.push_back(std::move(plain.text));
            note.media.insert(note.media.end(), plain.media.begin(), plain.media.end());
        }
        if (const auto d = deck_of_note.find(sqlite3_column_int64(s, 0)); d != deck_of_note.end()) {
            if (const auto n = deck_names.find(d->second); n != deck_names.end()) {
                note.deck = n->second;
                decks_used.insert(n->second);
            }
        }
        out.notes.push_back(std::move(note));
    });
    out.decks.assign(decks_used.begin(), decks_used.end());
    return out;
}

}  // namespace

AnkiPackage read_apkg(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw std::runtime_error(file.string() + ": no such file");
    return read_package(ZipArchive::open(file));
}

AnkiPackage read_apkg_bytes(std::string bytes, const std::string& name) {
    return read_package(ZipArchive::from_bytes(std::move(bytes), name));
}

}  // namespace chronik::io
