// The card cases of issue 4 against a real pcscd and a virtual card.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "CardTestFixture.h"

namespace kiosk {
namespace {

using test::CardTest;
using test::kVirtualReader;

constexpr const char* kVerifyCommand = "00200080";
// VERIFY with a PIN: header, Lc and four bytes, as hex.
constexpr std::size_t kVerifyWithPinHex = 18;

class MyNumberCardRead : public CardTest {
protected:
    // The kiosk's order: open, show the tries left, verify, read.
    CardResult<CardFaceData> readWithPin(const std::string& pin) {
        auto card = MyNumberCard::open(pcsc(), kVirtualReader);
        if (!card) return fail(card.error());
        if (auto tries = card->pinTries(); !tries) return fail(tries.error());
        if (auto verified = card->verifyPin(pin); !verified) return fail(verified.error());
        return card->readFace();
    }
};

class ProtocolRead : public MyNumberCardRead, public ::testing::WithParamInterface<const char*> {};

TEST_P(ProtocolRead, ReadsTheBasicFourItemsWithTheRightPin) {
    insertCard(
        {"--protocol", GetParam(), "--name", "渡邊　花子", "--sex", "2", "--birth", "19560401"});
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card) << card.error().message;
    EXPECT_EQ(card->protocol(), std::string(GetParam()) == "t0" ? 0 : 1);
    ASSERT_TRUE(card->verifyPin("1234"));
    auto face = card->readFace();
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "渡邊　花子");
    EXPECT_EQ(face->address, "東京都千代田区霞が関一丁目2番2号");
    EXPECT_EQ(face->birthDate, CivilDate::make(1956, 4, 1));
    EXPECT_EQ(face->sex, Sex::Female);
}

INSTANTIATE_TEST_SUITE_P(T0AndT1, ProtocolRead, ::testing::Values("t0", "t1"));

TEST_F(MyNumberCardRead, ReadsAFileLongerThanOneReadBinary) {
    const std::string address = "北海道札幌市中央区北一条西二丁目" + std::string(300, '1');
    insertCard({"--address", address});
    auto face = readWithPin("1234");
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->address, address);
    EXPECT_GE(sent("00B0"), 3u);  // header, then the rest in 255-byte pieces
}

TEST_F(MyNumberCardRead, FollowsT0MoreDataAnswers) {
    insertCard({"--protocol", "t0", "--chained"});
    auto face = readWithPin("1234");
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "山田 太郎");
    EXPECT_GE(sent("00C00000"), 2u);  // GET RESPONSE after every 61 xx
}

TEST_F(MyNumberCardRead, ResendsWithTheLengthTheCardAsksFor) {
    insertCard({"--protocol", "t0", "--le-correction"});
    auto face = readWithPin("1234");
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "山田 太郎");
    EXPECT_GE(sent("00B0", 10), 1u);
    EXPECT_GE(card().apdus().size(), 7u);
}

TEST_F(MyNumberCardRead, NeverSelectsOrReadsTheMyNumberFile) {
    insertCard();
    ASSERT_TRUE(readWithPin("1234"));
    EXPECT_EQ(sent("00A4020C020001"), 0u);
    EXPECT_EQ(sent("00A4020C020002"), 1u);
}

TEST_F(MyNumberCardRead, TriesLeftAreKnownBeforeVerifyingAndCostNothing) {
    insertCard({"--tries", "3"});
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card) << card.error().message;
    for (int i = 0; i < 3; ++i) {
        auto tries = card->pinTries();
        ASSERT_TRUE(tries) << tries.error().message;
        EXPECT_EQ(tries->left, 3);
        EXPECT_FALSE(tries->isLastTry());
    }
    EXPECT_EQ(sent(kVerifyCommand, kVerifyWithPinHex), 0u);
}

TEST_F(MyNumberCardRead, LastTryIsAnnouncedBeforeThePinIsAsked) {
    insertCard({"--tries", "1"});
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card);
    auto tries = card->pinTries();
    ASSERT_TRUE(tries) << tries.error().message;
    EXPECT_EQ(tries->left, 1);
    EXPECT_TRUE(tries->isLastTry());
}

struct WrongPinCase {
    const char* triesBefore;
    CardProblem problem;
    int triesLeft;
};

class WrongPin : public MyNumberCardRead, public ::testing::WithParamInterface<WrongPinCase> {};

TEST_P(WrongPin, SaysWhatIsLeftAndIsNeverRetried) {
    insertCard({"--pin", "4321", "--tries", GetParam().triesBefore});
    auto face = readWithPin("1234");
    ASSERT_FALSE(face);
    EXPECT_EQ(face.error().problem, GetParam().problem) << face.error().message;
    EXPECT_EQ(face.error().triesLeft, GetParam().triesLeft);
    EXPECT_EQ(sent(kVerifyCommand, kVerifyWithPinHex), 1u);
    EXPECT_EQ(sent("00B0"), 0u);
}

// Two tries left, the last one left (its own outcome: warn before it), locked.
INSTANTIATE_TEST_SUITE_P(TriesBefore, WrongPin,
                         ::testing::Values(WrongPinCase{"3", CardProblem::WrongPin, 2},
                                           WrongPinCase{"2", CardProblem::WrongPinLastTry, 1},
                                           WrongPinCase{"1", CardProblem::PinLocked, 0}));

TEST_F(MyNumberCardRead, LockedCardIsKnownBeforeAnyPinIsSent) {
    insertCard({"--tries", "0"});
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card);
    auto tries = card->pinTries();
    ASSERT_FALSE(tries);
    EXPECT_EQ(tries.error().problem, CardProblem::PinLocked);
    EXPECT_EQ(sent(kVerifyCommand, kVerifyWithPinHex), 0u);
}

// Real cards answer 63 C0 to the try that locks, then 69 84 to every VERIFY.
TEST_F(MyNumberCardRead, ThirdWrongPinLocksAndTheCardStaysLocked) {
    insertCard({"--pin", "4321", "--tries", "3"});
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card);
    for (const auto& [problem, left] :
         {std::pair{CardProblem::WrongPin, 2}, std::pair{CardProblem::WrongPinLastTry, 1},
          std::pair{CardProblem::PinLocked, 0}}) {
        auto verified = card->verifyPin("1234");
        ASSERT_FALSE(verified);
        EXPECT_EQ(verified.error().problem, problem) << verified.error().message;
        EXPECT_EQ(verified.error().triesLeft, left);
    }
    auto tries = card->pinTries();
    ASSERT_FALSE(tries);
    EXPECT_EQ(tries.error().problem, CardProblem::PinLocked) << tries.error().message;
    EXPECT_EQ(tries.error().triesLeft, 0);
    // Even the right PIN: locked, never "wrong PIN".
    auto verified = card->verifyPin("4321");
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().problem, CardProblem::PinLocked) << verified.error().message;
    EXPECT_EQ(verified.error().triesLeft, 0);
    EXPECT_NE(verified.error().message.find("69 84"), std::string::npos)
        << verified.error().message;
    EXPECT_FALSE(card->readFace());
}

// An empty VERIFY answers 90 00 once the PIN is verified in the card's
// session: that is no error, and the face can be read without another PIN.
TEST_F(MyNumberCardRead, PinVerifiedEarlierInTheSessionIsNoError) {
    insertCard({"--tries", "2"});
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card);
    ASSERT_TRUE(card->verifyPin("1234"));
    auto tries = card->pinTries();
    ASSERT_TRUE(tries) << tries.error().message;
    EXPECT_TRUE(tries->alreadyVerified());
    EXPECT_FALSE(tries->isLastTry());
    auto face = card->readFace();
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "山田 太郎");
    EXPECT_EQ(sent(kVerifyCommand, kVerifyWithPinHex), 1u);
}

// 氏名 with U+3000 between family and given name, 住所 with full-width digits
// and hyphen, as printed on the card: read byte for byte.
TEST_F(MyNumberCardRead, KeepsIdeographicSpaceAndFullWidthDigits) {
    insertCard({"--name", "髙橋　一郎", "--address", "東京都千代田区千代田１－１"});
    auto face = readWithPin("1234");
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "髙橋　一郎");
    EXPECT_EQ(face->address, "東京都千代田区千代田１－１");
}

TEST_F(MyNumberCardRead, MalformedPinsAreNeverSent) {
    insertCard();
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card);
    for (const char* pin : {"123", "12345", "12a4", "", "１２３４"}) {
        auto verified = card->verifyPin(pin);
        ASSERT_FALSE(verified) << pin;
        EXPECT_EQ(verified.error().problem, CardProblem::InvalidPinFormat) << pin;
    }
    EXPECT_EQ(sent(kVerifyCommand), 0u);
}

TEST_F(MyNumberCardRead, VerifiedPinDoesNotOutliveTheConnection) {
    insertCard();
    {
        auto card = MyNumberCard::open(pcsc(), kVirtualReader);
        ASSERT_TRUE(card);
        ASSERT_TRUE(card->verifyPin("1234"));
    }
    auto again = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(again) << again.error().message;
    auto face = again->readFace();
    ASSERT_FALSE(face);
    EXPECT_EQ(face.error().problem, CardProblem::BadAnswer);
}

TEST_F(MyNumberCardRead, CardWithoutTheApIsTheWrongCard) {
    insertCard({"--wrong-ap"});
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_FALSE(card);
    EXPECT_EQ(card.error().problem, CardProblem::WrongCard);
    EXPECT_EQ(sent(kVerifyCommand), 0u);
}

class GarbageAnswer : public MyNumberCardRead, public ::testing::WithParamInterface<const char*> {};

TEST_P(GarbageAnswer, IsABadAnswer) {
    insertCard({"--garbage-after", GetParam()});
    auto face = readWithPin("1234");
    ASSERT_FALSE(face);
    EXPECT_EQ(face.error().problem, CardProblem::BadAnswer) << face.error().message;
}

// After 0 APDUs: to SELECT AP; after 2: to the tries query; after 6: to the
// first READ BINARY.
INSTANTIATE_TEST_SUITE_P(AtEveryStep, GarbageAnswer, ::testing::Values("0", "2", "6"));

TEST_F(MyNumberCardRead, MalformedFileIsABadAnswerWithoutPersonalData) {
    // FF 20 { DF 21, DF 22 "秘密", DF 23 "x", DF 24 "19850230", DF 25 "1" }
    insertCard(
        {"--ef0002-hex", "FF201FDF2100DF2206E7A798E5AF86DF230178DF24083139383530323330DF250131"});
    auto face = readWithPin("1234");
    ASSERT_FALSE(face);
    EXPECT_EQ(face.error().problem, CardProblem::BadAnswer);
    EXPECT_NE(face.error().message.find("birth date"), std::string::npos) << face.error().message;
    EXPECT_EQ(face.error().message.find("秘密"), std::string::npos);
    EXPECT_EQ(face.error().message.find("1985"), std::string::npos);
}

TEST_F(MyNumberCardRead, FileClaimingMoreThanItHoldsIsABadAnswer) {
    insertCard({"--ef0002-hex", "FF2082FFF0DF2100"});
    auto face = readWithPin("1234");
    ASSERT_FALSE(face);
    EXPECT_EQ(face.error().problem, CardProblem::BadAnswer);
}

TEST_F(MyNumberCardRead, CardPulledOutDuringTheReadIsCardRemoved) {
    // The 7th APDU is the first READ BINARY.
    insertCard({"--vanish-after", "7"});
    auto face = readWithPin("1234");
    ASSERT_FALSE(face);
    EXPECT_EQ(face.error().problem, CardProblem::CardRemoved) << face.error().message;
}

TEST_F(MyNumberCardRead, CardPulledOutWhileThePinIsTypedIsCardRemoved) {
    insertCard();
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card);
    ASSERT_TRUE(card->pinTries());
    this->card().pull();
    auto verified = card->verifyPin("1234");
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().problem, CardProblem::CardRemoved) << verified.error().message;
}

TEST_F(MyNumberCardRead, ServiceStoppedDuringTheSessionIsServiceNotRunning) {
    insertCard();
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_TRUE(card);
    pcscd().stop();
    auto tries = card->pinTries();
    ASSERT_FALSE(tries);
    EXPECT_EQ(tries.error().problem, CardProblem::ServiceNotRunning) << tries.error().message;
}

TEST_F(MyNumberCardRead, EmptyReaderIsCardRemoved) {
    auto card = MyNumberCard::open(pcsc(), kVirtualReader);
    ASSERT_FALSE(card);
    EXPECT_EQ(card.error().problem, CardProblem::CardRemoved) << card.error().message;
}

TEST_F(MyNumberCardRead, ReaderThatIsNotThereIsReaderRemoved) {
    auto card = MyNumberCard::open(pcsc(), "Virtual PCD 00 07");
    ASSERT_FALSE(card);
    EXPECT_EQ(card.error().problem, CardProblem::ReaderRemoved) << card.error().message;
}

}  // namespace
}  // namespace kiosk
