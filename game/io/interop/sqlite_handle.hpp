// Owning SQLite handles (connection, statement), so that every path, thrown or not, closes what it
// opened; used by the .apkg reader and writer.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace chronik::io {

struct SqliteClose {
    // close_v2: a connection with a statement still alive is closed once that statement goes.
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct SqliteFinalize {
    void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};
using SqliteConnection = std::unique_ptr<sqlite3, SqliteClose>;
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteFinalize>;

// A new empty in-memory database. sqlite3_open_v2 allocates a connection even when it fails, so
// the handle is owned before the result is looked at. Throws std::runtime_error with `what` and
// SQLite's reason when it cannot open.
inline SqliteConnection open_memory_database(const std::string& what) {
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    SqliteConnection db(raw);
    if (rc != SQLITE_OK)
        throw std::runtime_error(what + ": cannot open a database (" +
                                 (db ? sqlite3_errmsg(db.get()) : "out of memory") + ")");
    return db;
}

// A prepared statement; empty (and SQLite's message in the connection) when `sql` is refused.
inline SqliteStatement prepare(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr);
    return SqliteStatement(raw);
}

}  // namespace chronik::io
