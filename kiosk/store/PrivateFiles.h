#pragma once
// Health data is not world-readable (issue 11): the records file, its
// -wal/-shm (SQLite gives them the database's mode) and what is written from
// it are created for this system user alone, in a folder only it can enter.
#include <filesystem>
#include <optional>
#include <string>

#include "StoreError.h"

namespace kiosk {

// Creates `folder` and any missing parents; the ones made here are 0700.
Status<StoreError> createPrivateFolder(const std::filesystem::path& folder);

// Creates `file` empty with mode 0600 where it does not exist; an existing
// file is left as it is (its mode is reported by exposedRecordFile).
Status<StoreError> createPrivateFile(const std::filesystem::path& file);

// Where the records file, its -wal/-shm or its folder let other accounts in:
// what is exposed and the commands that close it; nothing when all is private.
std::optional<std::string> exposedRecordFile(const std::filesystem::path& database);

}  // namespace kiosk
