#pragma once
// An 8-bit greyscale picture (0 black … 255 white), rows top to bottom: what
// a signature becomes before it is placed on a page.
#include <cstdint>
#include <vector>

namespace kiosk {

struct GrayImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // width × height
};

}  // namespace kiosk
