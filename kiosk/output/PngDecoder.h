#pragma once
// PNG bytes (the signature the patient drew) → greyscale pixels on white.
// Decoded here with libpng's simplified API, which reports a corrupt file as
// a return value; libharu's own PNG loader lets libpng abort on some of them.
#include <cstdint>
#include <span>

#include "GrayImage.h"
#include "PdfError.h"

namespace kiosk {

// Transparent parts become white. Refuses (ImageUnreadable) anything that is
// not a complete PNG, and pictures over 4096 pixels on a side.
PdfResult<GrayImage> decodePngAsGray(std::span<const std::uint8_t> png);

}  // namespace kiosk
