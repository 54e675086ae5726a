#pragma once
// The SQLite backend's tables and their versions. PRAGMA user_version holds
// the schema version a file has, PRAGMA application_id marks it as ours.
#include <cstdint>

#include "SqliteDatabase.h"

namespace kiosk {

inline constexpr std::int64_t kSqliteSchemaVersion = 8;
inline constexpr std::int64_t kSqliteApplicationId = 0x4b494f53;  // "KIOS"

// Refuses, without writing anything, a database of another program or of a
// newer schema than this program knows.
Status<StoreError> checkSqliteSchema(const SqliteDatabase& db);

// Applies the missing migrations, each in its own transaction, so that a
// crash leaves the file at one version or the next, never in between.
Status<StoreError> migrateSqliteSchema(SqliteDatabase& db);

}  // namespace kiosk
