#include <gtest/gtest.h>

#include <string>

#include "core/InsurerNumber.h"

using kiosk::InsurerNumber;
using kiosk::InsurerNumberRules;
using kiosk::NumberError;

namespace {

struct CheckDigitCase {
    const char* leading;
    int check;
};

TEST(InsurerNumber, CheckDigitAddsTheDigitsOfEachProduct) {
    const CheckDigitCase cases[] = {
        {"3312001", 5},  // DOMAIN.md example
        {"5401602", 7},  // 公費 54016027
        {"7777777", 9},  // so 77777779 is valid and 77777777 is not
        {"9999999", 7},  // so 99999999 is not valid
        {"5", 9},        // 5×2 = 10 → 1+0; adding the product itself would give 0
        {"13810", 7},    // 6-digit 国保: over the first 5
        {"0000000", 0},  // (10 − 0) mod 10
        {"", 0},        {"12a", -1}, {"１２", -1},  // full-width is the parser's job
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.leading);
        EXPECT_EQ(kiosk::insurerCheckDigit(c.leading), c.check);
    }
}

struct AcceptedCase {
    const char* text;
    InsurerNumber expected;
};

TEST(InsurerNumber, ParsesAndSplitsValidNumbers) {
    const AcceptedCase cases[] = {
        {"33120015", {"33120015", false, "33", "12"}},
        {" 33120015\t", {"33120015", false, "33", "12"}},
        {"　３３１２００１５　", {"33120015", false, "33", "12"}},  // full-width digits and spaces
        {"33１2００15", {"33120015", false, "33", "12"}},           // mixed widths
        {"138107", {"138107", true, "", "13"}},                     // 国保
        {"０１３１０２", {"013102", true, "", "01"}},               // 国保, prefecture 01
        {"06470017", {"06470017", false, "06", "47"}},              // prefecture 47
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto number = kiosk::parseInsurerNumber(c.text);
        ASSERT_TRUE(number.ok()) << number.error().reason;
        EXPECT_EQ(*number, c.expected);
    }
}

struct RejectedCase {
    const char* text;
    NumberError::Reason reason;
};

TEST(InsurerNumber, RejectsWithTheReason) {
    const RejectedCase cases[] = {
        {"", NumberError::Empty},
        {"  \t", NumberError::Empty},
        {"　", NumberError::Empty},
        {"3312-0015", NumberError::NotDigits},
        {"3312 0015", NumberError::NotDigits},
        {"33120O15", NumberError::NotDigits},         // letter O
        {"3312001Ａ", NumberError::NotDigits},        // full-width letter
        {"3312001\xEF\xBC", NumberError::NotDigits},  // truncated UTF-8
        {"3312001", NumberError::WrongLength},
        {"331200150", NumberError::WrongLength},
        {"1381", NumberError::WrongLength},
        {"33480013", NumberError::BadPrefecture},  // 48
        {"33000016", NumberError::BadPrefecture},  // 00
        {"488105", NumberError::BadPrefecture},    // 国保, 48
        {"33120016", NumberError::BadCheckDigit},
        {"33120014", NumberError::BadCheckDigit},
        {"138108", NumberError::BadCheckDigit},  // 国保
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto number = kiosk::parseInsurerNumber(c.text);
        ASSERT_FALSE(number.ok()) << number->digits;
        EXPECT_EQ(number.error().reason, c.reason);
    }
}

TEST(InsurerNumber, KokuhoCheckDigitCanBeSwitchedOffAlone) {
    const InsurerNumberRules lenient{false};
    const auto kokuho = kiosk::parseInsurerNumber("138108", lenient);
    ASSERT_TRUE(kokuho.ok());
    EXPECT_TRUE(kokuho->isKokuho);
    const auto eightDigits = kiosk::parseInsurerNumber("33120016", lenient);
    ASSERT_FALSE(eightDigits.ok());
    EXPECT_EQ(eightDigits.error().reason, NumberError::BadCheckDigit);
    const auto badPrefecture = kiosk::parseInsurerNumber("488105", lenient);
    ASSERT_FALSE(badPrefecture.ok());
    EXPECT_EQ(badPrefecture.error().reason, NumberError::BadPrefecture);
}

TEST(InsurerNumber, RecognisesOnlyTheTwoUnknownPlaceholders) {
    EXPECT_TRUE(kiosk::isUnknownInsurerPlaceholder("77777777"));
    EXPECT_TRUE(kiosk::isUnknownInsurerPlaceholder("77777779"));
    for (const char* other :
         {"99999999", "7777777", "777777777", "77777778", "", "７７７７７７７７"}) {
        SCOPED_TRACE(other);
        EXPECT_FALSE(kiosk::isUnknownInsurerPlaceholder(other));
    }
}

TEST(InsurerNumber, AcceptsUnknownPlaceholdersDespiteCheckDigitAndPrefecture) {
    ASSERT_NE(kiosk::insurerCheckDigit("7777777"), 7);  // 77777777 really fails it
    for (const char* text : {"77777777", "77777779", "　７７７７７７７７ "}) {
        SCOPED_TRACE(text);
        const auto number = kiosk::parseInsurerNumber(text);
        ASSERT_TRUE(number.ok()) << number.error().reason;
        EXPECT_TRUE(kiosk::isUnknownInsurerPlaceholder(number->digits));
        EXPECT_FALSE(number->isKokuho);
    }
}

TEST(InsurerNumber, DisasterNumberIsNotTakenForUnknown) {
    const auto number = kiosk::parseInsurerNumber("99999999");
    ASSERT_FALSE(number.ok());
    EXPECT_EQ(number.error().reason, NumberError::BadPrefecture);
    EXPECT_FALSE(kiosk::isUnknownInsurerPlaceholder("99999999"));
}

TEST(InsurerNumber, ParsesPublicExpenseNumbers) {
    EXPECT_EQ(kiosk::parsePublicExpenseNumber("54016027").value(), "54016027");
    EXPECT_EQ(kiosk::parsePublicExpenseNumber(" ５４０１６０２７　").value(), "54016027");
    const RejectedCase cases[] = {
        {"", NumberError::Empty},
        {"5401602x", NumberError::NotDigits},
        {"5401602", NumberError::WrongLength},
        {"540160", NumberError::WrongLength},  // no 6-digit form
        {"54016028", NumberError::BadCheckDigit},
        {"77777777", NumberError::BadCheckDigit},  // 不詳 is for insurers only
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto number = kiosk::parsePublicExpenseNumber(c.text);
        ASSERT_FALSE(number.ok()) << *number;
        EXPECT_EQ(number.error().reason, c.reason);
    }
}

}  // namespace

// A request carries 8 characters; the card prints a 国保 number as 6 digits.
TEST(InsurerNumber, KokuhoNumbersAreZeroPaddedForRequestsAndBackForPeople) {
    EXPECT_EQ(kiosk::insurerNumberInRequest("131011"), "00131011");
    EXPECT_EQ(kiosk::insurerNumberInRequest("06139998"), "06139998");
    EXPECT_EQ(kiosk::insurerNumberInRequest("13101a"), "13101a") << "not a number: left alone";
    EXPECT_EQ(kiosk::insurerNumberAsPrinted("00131011"), "131011");
    EXPECT_EQ(kiosk::insurerNumberAsPrinted("06139998"), "06139998");
    EXPECT_EQ(kiosk::insurerNumberAsPrinted("131011"), "131011");
}
