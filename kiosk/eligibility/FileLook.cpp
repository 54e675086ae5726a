#include "FileLook.h"

#include <fstream>
#include <iterator>

namespace kiosk {

namespace fs = std::filesystem;

std::optional<FileLook> lookAtFile(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    FileLook look{fs::file_size(path, ec), {}};
    if (ec) return std::nullopt;
    look.modified = fs::last_write_time(path, ec);
    if (ec) return std::nullopt;
    return look;
}

std::optional<std::vector<std::uint8_t>> readWholeFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in),
                                     std::istreambuf_iterator<char>());
}

}  // namespace kiosk
