#include "TrueTypeCheck.h"

#include <array>
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace kiosk {

namespace {

std::uint32_t bigEndian(const unsigned char* p, int bytes) {
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i) value = (value << 8) | p[i];
    return value;
}

}  // namespace

Status<PdfError> checkTrueTypeFont(const std::filesystem::path& file) {
    auto refuse = [&file](const std::string& why) {
        return fail(
            PdfError{PdfError::Reason::FontUnreadable, "font " + file.string() + ": " + why});
    };
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return refuse("file not found");
    auto size = std::filesystem::file_size(file, ec);
    std::ifstream in(file, std::ios::binary);
    std::array<unsigned char, 12> header{};
    if (ec || !in.read(reinterpret_cast<char*>(header.data()), header.size())) {
        return refuse("cannot read");
    }
    // 0x00010000 or 'true': TrueType outlines, which libharu embeds. CFF
    // ('OTTO') and collections ('ttcf') it cannot use.
    auto version = bigEndian(header.data(), 4);
    if (version != 0x00010000 && version != 0x74727565) return refuse("not a TrueType font");
    auto tables = bigEndian(header.data() + 4, 2);
    std::vector<unsigned char> directory(static_cast<std::size_t>(tables) * 16);
    if (tables == 0 || !in.read(reinterpret_cast<char*>(directory.data()),
                                static_cast<std::streamsize>(directory.size()))) {
        return refuse("table directory truncated");
    }
    std::set<std::string> present;
    for (std::uint32_t i = 0; i < tables; ++i) {
        const unsigned char* entry = directory.data() + i * 16;
        std::uint64_t offset = bigEndian(entry + 8, 4);
        std::uint64_t length = bigEndian(entry + 12, 4);
        if (offset + length > size) return refuse("a table lies past the end of the file");
        present.insert(std::string(reinterpret_cast<const char*>(entry), 4));
    }
    for (const char* needed :
         {"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "OS/2"}) {
        if (!present.count(needed)) return refuse(std::string("no '") + needed + "' table");
    }
    return Done{};
}

}  // namespace kiosk
