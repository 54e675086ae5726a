#pragma once
// What a polling reader of the terminal's folders sees of one file: its size
// and time stamp (a file counts once they hold still across two looks), and
// its whole content.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace kiosk {

struct FileLook {
    std::uintmax_t size = 0;
    std::filesystem::file_time_type modified;
    bool operator==(const FileLook&) const = default;
};

// nullopt when `path` is not (or no longer) a regular file.
std::optional<FileLook> lookAtFile(const std::filesystem::path& path);
std::optional<std::vector<std::uint8_t>> readWholeFile(const std::filesystem::path& path);

}  // namespace kiosk
