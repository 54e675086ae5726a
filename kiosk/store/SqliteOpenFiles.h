#pragma once
// The database files this process has open through the store. SQLite's
// POSIX locks belong to the process, and closing any descriptor of a file
// drops them all (sqlite.org/howtocorrupt.html §2.2): once the kiosk holds a
// connection, reading the file outside SQLite (the header check) would leave
// that connection unlocked, and another process thinking itself alone would
// remove the WAL it still writes into. So a file is checked outside SQLite
// only while this process has no connection to it.
#include <mutex>
#include <string>

namespace kiosk {

// Held by each open store for as long as its connection lives.
class SqliteOpenFileLease {
public:
    SqliteOpenFileLease() = default;
    explicit SqliteOpenFileLease(std::string key);
    SqliteOpenFileLease(SqliteOpenFileLease&& other) noexcept;
    SqliteOpenFileLease& operator=(SqliteOpenFileLease&&) = delete;
    ~SqliteOpenFileLease();

private:
    std::string key_;  // empty: holds nothing
};

// While an opening is under way (one at a time per process).
std::unique_lock<std::mutex> lockSqliteOpenFiles();
// `path` as the registry knows it; with the lock held.
std::string sqliteOpenFileKey(const std::string& path);
bool sqliteFileOpenHere(const std::string& key);

}  // namespace kiosk
