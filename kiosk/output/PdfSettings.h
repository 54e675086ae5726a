#pragma once
// What every record PDF needs besides its content.
#include <filesystem>

#include "core/Language.h"

namespace kiosk {

struct PdfSettings {
    std::filesystem::path fontFile;  // a TrueType font with Japanese glyphs
    Language language = Language::Japanese;

    // The bundled IPAex Gothic under a data directory (see app/DataPaths.h).
    static PdfSettings fromDataDir(const std::filesystem::path& dataDir,
                                   Language language = Language::Japanese) {
        return {dataDir / "fonts" / "ipaexg.ttf", language};
    }
};

}  // namespace kiosk
