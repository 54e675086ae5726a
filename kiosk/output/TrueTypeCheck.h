#pragma once
// libharu 2.3.0 crashes on a file that is not a TrueType font (measured: a
// segfault on ten bytes of text), so the font is checked before it is handed
// over: an sfnt header whose table directory lies inside the file and names
// the tables libharu reads.
#include <filesystem>

#include "PdfError.h"

namespace kiosk {

// FontUnreadable, naming the file, unless it looks like a usable .ttf.
Status<PdfError> checkTrueTypeFont(const std::filesystem::path& file);

}  // namespace kiosk
