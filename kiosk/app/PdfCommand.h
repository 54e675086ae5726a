#pragma once
// `kioskctl form pdf`: the printable form for machine reading, optionally
// with known values prefilled.
#include <CLI/CLI.hpp>

namespace kiosk::app {

// Adds `pdf` under the `form` subcommand (see FormCommand.h). The callback
// sets `exitCode`: 0 written, 1 a file could not be read or written, 2 bad input.
void addFormPdfCommand(CLI::App& form, int& exitCode);

}  // namespace kiosk::app
