#include <gtest/gtest.h>
#include <stb_image.h>

#include <memory>

#include "input/SignatureRaster.h"

using kiosk::input::rasterizeSignature;
using kiosk::input::SignatureImageError;
using kiosk::input::SignatureStrokes;

namespace {

struct Image {
    int width = 0;
    int height = 0;
    int channels = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, stbi_image_free};
    int at(int x, int y) const { return pixels.get()[y * width + x]; }
};

Image decode(const std::vector<std::uint8_t>& png) {
    Image image;
    image.pixels.reset(stbi_load_from_memory(png.data(), static_cast<int>(png.size()), &image.width,
                                             &image.height, &image.channels, 1));
    return image;
}

}  // namespace

TEST(SignatureRaster, NoStrokesGiveNoImage) {
    SignatureStrokes strokes(1200, 400);
    auto png = rasterizeSignature(strokes);
    ASSERT_FALSE(png);
    EXPECT_EQ(png.error().reason, SignatureImageError::NoStrokes);
}

TEST(SignatureRaster, StrokesBecomeAGreyscalePngDarkWhereDrawn) {
    SignatureStrokes strokes(1200, 400);  // twice the image: points are halved
    strokes.begin({100, 100});
    strokes.extend({1100, 100});
    strokes.begin({600, 300});  // a dot
    auto png = rasterizeSignature(strokes);
    ASSERT_TRUE(png);
    ASSERT_GE(png->size(), 8u);
    EXPECT_EQ(std::string(png->begin(), png->begin() + 8), "\x89PNG\r\n\x1a\n");
    const Image image = decode(*png);
    ASSERT_NE(image.pixels, nullptr);
    EXPECT_EQ(image.width, 600);
    EXPECT_EQ(image.height, 200);
    EXPECT_EQ(image.channels, 1);
    EXPECT_LT(image.at(300, 50), 32);   // on the line
    EXPECT_LT(image.at(50, 50), 32);    // at its round end
    EXPECT_LT(image.at(300, 150), 32);  // the dot
    EXPECT_EQ(image.at(300, 100), 255);
    EXPECT_EQ(image.at(20, 50), 255);  // beyond the end
    // Antialiased: the rim of the dot is neither white nor black somewhere.
    bool grey = false;
    for (int y = 145; y < 155; ++y) {
        for (int x = 295; x < 305; ++x) grey |= image.at(x, y) > 32 && image.at(x, y) < 224;
    }
    EXPECT_TRUE(grey);
}

TEST(SignatureRaster, KeepsTheAspectAndCentres) {
    SignatureStrokes strokes(100, 100);  // square pad into a 600×200 image: 200 px wide, centred
    strokes.begin({0, 50});
    strokes.extend({100, 50});
    const Image image = decode(*rasterizeSignature(strokes));
    EXPECT_LT(image.at(300, 100), 32);
    EXPECT_EQ(image.at(150, 100), 255);
    EXPECT_EQ(image.at(450, 100), 255);
}

TEST(SignatureStrokes, UndoDropsTheLastStrokeAndClearEverything) {
    SignatureStrokes strokes(600, 200);
    strokes.begin({10, 10});
    strokes.extend({50, 10});
    strokes.extend({50.5f, 10});  // under a pixel: dropped
    strokes.begin({20, 20});
    ASSERT_EQ(strokes.strokes().size(), 2u);
    EXPECT_EQ(strokes.strokes()[0].size(), 2u);
    EXPECT_TRUE(strokes.undo());
    EXPECT_EQ(strokes.strokes().size(), 1u);
    strokes.clear();
    EXPECT_TRUE(strokes.empty());
    EXPECT_FALSE(strokes.undo());
}

TEST(SignatureStrokes, PointsOutsideThePadAreKeptOnItsEdge) {
    SignatureStrokes strokes(600, 200);
    strokes.begin({-40, 100});
    strokes.extend({700, 250});
    EXPECT_EQ(strokes.strokes()[0][0].x, 0.0f);
    EXPECT_EQ(strokes.strokes()[0][1].x, 600.0f);
    EXPECT_EQ(strokes.strokes()[0][1].y, 200.0f);
}
