#pragma once
// Opens the records file for a program (the kiosk, the desk, a kioskctl
// command). The kiosk and the desk make its folder (private) where missing;
// a command does not, so a mistyped path is reported, not made. On failure the reason goes to
// standard error after "`program`: " and the result is null; a file others
// can read is reported with the command that closes it.
#include <filesystem>
#include <memory>
#include <string_view>

#include "store/SqliteRecordStore.h"

namespace kiosk::app {

enum class MissingFolder { Report, Create };

std::unique_ptr<SqliteRecordStore> openRecordFile(const std::filesystem::path& dbPath,
                                                  std::string_view program = "kioskctl",
                                                  MissingFolder missing = MissingFolder::Report);

}  // namespace kiosk::app
