#pragma once
// A signature as the record keeps it: a greyscale PNG, dark strokes on white.
#include <cstdint>
#include <vector>

#include "SignatureStrokes.h"
#include "core/Result.h"

namespace kiosk::input {

struct SignatureImageError {
    enum Reason { NoStrokes, BadSize, EncodeFailed } reason;
};

struct SignatureImageSize {
    int width = 600;
    int height = 200;
    float lineWidth = 4.0f;  // pixels of the image
};

// Draws the strokes, scaled to fit the image with their aspect kept and
// centred, as antialiased lines of `lineWidth`, and encodes a PNG. No strokes:
// no image (NoStrokes).
Result<std::vector<std::uint8_t>, SignatureImageError> rasterizeSignature(
    const SignatureStrokes& strokes, SignatureImageSize size = {});

}  // namespace kiosk::input
