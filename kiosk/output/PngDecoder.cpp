#include "PngDecoder.h"

#include <png.h>

#include <cstring>
#include <string>

namespace kiosk {

namespace {
constexpr png_uint_32 kMaxSide = 4096;

PdfError unreadable(const std::string& why) {
    return PdfError{PdfError::Reason::ImageUnreadable, "signature image unreadable: " + why};
}
}  // namespace

PdfResult<GrayImage> decodePngAsGray(std::span<const std::uint8_t> png) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (png.empty() || !png_image_begin_read_from_memory(&image, png.data(), png.size())) {
        return fail(unreadable(png.empty() ? "no bytes" : image.message));
    }
    if (image.width == 0 || image.height == 0 || image.width > kMaxSide ||
        image.height > kMaxSide) {
        png_image_free(&image);
        return fail(unreadable("size out of range"));
    }
    image.format = PNG_FORMAT_GRAY;
    GrayImage gray;
    gray.width = static_cast<int>(image.width);
    gray.height = static_cast<int>(image.height);
    gray.pixels.assign(PNG_IMAGE_SIZE(image), 255);
    const png_color white{255, 255, 255};
    if (!png_image_finish_read(&image, &white, gray.pixels.data(), 0, nullptr)) {
        return fail(unreadable(image.message));
    }
    return gray;
}

}  // namespace kiosk
