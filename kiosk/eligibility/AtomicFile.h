#pragma once
// Whole-file writes that a reader polling the folder never sees half done:
// write a hidden temporary name in the same folder, fsync, rename.
#include <filesystem>
#include <string_view>

#include "EligibilityError.h"

namespace kiosk {

Status<EligibilityError> writeFileAtomically(const std::filesystem::path& path,
                                             std::string_view bytes);

}  // namespace kiosk
