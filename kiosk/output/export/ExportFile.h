#pragma once
// Writes an export whole or not at all (issue 11 items 9, 11): into a hidden
// temporary file beside the target, created 0600 (health data), flushed to
// disk, then renamed over the target. A full or read-only disk leaves no
// half-written export behind, and an existing file stays as it was.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/Result.h"

namespace kiosk {

struct ExportFileError {
    std::string message;
};

Status<ExportFileError> writeExportFile(const std::filesystem::path& path, std::string_view bytes);

}  // namespace kiosk
