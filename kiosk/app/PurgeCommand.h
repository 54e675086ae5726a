#pragma once
// `kioskctl purge [--dry-run] [--today DATE]`: deletes the closed records
// whose purge date has come (RecordStore::purgeDue), as the 申立書 promises.
#include <CLI/CLI.hpp>
#include <filesystem>

namespace kiosk::app {

// Adds the `purge` subcommand; `dbPath` is filled by the global --db option
// before the callback runs, which sets `exitCode`.
void addPurgeCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode);

}  // namespace kiosk::app
