#pragma once
// Opens the records file for a kioskctl command: on failure the reason goes
// to standard error and the result is null; a file others can read is
// reported with the command that closes it.
#include <filesystem>
#include <memory>

#include "store/SqliteRecordStore.h"

namespace kiosk::app {

std::unique_ptr<SqliteRecordStore> openCommandStore(const std::filesystem::path& dbPath);

}  // namespace kiosk::app
