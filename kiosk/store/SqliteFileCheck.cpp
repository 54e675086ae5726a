#include "SqliteFileCheck.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace kiosk {

namespace {

// https://www.sqlite.org/fileformat.html §1.3: the 100-byte header.
constexpr std::size_t kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";  // with its NUL: 16 bytes

std::uint32_t bigEndian(const unsigned char* p, int bytes) {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = v << 8 | p[i];
    return v;
}

Unexpected<StoreError> notADatabase(const std::string& path, const std::string& why) {
    return fail(StoreError{StoreError::NotADatabase, path + ": " + why + "; left untouched"});
}

}  // namespace

Status<StoreError> checkSqliteFile(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found) return Done{};
    if (ec) return fail(StoreError{StoreError::CannotOpen, path + ": " + ec.message()});
    if (status.type() != fs::file_type::regular) return notADatabase(path, "not a regular file");
    auto size = fs::file_size(path, ec);
    if (ec) return fail(StoreError{StoreError::CannotOpen, path + ": " + ec.message()});
    if (size == 0) return Done{};

    std::array<unsigned char, kHeaderSize> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(StoreError{StoreError::CannotOpen, path + ": cannot be read"});
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() != static_cast<std::streamsize>(header.size()) ||
        std::memcmp(header.data(), kMagic, sizeof kMagic) != 0) {
        return notADatabase(path, "not a SQLite database");
    }
    std::uint32_t pageSize = bigEndian(&header[16], 2);
    if (pageSize == 1) pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return notADatabase(path, "damaged SQLite header");
    }

    // The header's page count is trustworthy when its change counter matches
    // the "version valid for" field. Without a WAL or rollback journal beside
    // it (either may hold pages not yet in the file) a shorter file was cut.
    bool countValid = bigEndian(&header[24], 4) == bigEndian(&header[92], 4);
    std::uint64_t pages = bigEndian(&header[28], 4);
    bool hasJournal = fs::exists(path + "-wal", ec) || fs::exists(path + "-journal", ec);
    if (countValid && !hasJournal && size < pages * pageSize) {
        return notADatabase(path, "truncated (shorter than its header says)");
    }
    return Done{};
}

}  // namespace kiosk
