#pragma once
// `kioskctl staff-calls`: the patients' calls for staff (StaffCall.h) as the
// front desk would see them, without a window.
#include <CLI/CLI.hpp>
#include <filesystem>

namespace kiosk::app {

// Adds the `staff-calls` subcommand; `dbPath` is filled by the global --db
// option before the callback runs, which sets `exitCode`.
void addStaffCallsCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode);

}  // namespace kiosk::app
