#pragma once
// PNG bytes for decoder and signature tests, written with libpng's
// simplified API: a white (or transparent) canvas with a black stroke.
#include <png.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace kiosk::test {

// A width × height picture with a thick black diagonal; with `transparent`,
// RGBA whose background is fully transparent (as a signature pad saves it).
inline std::vector<std::uint8_t> signaturePng(int width, int height, bool transparent = false) {
    const int channels = transparent ? 4 : 1;
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width * height * channels), 255);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            bool stroke = std::abs(x * height / width - y) <= height / 10;
            auto* p = &pixels[static_cast<std::size_t>((y * width + x) * channels)];
            if (transparent) {
                p[0] = p[1] = p[2] = stroke ? 0 : 255;
                p[3] = stroke ? 255 : 0;
            } else {
                p[0] = stroke ? 0 : 255;
            }
        }
    }
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(width);
    image.height = static_cast<png_uint_32>(height);
    image.format = transparent ? PNG_FORMAT_RGBA : PNG_FORMAT_GRAY;
    png_alloc_size_t size = 0;
    png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, nullptr);
    std::vector<std::uint8_t> png(size);
    png_image_write_to_memory(&image, png.data(), &size, 0, pixels.data(), 0, nullptr);
    png.resize(size);
    return png;
}

}  // namespace kiosk::test
