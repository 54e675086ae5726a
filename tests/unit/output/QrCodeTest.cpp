#include <gtest/gtest.h>

#include "output/QrCode.h"

namespace kiosk {
namespace {

// The 7×7 finder pattern's dark outer ring and centre, at module (x, y).
bool finderAt(const QrMatrix& qr, int x, int y) {
    for (int i = 0; i < 7; ++i) {
        if (!qr.isDark(x + i, y) || !qr.isDark(x + i, y + 6) || !qr.isDark(x, y + i) ||
            !qr.isDark(x + 6, y + i)) {
            return false;
        }
    }
    return qr.isDark(x + 3, y + 3) && !qr.isDark(x + 1, y + 1);
}

TEST(QrCode, EncodesTheFormPayloadWithFinderPatternsInThreeCorners) {
    auto qr = encodeQr("KIOSKFORM:hihokensha-shikaku-moushitatesho:1:0123456789ABCDEF");
    ASSERT_TRUE(qr) << qr.error().message;
    EXPECT_EQ((qr->size - 21) % 4, 0);  // sizes of QR versions: 21 + 4(v−1)
    EXPECT_LE(qr->size, 41);            // version ≤ 6: modules stay printable in 20 mm
    EXPECT_TRUE(finderAt(*qr, 0, 0));
    EXPECT_TRUE(finderAt(*qr, qr->size - 7, 0));
    EXPECT_TRUE(finderAt(*qr, 0, qr->size - 7));
    EXPECT_FALSE(finderAt(*qr, qr->size - 7, qr->size - 7));
}

TEST(QrCode, LongerPayloadsNeedMoreModules) {
    auto shortCode = encodeQr("A");
    auto longCode = encodeQr(std::string(200, 'A'));
    ASSERT_TRUE(shortCode);
    ASSERT_TRUE(longCode);
    EXPECT_GT(longCode->size, shortCode->size);
}

}  // namespace
}  // namespace kiosk
