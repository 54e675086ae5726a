#pragma once
// A thin RAII layer over the SQLite C API for the SQLite backend: one
// connection, prepared statements, transactions, and SQLite's result codes
// turned into StoreError. Nothing outside kiosk/store/Sqlite* includes it.
// Statements and transactions point at their database: keep them local to
// one call, and the database object where it is while they live.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "StoreError.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk {

class SqliteStatement {
public:
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bind(int index, std::span<const std::uint8_t> bytes);
    SqliteStatement& bind(int index, std::nullopt_t);
    // nullopt binds NULL.
    template <class T>
    SqliteStatement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    // true: a row is ready to be read; false: the statement has finished.
    StoreResult<bool> step();
    // Steps to the end; for statements that return no rows.
    Status<StoreError> run();

    std::int64_t integer(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::vector<std::uint8_t> blob(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3_stmt* statement, const class SqliteDatabase& db);
    struct Finalize {
        void operator()(sqlite3_stmt* s) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalize> statement_;
    const SqliteDatabase* db_;
    int bindError_ = 0;  // reported by the next step()
};

class SqliteDatabase {
public:
    // Opens or creates the file; no pragma is set and nothing is written yet.
    static StoreResult<SqliteDatabase> open(const std::string& path);

    Status<StoreError> exec(const char* sql);
    StoreResult<SqliteStatement> prepare(std::string_view sql) const;
    // The first row of a query without parameters, e.g. "PRAGMA user_version".
    StoreResult<SqliteStatement> queryRow(std::string_view sql) const;

    // `what` says which operation failed; the file name is added.
    StoreError error(int resultCode, std::string_view what) const;
    const std::string& path() const { return path_; }

private:
    struct Close {
        void operator()(sqlite3* db) const;
    };
    SqliteDatabase(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    std::unique_ptr<sqlite3, Close> db_;
    std::string path_;
};

// BEGIN IMMEDIATE: takes the write lock up front so that two writers never
// deadlock on upgrading a read lock (the busy timeout then just waits).
// Rolls back unless committed.
class SqliteTransaction {
public:
    static StoreResult<SqliteTransaction> begin(SqliteDatabase& db);
    Status<StoreError> commit();
    SqliteTransaction(SqliteTransaction&& other) noexcept
        : db_(std::exchange(other.db_, nullptr)) {}
    SqliteTransaction& operator=(SqliteTransaction&&) = delete;
    ~SqliteTransaction();

private:
    explicit SqliteTransaction(SqliteDatabase& db) : db_(&db) {}
    SqliteDatabase* db_;
};

}  // namespace kiosk
