#pragma once
// `kioskctl staff add|passwd|disable|enable|list`: the front desk's accounts
// (issue 11 item 1). A password is read from standard input (asked twice,
// unechoed, on a terminal) and kept only as its argon2id hash.
#include <CLI/CLI.hpp>
#include <filesystem>

namespace kiosk::app {

// Adds the `staff` subcommand; `dbPath` is filled by the global --db option
// before the callbacks run, which set `exitCode`.
void addStaffCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode);

}  // namespace kiosk::app
