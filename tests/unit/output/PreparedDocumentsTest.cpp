#include <gtest/gtest.h>

#include "output/PreparedDocuments.h"

namespace {

const std::filesystem::path kFont = KIOSK_SOURCE_DIR "/fonts/ipaexg.ttf";

}  // namespace

TEST(PreparedDocuments, EveryTakeIsAFreshUsableDocument) {
    kiosk::PreparedDocuments prepared(kFont);
    for (int i = 0; i < 3; ++i) {
        auto document = prepared.take();
        ASSERT_TRUE(document) << document.error().message;
        auto page = document->addPage();
        page.text(20, 20, 12, "山田太郎");
        auto bytes = document->finish();
        ASSERT_TRUE(bytes);
        EXPECT_GT(bytes->size(), 1000u);
    }
}

TEST(PreparedDocuments, AMissingFontIsAnErrorEveryTimeNotACrash) {
    kiosk::PreparedDocuments prepared("/nonexistent/font.ttf");
    for (int i = 0; i < 2; ++i) {
        auto document = prepared.take();
        ASSERT_FALSE(document);
        EXPECT_EQ(document.error().reason, kiosk::PdfError::Reason::FontUnreadable);
    }
}

TEST(PreparedDocuments, SettingsUseThemOnlyForTheSameFont) {
    kiosk::PdfSettings settings{kFont};
    EXPECT_TRUE(kiosk::newDocument(settings)) << "no prepared documents: loaded on demand";
    settings.prepared = std::make_shared<kiosk::PreparedDocuments>("/nonexistent/font.ttf");
    EXPECT_TRUE(kiosk::newDocument(settings)) << "prepared for another font: not used";
    settings.fontFile = "/nonexistent/font.ttf";
    EXPECT_FALSE(kiosk::newDocument(settings));
}
