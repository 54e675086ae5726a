#pragma once
// Looks at a file before SQLite may touch it. SQLite itself would happily
// turn an empty path into a database and write into a damaged one; a clinic's
// records file that is garbage or cut short must instead be refused and left
// exactly as it is, for someone to recover.
#include <string>

#include "StoreError.h"

namespace kiosk {

// Done for a missing or zero-byte file (a new database) and for a plausible
// SQLite file; NotADatabase, naming the file, for anything else.
Status<StoreError> checkSqliteFile(const std::string& path);

}  // namespace kiosk
