#include <gtest/gtest.h>

#include "output/PngDecoder.h"
#include "unit/output/PngSamples.h"

namespace kiosk {
namespace {

TEST(PngDecoder, DecodesAGreyPictureWithItsSize) {
    auto image = decodePngAsGray(test::signaturePng(120, 40));
    ASSERT_TRUE(image) << image.error().message;
    EXPECT_EQ(image->width, 120);
    EXPECT_EQ(image->height, 40);
    ASSERT_EQ(image->pixels.size(), 120u * 40u);
    EXPECT_EQ(image->pixels[0], 0);      // the stroke starts top-left
    EXPECT_EQ(image->pixels[119], 255);  // top-right is paper
}

TEST(PngDecoder, TransparentBackgroundBecomesWhite) {
    auto image = decodePngAsGray(test::signaturePng(120, 40, true));
    ASSERT_TRUE(image) << image.error().message;
    EXPECT_EQ(image->pixels[119], 255);
    EXPECT_EQ(image->pixels[0], 0);
}

TEST(PngDecoder, RefusesTruncatedGarbageAndEmptyInput) {
    auto png = test::signaturePng(120, 40);
    std::vector<std::uint8_t> truncated(png.begin(), png.begin() + png.size() / 2);
    std::vector<std::uint8_t> garbage(200, 0x42);
    std::vector<std::uint8_t> headerOnly(png.begin(), png.begin() + 8);
    for (const auto& bytes : {truncated, garbage, headerOnly, std::vector<std::uint8_t>{}}) {
        auto image = decodePngAsGray(bytes);
        ASSERT_FALSE(image);
        EXPECT_EQ(image.error().reason, PdfError::Reason::ImageUnreadable);
    }
}

TEST(PngDecoder, RefusesPicturesLargerThanASignatureCouldBe) {
    auto image = decodePngAsGray(test::signaturePng(5000, 2));
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().reason, PdfError::Reason::ImageUnreadable);
}

}  // namespace
}  // namespace kiosk
