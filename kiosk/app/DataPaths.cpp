#include "DataPaths.h"

#include <cstdlib>

namespace kiosk::app {

namespace {
std::filesystem::path fromEnv(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::filesystem::path(value)
                                              : std::filesystem::path();
}
}  // namespace

std::filesystem::path defaultDataDir() {
    auto dir = fromEnv("KIOSK_DATA_DIR");
    return dir.empty() ? std::filesystem::path(KIOSK_SOURCE_DATA_DIR) : dir;
}

std::filesystem::path defaultDatabasePath() {
    auto base = fromEnv("XDG_DATA_HOME");
    if (base.empty()) {
        auto home = fromEnv("HOME");
        base = home.empty() ? std::filesystem::path(".") : home / ".local" / "share";
    }
    return base / "kiosk" / "kiosk.db";
}

}  // namespace kiosk::app
