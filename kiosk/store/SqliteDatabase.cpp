#include "SqliteDatabase.h"

#include <sqlite3.h>

namespace kiosk {

namespace {
StoreError::Kind kindOf(int resultCode) {
    switch (resultCode & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return StoreError::Busy;
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return StoreError::NotADatabase;
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return StoreError::CannotOpen;
        case SQLITE_CONSTRAINT:
        case SQLITE_TOOBIG:
        case SQLITE_MISMATCH:
            return StoreError::Invalid;
        default:
            return StoreError::Io;
    }
}
}  // namespace

// ---- SqliteStatement ----

void SqliteStatement::Finalize::operator()(sqlite3_stmt* s) const {
    sqlite3_finalize(s);
}

SqliteStatement::SqliteStatement(sqlite3_stmt* statement, const SqliteDatabase& db)
    : statement_(statement), db_(&db) {}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(statement_.get(), index, value)) bindError_ = rc;
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    if (int rc = sqlite3_bind_text64(statement_.get(), index, text.data(), text.size(),
                                     SQLITE_TRANSIENT, SQLITE_UTF8)) {
        bindError_ = rc;
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::span<const std::uint8_t> bytes) {
    // A null pointer would bind NULL; an empty blob must stay a blob.
    static const std::uint8_t kEmpty = 0;
    if (int rc =
            sqlite3_bind_blob64(statement_.get(), index, bytes.empty() ? &kEmpty : bytes.data(),
                                bytes.size(), SQLITE_TRANSIENT)) {
        bindError_ = rc;
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::nullopt_t) {
    if (int rc = sqlite3_bind_null(statement_.get(), index)) bindError_ = rc;
    return *this;
}

StoreResult<bool> SqliteStatement::step() {
    if (bindError_) return fail(db_->error(bindError_, "binding a value"));
    int rc = sqlite3_step(statement_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return fail(db_->error(rc, "running a statement"));
}

Status<StoreError> SqliteStatement::run() {
    for (;;) {
        auto row = step();
        if (!row) return fail(row.error());
        if (!*row) return Done{};
    }
}

std::int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(statement_.get(), column);
}

std::optional<std::int64_t> SqliteStatement::optionalInteger(int column) const {
    if (sqlite3_column_type(statement_.get(), column) == SQLITE_NULL) return std::nullopt;
    return integer(column);
}

std::string SqliteStatement::text(int column) const {
    const auto* p = sqlite3_column_text(statement_.get(), column);
    int n = sqlite3_column_bytes(statement_.get(), column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
             : std::string();
}

std::optional<std::string> SqliteStatement::optionalText(int column) const {
    if (sqlite3_column_type(statement_.get(), column) == SQLITE_NULL) return std::nullopt;
    return text(column);
}

std::vector<std::uint8_t> SqliteStatement::blob(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(statement_.get(), column));
    int n = sqlite3_column_bytes(statement_.get(), column);
    return p ? std::vector<std::uint8_t>(p, p + n) : std::vector<std::uint8_t>();
}

// ---- SqliteDatabase ----

void SqliteDatabase::Close::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

StoreResult<SqliteDatabase> SqliteDatabase::open(const std::string& path) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE,
                             nullptr);
    SqliteDatabase db(raw, path);  // closes `raw` even when opening failed
    if (rc != SQLITE_OK) {
        return fail(StoreError{StoreError::CannotOpen,
                               path + ": cannot open (" + sqlite3_errstr(rc) + ")"});
    }
    return db;
}

Status<StoreError> SqliteDatabase::exec(const char* sql) {
    int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return fail(error(rc, "running a statement"));
    return Done{};
}

StoreResult<SqliteStatement> SqliteDatabase::prepare(std::string_view sql) const {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &statement,
                                nullptr);
    SqliteStatement prepared(statement, *this);
    if (rc != SQLITE_OK) return fail(error(rc, "preparing a statement"));
    return prepared;
}

StoreResult<SqliteStatement> SqliteDatabase::queryRow(std::string_view sql) const {
    auto statement = prepare(sql);
    if (!statement) return statement;
    auto row = statement->step();
    if (!row) return fail(row.error());
    if (!*row) return fail(StoreError{StoreError::Io, path_ + ": query returned no row"});
    return statement;
}

StoreError SqliteDatabase::error(int resultCode, std::string_view what) const {
    // sqlite3_errmsg names tables, columns and our own RAISE texts, never values.
    std::string detail = db_ && sqlite3_errcode(db_.get()) == resultCode
                             ? sqlite3_errmsg(db_.get())
                             : sqlite3_errstr(resultCode);
    return StoreError{kindOf(resultCode), path_ + ": " + std::string(what) + " failed: " + detail};
}

// ---- SqliteTransaction ----

StoreResult<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase& db) {
    auto begun = db.exec("BEGIN IMMEDIATE");
    if (!begun) return fail(begun.error());
    return SqliteTransaction(db);
}

Status<StoreError> SqliteTransaction::commit() {
    auto committed = db_->exec("COMMIT");
    // After a failed COMMIT the transaction may still be open: roll it back.
    if (committed) db_ = nullptr;
    return committed;
}

SqliteTransaction::~SqliteTransaction() {
    if (db_) (void)db_->exec("ROLLBACK");
}

}  // namespace kiosk
