#pragma once
// `kioskctl form …`: form templates without a window. `form layout` prints a
// template's paper geometry as JSON (ARCHITECTURE.md contract).
#include <CLI/CLI.hpp>

namespace kiosk::app {

// Adds the `form` subcommand to `cli` and returns it, so that further form
// subcommands (`form pdf`) can be attached to it. Callbacks set `exitCode`.
CLI::App* addFormCommand(CLI::App& cli, int& exitCode);

}  // namespace kiosk::app
