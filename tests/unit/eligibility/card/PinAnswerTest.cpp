#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <string>

#include "eligibility/card/PinAnswer.h"

namespace kiosk {
namespace {

constexpr const char* kStep = "VERIFY";
using Sws = std::initializer_list<std::uint16_t>;

// Real cards answer an empty VERIFY with 90 00 once the PIN is verified in
// their session: no error, no count, nothing to warn about.
TEST(PinTriesAnswer, OkMeansVerifiedAlready) {
    auto tries = pinTriesFromAnswer(0x9000, kStep);
    ASSERT_TRUE(tries) << tries.error().message;
    EXPECT_TRUE(tries->alreadyVerified());
    EXPECT_FALSE(tries->left.has_value());
    EXPECT_FALSE(tries->isLastTry());
}

TEST(PinTriesAnswer, CountsTheTriesLeft) {
    for (int left = 1; left <= 15; ++left) {
        const auto sw = static_cast<std::uint16_t>(0x63C0 | left);
        auto tries = pinTriesFromAnswer(sw, kStep);
        ASSERT_TRUE(tries) << left;
        EXPECT_EQ(tries->left, left);
        EXPECT_FALSE(tries->alreadyVerified());
        EXPECT_EQ(tries->isLastTry(), left == 1) << left;
    }
}

// 63 C0 (the try that locked it), 69 83 and 69 84 (every VERIFY after that).
TEST(PinTriesAnswer, NoTryLeftIsLocked) {
    for (std::uint16_t sw : Sws{0x63C0, 0x6983, 0x6984}) {
        auto tries = pinTriesFromAnswer(sw, kStep);
        ASSERT_FALSE(tries) << sw;
        EXPECT_EQ(tries.error().problem, CardProblem::PinLocked) << sw;
        EXPECT_EQ(tries.error().triesLeft, 0) << sw;
    }
}

TEST(PinTriesAnswer, AnythingElseIsABadAnswer) {
    for (std::uint16_t sw : Sws{0x6300, 0x63BF, 0x6982, 0x6A82, 0x6D00, 0x6F00}) {
        auto tries = pinTriesFromAnswer(sw, kStep);
        ASSERT_FALSE(tries) << sw;
        EXPECT_EQ(tries.error().problem, CardProblem::BadAnswer) << sw;
        EXPECT_FALSE(tries.error().triesLeft.has_value()) << sw;
    }
}

TEST(PinVerifiedAnswer, OkIsVerified) {
    EXPECT_TRUE(pinVerifiedFromAnswer(0x9000, kStep));
}

TEST(PinVerifiedAnswer, WrongPinCarriesTheTriesLeft) {
    struct Case {
        std::uint16_t sw;
        CardProblem problem;
        int left;
    };
    for (const auto& c :
         {Case{0x63C2, CardProblem::WrongPin, 2}, Case{0x63C1, CardProblem::WrongPinLastTry, 1},
          Case{0x63C0, CardProblem::PinLocked, 0}}) {
        auto verified = pinVerifiedFromAnswer(c.sw, kStep);
        ASSERT_FALSE(verified) << c.sw;
        EXPECT_EQ(verified.error().problem, c.problem) << c.sw;
        EXPECT_EQ(verified.error().triesLeft, c.left) << c.sw;
    }
}

// A locked card refuses even the right PIN with 69 84: locked, never
// "wrong PIN" with an unknown count, and the log says which answer it was.
TEST(PinVerifiedAnswer, LockedCardIsLockedWhateverThePin) {
    for (std::uint16_t sw : Sws{0x6983, 0x6984}) {
        auto verified = pinVerifiedFromAnswer(sw, kStep);
        ASSERT_FALSE(verified) << sw;
        EXPECT_EQ(verified.error().problem, CardProblem::PinLocked) << sw;
        EXPECT_EQ(verified.error().triesLeft, 0) << sw;
        EXPECT_NE(verified.error().message.find("locked"), std::string::npos);
        EXPECT_NE(verified.error().message.find(statusWordText(sw)), std::string::npos);
    }
}

TEST(PinVerifiedAnswer, CountlessRefusalIsABadAnswer) {
    for (std::uint16_t sw : Sws{0x6300, 0x6982, 0x6700}) {
        auto verified = pinVerifiedFromAnswer(sw, kStep);
        ASSERT_FALSE(verified) << sw;
        EXPECT_EQ(verified.error().problem, CardProblem::BadAnswer) << sw;
    }
}

TEST(PinAnswer, StatusWordIsWrittenAsTwoHexBytes) {
    EXPECT_EQ(statusWordText(0x6984), "status 69 84");
    EXPECT_EQ(statusWordText(0x63C0), "status 63 C0");
}

}  // namespace
}  // namespace kiosk
