#pragma once
#include <CLI/CLI.hpp>
#include <filesystem>

namespace kiosk::app {

// `kioskctl records export`: the records of a date range as JSON or CSV.
void addExportCommand(CLI::App& records, const std::filesystem::path& dbPath, int& exitCode);

}  // namespace kiosk::app
