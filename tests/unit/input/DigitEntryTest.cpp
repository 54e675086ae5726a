#include <gtest/gtest.h>

#include "input/DigitEntry.h"

using kiosk::input::applyDigitKey;
using kiosk::input::DigitEntry;
using kiosk::input::DigitKey;

namespace {
DigitKey digit(char c) {
    return DigitKey{DigitKey::Digit, c};
}
}  // namespace

TEST(DigitEntry, DigitsStopAtTheMaximumLength) {
    DigitEntry postal{"", 7, false};
    for (char c : std::string("10000131")) applyDigitKey(postal, digit(c));
    EXPECT_EQ(postal.text, "1000013");
    EXPECT_FALSE(applyDigitKey(postal, digit('9')));
}

TEST(DigitEntry, HyphenOnlyWhereAllowedAndNeverFirstOrDoubled) {
    DigitEntry insurer{"06", 8, false};
    EXPECT_FALSE(applyDigitKey(insurer, DigitKey{DigitKey::Hyphen}));
    DigitEntry phone{"", 13, true};
    EXPECT_FALSE(applyDigitKey(phone, DigitKey{DigitKey::Hyphen}));
    applyDigitKey(phone, digit('0'));
    EXPECT_TRUE(applyDigitKey(phone, DigitKey{DigitKey::Hyphen}));
    EXPECT_FALSE(applyDigitKey(phone, DigitKey{DigitKey::Hyphen}));
    EXPECT_EQ(phone.text, "0-");
}

TEST(DigitEntry, BackspaceAndClearReportWhetherThereWasAnythingToDelete) {
    DigitEntry entry{"12", 0, false};
    EXPECT_TRUE(applyDigitKey(entry, DigitKey{DigitKey::Backspace}));
    EXPECT_EQ(entry.text, "1");
    EXPECT_TRUE(applyDigitKey(entry, DigitKey{DigitKey::Clear}));
    EXPECT_EQ(entry.text, "");
    EXPECT_FALSE(applyDigitKey(entry, DigitKey{DigitKey::Backspace}));
    EXPECT_FALSE(applyDigitKey(entry, DigitKey{DigitKey::Clear}));
}

TEST(DigitEntry, PadHasEveryDigitOnceAndTheHyphenOnlyForPhones) {
    for (bool withHyphen : {false, true}) {
        std::string digits;
        int hyphens = 0;
        for (const auto& row : kiosk::input::numericPadRows(withHyphen)) {
            for (const auto& key : row) {
                if (key.kind == DigitKey::Digit) digits.push_back(key.digit);
                if (key.kind == DigitKey::Hyphen) ++hyphens;
            }
        }
        std::sort(digits.begin(), digits.end());
        EXPECT_EQ(digits, "0123456789");
        EXPECT_EQ(hyphens, withHyphen ? 1 : 0);
        // Three rows: a fourth fell below a 1366×768 screen under the question.
        EXPECT_EQ(kiosk::input::numericPadRows(withHyphen).size(), 3u);
    }
}
