#include <gtest/gtest.h>

#include "output/TextLayout.h"

namespace kiosk {
namespace {

class TextLayout : public ::testing::Test {
protected:
    PdfResult<PdfDocument> document = PdfDocument::create(KIOSK_SOURCE_DIR "/fonts/ipaexg.ttf");
    PdfPage page = document->addPage();
};

TEST_F(TextLayout, WrapsJapaneseBetweenAnyTwoCharactersWithinTheWidth) {
    ASSERT_TRUE(document) << document.error().message;
    std::string text = "東京都千代田区霞が関一丁目２番２号中央合同庁舎第５号館";
    auto lines = wrapText(page, 10, text, 30);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const auto& line : lines) {
        EXPECT_LE(page.textWidthMm(10, line), 30.0) << line;
        joined += line;
    }
    EXPECT_EQ(joined, text);  // nothing lost
}

TEST_F(TextLayout, FullWidthCharactersAreOneEmWide) {
    ASSERT_TRUE(document);
    EXPECT_NEAR(page.textWidthMm(10, "東京"), 2 * 10 / kPointsPerMm, 0.01);
}

TEST_F(TextLayout, FittingSizeShrinksTextUntilItFitsOrGivesUp) {
    ASSERT_TRUE(document);
    MmRect box{0, 0, 40, 6};
    auto shortText = fittingSize(page, "山田", box, 1, 12, 5);
    auto longText = fittingSize(page, "山田山田山田山田山田山田", box, 1, 12, 5);
    ASSERT_TRUE(shortText);
    ASSERT_TRUE(longText);
    EXPECT_EQ(*shortText, 12);
    EXPECT_LT(*longText, 12);
    EXPECT_FALSE(fittingSize(page, std::string(60 * 3, 'W'), box, 1, 12, 5));
}

}  // namespace
}  // namespace kiosk
