#pragma once
// Why a PDF could not be made. The message names the file concerned (the
// font, the output path) or libharu's error code, never a personal value.
#include <cstdint>
#include <string>
#include <vector>

#include "core/Result.h"

namespace kiosk {

struct PdfError {
    enum class Reason {
        FontUnreadable,    // the TrueType font is missing or libharu cannot load it
        RenderFailed,      // libharu reported an error while drawing
        CannotWrite,       // the output file cannot be created or written
        ImageUnreadable,   // an attached picture is not a PNG libpng can decode
        TemplateUnusable,  // the form template lacks what the PDF needs
    } reason;
    std::string message;
};

using PdfBytes = std::vector<std::uint8_t>;

template <class T>
using PdfResult = Result<T, PdfError>;

}  // namespace kiosk
