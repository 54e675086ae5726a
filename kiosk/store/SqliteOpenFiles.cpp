#include "SqliteOpenFiles.h"

#include <filesystem>
#include <map>
#include <utility>

namespace kiosk {

namespace {

std::mutex& registryMutex() {
    static std::mutex mutex;
    return mutex;
}

// Guarded by registryMutex().
std::map<std::string, int>& openCounts() {
    static std::map<std::string, int> counts;
    return counts;
}

}  // namespace

SqliteOpenFileLease::SqliteOpenFileLease(std::string key) : key_(std::move(key)) {
    ++openCounts()[key_];  // the caller holds the lock (lockSqliteOpenFiles)
}

SqliteOpenFileLease::SqliteOpenFileLease(SqliteOpenFileLease&& other) noexcept
    : key_(std::exchange(other.key_, {})) {}

SqliteOpenFileLease::~SqliteOpenFileLease() {
    if (key_.empty()) return;
    std::lock_guard lock(registryMutex());
    if (--openCounts()[key_] == 0) openCounts().erase(key_);
}

std::unique_lock<std::mutex> lockSqliteOpenFiles() {
    return std::unique_lock(registryMutex());
}

std::string sqliteOpenFileKey(const std::string& path) {
    std::error_code ec;
    auto canonical = std::filesystem::weakly_canonical(path, ec);
    return ec ? path : canonical.string();
}

bool sqliteFileOpenHere(const std::string& key) {
    return openCounts().contains(key);
}

}  // namespace kiosk
