#include <gtest/gtest.h>

#include <algorithm>

#include "input/KanaKanjiConverter.h"

using kiosk::input::ConversionSegment;
using kiosk::input::KanaKanjiConverter;

namespace {

bool offers(const ConversionSegment& segment, const std::string& candidate) {
    return std::find(segment.candidates.begin(), segment.candidates.end(), candidate) !=
           segment.candidates.end();
}

class KanaKanjiConverterTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = KanaKanjiConverter::open();
        ASSERT_TRUE(opened) << "anthy did not start: reason " << opened.error().reason;
        converter = std::move(*opened);
    }
    std::unique_ptr<KanaKanjiConverter> converter;
};

}  // namespace

TEST_F(KanaKanjiConverterTest, FamilyNamesOfferTheirVariantKanji) {
    auto saito = converter->convert("さいとう");
    ASSERT_TRUE(saito);
    ASSERT_EQ(saito->size(), 1u);
    EXPECT_EQ((*saito)[0].reading, "さいとう");
    for (const char* kanji : {"斎藤", "斉藤", "齋藤"})
        EXPECT_TRUE(offers((*saito)[0], kanji)) << kanji;
    auto watanabe = converter->convert("わたなべ");
    ASSERT_TRUE(watanabe);
    ASSERT_FALSE(watanabe->empty());
    for (const char* kanji : {"渡辺", "渡部", "渡邊", "渡邉"}) {
        EXPECT_TRUE(offers((*watanabe)[0], kanji)) << kanji;
    }
    // Issue 9 review: anthy has no 髙 for たか; a card may print 髙橋.
    auto takahashi = converter->convert("たかはし");
    ASSERT_TRUE(takahashi);
    ASSERT_FALSE(takahashi->empty());
    EXPECT_TRUE(offers((*takahashi)[0], "髙橋"));
}

TEST_F(KanaKanjiConverterTest, AnAddressComesBackInSegmentsThatCoverTheReading) {
    auto address = converter->convert("とうきょうとちよだくかすみがせき");
    ASSERT_TRUE(address);
    ASSERT_GE(address->size(), 2u);
    std::string readings;
    std::string best;
    for (const auto& segment : *address) {
        ASSERT_FALSE(segment.candidates.empty()) << segment.reading;
        readings += segment.reading;
        best += segment.candidates.front();
    }
    EXPECT_EQ(readings, "とうきょうとちよだくかすみがせき");
    EXPECT_NE(best.find("東京"), std::string::npos) << best;
    EXPECT_NE(best.find("千代田"), std::string::npos) << best;
}

TEST_F(KanaKanjiConverterTest, ConversionsAreIndependentOfEachOther) {
    ASSERT_TRUE(converter->convert("たかはし"));
    auto again = converter->convert("たかはし");
    ASSERT_TRUE(again);
    ASSERT_EQ(again->size(), 1u);
    EXPECT_TRUE(offers((*again)[0], "高橋"));
}
