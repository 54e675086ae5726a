#include <gtest/gtest.h>

#include <set>
#include <string>

#include "eligibility/card/Apdu.h"
#include "eligibility/card/MyNumberCard.h"
#include "core/SecureWipe.h"

namespace kiosk {
namespace {

TEST(CardPin, OnlyFourAsciiDigitsAreSent) {
    struct Case {
        std::string pin;
        bool ok;
    };
    for (const auto& c : {Case{"1234", true}, Case{"0000", true}, Case{"123", false},
                          Case{"12345", false}, Case{"12a4", false}, Case{"", false},
                          Case{"１２３４", false}, Case{"12 4", false}, Case{"-123", false},
                          Case{std::string("12\0"
                                           "4",
                                           4),
                               false}}) {
        EXPECT_EQ(isWellFormedCardPin(c.pin), c.ok) << c.pin;
    }
}

TEST(CardPin, VerifyCommandCarriesThePinAsAscii) {
    const auto command = apdu::verify({'0', '4', '2', '9'});
    const std::array<std::uint8_t, 9> expected{0x00, 0x20, 0x00, 0x80, 0x04,
                                               0x30, 0x34, 0x32, 0x39};
    EXPECT_EQ(command, expected);
}

TEST(CardPin, SecureWipeZeroesAndEmpties) {
    std::string pin = "1234";
    const char* storage = pin.data();
    secureWipe(pin);
    EXPECT_TRUE(pin.empty());
    EXPECT_EQ(storage[0], '\0');  // same buffer: small strings stay in place
    EXPECT_EQ(storage[3], '\0');
}

TEST(CardApdu, CommandsAreTheOnesOfDomainSection8) {
    EXPECT_EQ(apdu::selectFile(CardFile::Pin),
              (std::vector<std::uint8_t>{0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x11}));
    EXPECT_EQ(apdu::selectFile(CardFile::BasicFour),
              (std::vector<std::uint8_t>{0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x02}));
    EXPECT_EQ(apdu::readBinary(0, 7), (std::vector<std::uint8_t>{0x00, 0xB0, 0x00, 0x00, 0x07}));
    EXPECT_EQ(apdu::readBinary(0x107, 256),
              (std::vector<std::uint8_t>{0x00, 0xB0, 0x01, 0x07, 0x00}));
}

TEST(CardError, EveryProblemHasItsOwnLogName) {
    std::set<std::string> names;
    for (int p = 0; p <= static_cast<int>(CardProblem::ReaderFailed); ++p) {
        names.insert(cardProblemName(static_cast<CardProblem>(p)));
    }
    EXPECT_EQ(names.size(), static_cast<std::size_t>(CardProblem::ReaderFailed) + 1);
    EXPECT_EQ(names.count("unknown"), 0u);
}

}  // namespace
}  // namespace kiosk
