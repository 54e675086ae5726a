#pragma once
// Direct SQLite access for tests that look behind the store's back: reading
// pragmas, tampering with rows, trying to rewrite the audit log.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

namespace kiosk::test {

// SQL that takes a current file back to schema 7 (without the name search
// keys), for tests of the upgrades from older files.
inline constexpr const char* kBackToSchema7 =
    "DROP INDEX records_by_patient_name; ALTER TABLE records DROP COLUMN patient_name_key; "
    "ALTER TABLE records DROP COLUMN patient_kana_key; ";

class RawSqlite {
public:
    explicit RawSqlite(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK) {
            ADD_FAILURE() << "cannot open " << path;
        }
        sqlite3_busy_timeout(db_, 5000);
    }
    ~RawSqlite() { sqlite3_close_v2(db_); }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    // SQLITE_OK or the error code.
    int exec(const std::string& sql) {
        return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    }

    // The first column of the first row, or "<no row>" / "<error>".
    std::string text(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            return "<error>";
        }
        std::string value = "<no row>";
        if (sqlite3_step(statement) == SQLITE_ROW) {
            const auto* p = sqlite3_column_text(statement, 0);
            value = p ? reinterpret_cast<const char*>(p) : "<null>";
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* db_ = nullptr;
};

}  // namespace kiosk::test
