#pragma once
// `kioskctl card-check`: waits for card checks exactly as the kiosk does
// (OqsFolderSource, FaceReaderWatcher), without a window: for sites to try a
// reader's set-up, and for tests that run several "kiosks" as processes over
// one face folder. `kioskctl face-answers`: the face answers noted in the
// store, by default those no kiosk could attribute (for staff).
#include <CLI/CLI.hpp>
#include <filesystem>

namespace kiosk::app {

void addCardCheckCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode);
void addFaceAnswersCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode);

}  // namespace kiosk::app
