#pragma once
// What every record PDF needs besides its content.
#include <filesystem>
#include <memory>

#include "core/Language.h"

namespace kiosk {

class PreparedDocuments;

struct PdfSettings {
    std::filesystem::path fontFile;  // a TrueType font with Japanese glyphs
    Language language = Language::Japanese;
    // Documents loaded ahead of time (PreparedDocuments.h); null: load on demand.
    std::shared_ptr<PreparedDocuments> prepared{};

    // The bundled IPAex Gothic under a data directory (see app/DataPaths.h).
    static PdfSettings fromDataDir(const std::filesystem::path& dataDir,
                                   Language language = Language::Japanese) {
        return {dataDir / "fonts" / "ipaexg.ttf", language, nullptr};
    }
};

}  // namespace kiosk
