#include <gtest/gtest.h>

#include "core/PhoneNumber.h"

using kiosk::normalizePhoneNumber;
using Reason = kiosk::PhoneNumberError::Reason;

TEST(PhoneNumber, AcceptsTheWaysPeopleWriteNumbers) {
    struct Case {
        const char* input;
        const char* digits;
    } cases[] = {
        {"090-1234-5678", "09012345678"},
        {"09012345678", "09012345678"},
        {"03(1234)5678", "0312345678"},
        {"０３－１２３４－５６７８", "0312345678"},
        {"０９０　１２３４　５６７８", "09012345678"},
        {"0120‐123‐456", "0120123456"},
        {"050−1234−5678", "05012345678"},
        {"0800-123-4567", "08001234567"},
        {"0980-12-3456", "0980123456"},
    };
    for (const auto& c : cases) {
        auto result = normalizePhoneNumber(c.input);
        ASSERT_TRUE(result) << c.input;
        EXPECT_EQ(*result, c.digits) << c.input;
    }
}

TEST(PhoneNumber, RejectsWhatCannotBeAJapanesePhoneNumber) {
    struct Case {
        const char* input;
        Reason reason;
    } cases[] = {
        {"", Reason::Empty},
        {"---", Reason::Empty},
        {"1234567890", Reason::NoLeadingZero},
        {"090-1234-567", Reason::WrongLength},
        {"090-1234-56789", Reason::WrongLength},
        {"03-1234-56789", Reason::WrongLength},
        {"0120-123-4567", Reason::WrongLength},
        {"090-1234-567a", Reason::NotDigits},
        {"090\t1234\t5678", Reason::NotDigits},
        {"\xff\xfe", Reason::NotDigits},
    };
    for (const auto& c : cases) {
        auto result = normalizePhoneNumber(c.input);
        ASSERT_FALSE(result) << c.input;
        EXPECT_EQ(result.error().reason, c.reason) << c.input;
    }
}
