#pragma once
// `kioskctl oqs-sim --dir DIR --people FILE [--once]`: the terminal simulator
// as a process of its own, answering the request files in DIR/req;
// `--place-card ID [--reader-id R]`: one card placed on face reader R.
#include <CLI/CLI.hpp>

namespace kiosk::app {

// Adds the `oqs-sim` subcommand to `cli`; its callback sets `exitCode`.
void addOqsSimCommand(CLI::App& cli, int& exitCode);

}  // namespace kiosk::app
