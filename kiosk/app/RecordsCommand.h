#pragma once
// `kioskctl records list|show|slip`: the front desk's records without a window.
#include <CLI/CLI.hpp>
#include <filesystem>

namespace kiosk::app {

// Adds the `records` subcommand to `cli`; `dbPath` is filled by the caller's
// global --db option before the callbacks run. Each callback sets `exitCode`.
void addRecordsCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode);

}  // namespace kiosk::app
