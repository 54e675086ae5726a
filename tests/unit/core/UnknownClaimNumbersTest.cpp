#include <gtest/gtest.h>

#include "core/InsurerNumber.h"
#include "core/UnknownClaimNumbers.h"

using kiosk::ClaimNumbers;
using kiosk::UnknownClaimPolicy;

namespace {

TEST(UnknownClaimNumbers, DefaultsToSevensEightDigitsEach) {
    EXPECT_EQ(kiosk::unknownClaimNumbers(), (ClaimNumbers{"77777777", "77777777", "77777777"}));
}

TEST(UnknownClaimNumbers, UsesTheAlternativeWhereTheReceiptComputerRejectsTheFirst) {
    const UnknownClaimPolicy policy{true};
    EXPECT_EQ(kiosk::unknownClaimNumbers(policy),
              (ClaimNumbers{"77777779", "77777777", "77777777"}));
}

struct LengthCase {
    int symbolLength;
    int numberLength;
    const char* symbol;
    const char* number;
};

TEST(UnknownClaimNumbers, FillsSymbolAndNumberToTheConfiguredLengths) {
    const LengthCase cases[] = {
        {4, 10, "7777", "7777777777"},
        {1, 1, "7", "7"},
        {0, 3, "", "777"},
        {-2, -1, "", ""},  // nonsense configuration gives nothing, not a crash
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.symbol);
        const auto numbers = kiosk::unknownClaimNumbers({false, c.symbolLength, c.numberLength});
        EXPECT_EQ(numbers.symbol, c.symbol);
        EXPECT_EQ(numbers.number, c.number);
        EXPECT_EQ(numbers.insurerNumber, "77777777");
    }
}

TEST(UnknownClaimNumbers, InsurerNumberIsAlwaysAPlaceholderNeverTheDisasterNumber) {
    for (bool rejects : {false, true}) {
        SCOPED_TRACE(rejects);
        const auto numbers = kiosk::unknownClaimNumbers({rejects, 8, 8});
        EXPECT_NE(numbers.insurerNumber, "99999999");
        EXPECT_TRUE(kiosk::isUnknownInsurerPlaceholder(numbers.insurerNumber));
        EXPECT_TRUE(kiosk::parseInsurerNumber(numbers.insurerNumber).ok());
    }
}

}  // namespace
