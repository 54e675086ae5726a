#include "SignatureRaster.h"

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/SecureWipe.h"

namespace kiosk::input {

namespace {

struct Canvas {
    int width;
    int height;
    std::vector<std::uint8_t> pixels;  // 255 white … 0 black

    // Darkens pixels by their coverage of a round-capped segment a→b:
    // full inside the half width, fading over one pixel at the edge.
    void segment(StrokePoint a, StrokePoint b, float halfWidth) {
        const float reach = halfWidth + 1.0f;
        const int x0 = std::max(0, static_cast<int>(std::floor(std::min(a.x, b.x) - reach)));
        const int x1 = std::min(width - 1, static_cast<int>(std::ceil(std::max(a.x, b.x) + reach)));
        const int y0 = std::max(0, static_cast<int>(std::floor(std::min(a.y, b.y) - reach)));
        const int y1 =
            std::min(height - 1, static_cast<int>(std::ceil(std::max(a.y, b.y) + reach)));
        const float dx = b.x - a.x;
        const float dy = b.y - a.y;
        const float lengthSq = dx * dx + dy * dy;
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                const float px = static_cast<float>(x) + 0.5f;
                const float py = static_cast<float>(y) + 0.5f;
                const float t =
                    lengthSq > 0
                        ? std::clamp(((px - a.x) * dx + (py - a.y) * dy) / lengthSq, 0.0f, 1.0f)
                        : 0.0f;
                const float distance = std::hypot(px - (a.x + t * dx), py - (a.y + t * dy));
                const float coverage = std::clamp(halfWidth + 0.5f - distance, 0.0f, 1.0f);
                auto& pixel = pixels[static_cast<std::size_t>(y) * width + x];
                pixel =
                    std::min(pixel, static_cast<std::uint8_t>(std::lround(255 * (1 - coverage))));
            }
        }
    }
};

void appendBytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

}  // namespace

Result<std::vector<std::uint8_t>, SignatureImageError> rasterizeSignature(
    const SignatureStrokes& strokes, SignatureImageSize size) {
    if (strokes.empty()) return fail(SignatureImageError{SignatureImageError::NoStrokes});
    if (size.width <= 0 || size.height <= 0 || strokes.width() <= 0 || strokes.height() <= 0) {
        return fail(SignatureImageError{SignatureImageError::BadSize});
    }
    Canvas canvas{
        size.width, size.height,
        std::vector<std::uint8_t>(static_cast<std::size_t>(size.width) * size.height, 255)};
    const float scale = std::min(static_cast<float>(size.width) / strokes.width(),
                                 static_cast<float>(size.height) / strokes.height());
    const float offsetX = (static_cast<float>(size.width) - strokes.width() * scale) / 2;
    const float offsetY = (static_cast<float>(size.height) - strokes.height() * scale) / 2;
    auto toImage = [&](StrokePoint p) {
        return StrokePoint{offsetX + p.x * scale, offsetY + p.y * scale};
    };
    for (const auto& stroke : strokes.strokes()) {
        // A tap is a dot: a segment of length zero.
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            canvas.segment(toImage(stroke[i == 0 ? 0 : i - 1]), toImage(stroke[i]),
                           size.lineWidth / 2);
        }
    }
    std::vector<std::uint8_t> png;
    if (stbi_write_png_to_func(appendBytes, &png, size.width, size.height, 1, canvas.pixels.data(),
                               size.width) == 0) {
        return fail(SignatureImageError{SignatureImageError::EncodeFailed});
    }
    secureWipe(canvas.pixels.data(), canvas.pixels.size());  // the signature, uncompressed
    return png;
}

}  // namespace kiosk::input
