#pragma once
// Where the kiosk finds its read-only data and keeps its record file.
#include <filesystem>

namespace kiosk::app {

// $KIOSK_DATA_DIR, else the source tree the binary was built from.
std::filesystem::path defaultDataDir();
// $XDG_DATA_HOME/kiosk/kiosk.db, else ~/.local/share/kiosk/kiosk.db.
std::filesystem::path defaultDatabasePath();

}  // namespace kiosk::app
