// Anki packages: Chronik's writer read back by Chronik's reader, and hostile packages refused with
// a message naming the file and the problem.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <zip.h>
#include <zstd.h>

#include <map>
#include <stdexcept>
#include <string>

#include "interop/anki_export.hpp"
#include "io/interop/apkg_reader.hpp"
#include "io/interop/apkg_writer.hpp"
#include "io/interop/zip_archive.hpp"
#include "support/zip_bytes.hpp"

using namespace chronik;

namespace {

// A zip with the given entries (stored uncompressed unless `deflate`).
std::string zip_of(const std::map<std::string, std::string>& entries, bool deflate = false) {
    return testing::zip_bytes({entries.begin(), entries.end()}, deflate);
}

std::string zstd_of(const std::string& bytes) {
    std::string out(ZSTD_compressBound(bytes.size()), '\0');
    const auto n = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 1);
    REQUIRE_FALSE(ZSTD_isError(n));
    out.resize(n);
    return out;
}

// A database built by `sql`, as bytes.
std::string database(const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    REQUIRE(rc == SQLITE_OK);
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(db, "main", &size, 0);
    std::string out(reinterpret_cast<char*>(data), static_cast<std::size_t>(size));
    sqlite3_free(data);
    sqlite3_close(db);
    return out;
}

std::string refusal(std::string bytes) {
    try {
        io::read_apkg_bytes(std::move(bytes), "deck.apkg");
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(read without complaint)";
}

std::vector<interop::ExportNote> sample_notes() {
    return {
        {"x-fc-001", interop::anki_guid("a"), "Tumen", "Grenzfluss <Russland> & Korea", {"Grenze"}},
        {"x-mc-002",
         interop::anki_guid("b"),
         "Wann?\n\nA) 1945\nB) 1950",
         "1950",
         {"Koreakrieg", "x"}}};
}

}  // namespace

TEST_CASE("A package Chronik writes reads back with the same notes, guids and tags") {
    const auto bytes = io::apkg_bytes("Geschichte::Korea", sample_notes(), 1'760'000'000'000);
    const auto package = io::read_apkg_bytes(bytes, "out.apkg");
    CHECK(package.collection == "collection.anki2");
    REQUIRE(package.notes.size() == 2);
    CHECK(package.decks == std::vector<std::string>{"Geschichte::Korea"});
    CHECK(package.notes[0].fields ==
          std::vector<std::string>{"Tumen", "Grenzfluss <Russland> & Korea"});
    CHECK(package.notes[0].guid == interop::anki_guid("a"));
    CHECK(package.notes[1].fields[0] == "Wann?\n\nA) 1945\nB) 1950");
    CHECK(package.notes[1].tags == std::vector<std::string>{"Koreakrieg", "x"});
    CHECK(package.notes[1].shape == interop::NoteShape::Basic);
}

TEST_CASE("Text that looks like a sound reference is written as text, not as a sound") {
    const std::vector<interop::ExportNote> notes = {
        {"x-fc-001", interop::anki_guid("a"), "[sound:hymne.mp3]", "[$]x[/$]", {}}};
    const auto package =
        io::read_apkg_bytes(io::apkg_bytes("Test", notes, 1'760'000'000'000), "out.apkg");
    REQUIRE(package.notes.size() == 1);
    CHECK(package.notes[0].media.empty());
    CHECK(package.notes[0].fields == std::vector<std::string>{"[sound:hymne.mp3]", "[$]x[/$]"});
    CHECK(io::anki_field_html("[sound:a]") == "&#91;sound:a]");
    CHECK(io::anki_field_html("a  b   c") == "a &nbsp;b &nbsp;&nbsp;c");
}

TEST_CASE("Guids are stable and differ for neighbouring item ids") {
    CHECK(interop::anki_guid("chronik/x-fc-001") == interop::anki_guid("chronik/x-fc-001"));
    CHECK(interop::anki_guid("chronik/x-fc-001").substr(0, 3) !=
          interop::anki_guid("chronik/x-fc-002").substr(0, 3));
}

TEST_CASE("A current package (collection.anki21b, zstd, schema 18) is read with its note types") {
    const std::string collection = database(R"(
        CREATE TABLE col (id integer primary key, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags);
        INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
        CREATE TABLE notetypes (id integer primary key, name text, mtime_secs, usn, config blob);
        CREATE TABLE fields (ntid, ord, name, config blob);
        CREATE TABLE templates (ntid, ord, name, mtime_secs, usn, config blob);
        CREATE TABLE decks (id integer primary key, name text, mtime_secs, usn, common, kind);
        CREATE TABLE notes (id integer primary key, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data);
        CREATE TABLE cards (id integer primary key, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data);
        INSERT INTO notetypes VALUES (10, 'Lückentext', 0, 0, x'0801');
        INSERT INTO fields VALUES (10, 0, 'Text', x''), (10, 1, 'Rückseite Extra', x'');
        INSERT INTO templates VALUES (10, 0, 'Lückentext', 0, 0, CAST('\n{{cloze:Text}}' AS BLOB));
        INSERT INTO notetypes VALUES (11, 'Einfach (beide Richtungen)', 0, 0, x'');
        INSERT INTO fields VALUES (11, 0, 'Vorderseite', x''), (11, 1, 'Rückseite', x'');
        INSERT INTO templates VALUES (11, 0, 'Karte 1', 0, 0, CAST('\n{{Vorderseite}}' AS BLOB)),
                                     (11, 1, 'Karte 2', 0, 0, CAST('\n{{Rückseite}}' AS BLOB));
        INSERT INTO decks VALUES (5, 'Geschichte' || char(31) || 'Korea', 0, 0, x'', x'');
        INSERT INTO notes VALUES (1, 'g1', 10, 0, 0, ' Koreakrieg ', 'Im {{c1::Juni 1950}}' || char(31) || '', '', 0, 0, '');
        INSERT INTO notes VALUES (2, 'g2', 11, 0, 0, '', 'Seoul' || char(31) || 'Hauptstadt&nbsp;Südkoreas', '', 0, 0, '');
        INSERT INTO cards VALUES (1, 1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
        INSERT INTO cards VALUES (2, 2, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
    )");
    const std::string stub = io::apkg_bytes("Stub", {}, 0);  // newer Anki adds an old-format stub
    const auto package = io::read_apkg_bytes(zip_of({{"collection.anki21b", zstd_of(collection)},
                                                     {"collection.anki2", "please update Anki"},
                                                     {"0", "png"},
                                                     {"media", zstd_of("")}}),
                                             "new.apkg");
    CHECK(package.collection == "collection.anki21b");
    CHECK(package.media_files == 1);
    REQUIRE(package.notes.size() == 2);
    CHECK(package.notes[0].shape == interop::NoteShape::Cloze);
    CHECK(package.notes[0].tags == std::vector<std::string>{"Koreakrieg"});
    CHECK(package.notes[0].deck == "Geschichte::Korea");
    CHECK(package.notes[1].shape == interop::NoteShape::BasicAndReversed);
    CHECK(package.notes[1].fields[1] == "Hauptstadt Südkoreas");
    const auto deck = interop::notes_to_deck(package.notes, {"k", "K", true});
    CHECK(deck.deck.items.size() == 3);
}

TEST_CASE("Broken and hostile packages are refused with the file name and the problem") {
    CHECK(refusal("PK but not a zip at all") == "deck.apkg: not a zip file");
    CHECK(refusal(zip_of({{"notes.txt", "x"}})).find("deck.apkg: no Anki collection in it") == 0);
    CHECK(refusal(zip_of({{"collection.anki2", "SQLite? no"}})) ==
          "deck.apkg: collection.anki2 is not an SQLite database");
    const std::string good =
        database("CREATE TABLE t(x); INSERT INTO t VALUES (randomblob(50000));");
    const std::string cut = good.substr(0, good.size() / 2);
    CHECK(refusal(zip_of({{"collection.anki2", cut}})).find("deck.apkg: collection.anki2") == 0);
    CHECK(refusal(zip_of({{"collection.anki2", good}})) ==
          "deck.apkg: collection.anki2 is not an Anki collection (no notes, cards or col table)");
    // A view named "notes" that never ends is not even looked at: views are off.
    const std::string looping = database(
        "CREATE TABLE col(x); CREATE TABLE cards(x);"
        "CREATE VIEW notes AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
        "SELECT i AS id, '' AS guid, 0 AS mid, '' AS tags, '' AS flds FROM r;");
    CHECK(refusal(zip_of({{"collection.anki2", looping}})).find("is not an Anki collection") !=
          std::string::npos);
    CHECK(refusal(zip_of({{"collection.anki21b", "\x28\xb5\x2f\xfd garbage"}}))
              .find("deck.apkg: collection.anki21b is not valid zstd data") == 0);
    CHECK(refusal(zip_of({{"collection.anki21b", zstd_of(good).substr(0, 20)}}))
              .find("deck.apkg: collection.anki21b") == 0);
}

TEST_CASE("Text that is not UTF-8 in a damaged collection is read with replacement characters") {
    // Found by fuzz_apkg: such bytes went on into the deck, whose JSON writer then threw.
    const std::string collection = database(R"(
        CREATE TABLE col (id integer primary key, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags);
        INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}',
            '{"1": {"name": "Basic", "type": 0, "flds": [], "tmpls": []}}', '{"1": {"name": "D"}}', '{}', '{}');
        CREATE TABLE notes (id integer primary key, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data);
        CREATE TABLE cards (id integer primary key, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data);
        INSERT INTO notes VALUES (1, 'g' || CAST(x'ff' AS TEXT), 1, 0, 0, CAST(x'c3' AS TEXT),
            'Seoul' || CAST(x'c3' AS TEXT) || char(31) || 'Hauptstadt', '', 0, 0, '');
        INSERT INTO cards VALUES (1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
    )");
    const auto package = io::read_apkg_bytes(zip_of({{"collection.anki2", collection}}), "x.apkg");
    REQUIRE(package.notes.size() == 1);
    CHECK(package.notes[0].guid == "g\xEF\xBF\xBD");
    CHECK(package.notes[0].fields[0] == "Seoul\xEF\xBF\xBD");
    CHECK(package.notes[0].tags == std::vector<std::string>{"\xEF\xBF\xBD"});
}

TEST_CASE("A zstd bomb is refused before it is inflated") {
    // 257 frames of 1 MiB of zeros: a few kilobytes that would unpack to 257 MiB.
    const std::string frame = zstd_of(std::string(1 << 20, '\0'));
    std::string bomb;
    for (int i = 0; i < 257; ++i)
        bomb += frame;
    CHECK(bomb.size() < 100'000);
    CHECK(refusal(zip_of({{"collection.anki21b", bomb}})) ==
          "deck.apkg: collection.anki21b unpacks to more than 256 MiB; refused");
}

TEST_CASE("A zip entry that inflates beyond the cap is refused while inflating") {
    const auto archive =
        io::ZipArchive::from_bytes(zip_of({{"big", std::string(100000, 'a')}}, true), "x.zip");
    CHECK(archive.read("big", 100000).size() == 100000);
    CHECK_THROWS_WITH(archive.read("big", 4096), "x.zip: big unpacks to more than 4 KiB; refused");
    CHECK_THROWS_WITH(archive.read("missing", 10), "x.zip: missing is missing");
}
