// Finding a reader and waiting for a card, against a real pcscd.
#include <gtest/gtest.h>

#include <thread>

#include "CardTestFixture.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using test::CardTest;
using test::kVirtualReader;
using test::PcscdProcess;
using test::VirtualCardProcess;

using CardWait = CardTest;

TEST_F(CardWait, ListsTheVirtualReaders) {
    auto readers = pcsc().readers();
    ASSERT_TRUE(readers) << readers.error().message;
    EXPECT_EQ(*readers, (std::vector<std::string>{"Virtual PCD 00 00", "Virtual PCD 00 01"}));
}

TEST_F(CardWait, ReturnsWhenACardArrives) {
    std::unique_ptr<VirtualCardProcess> card;
    std::thread insert([&] {
        std::this_thread::sleep_for(300ms);
        card = std::make_unique<VirtualCardProcess>(pcscd().cardPort());
    });
    const auto start = std::chrono::steady_clock::now();
    auto present = pcsc().waitForCard(kVirtualReader, 10s);
    insert.join();
    ASSERT_TRUE(present) << present.error().message;
    EXPECT_GE(std::chrono::steady_clock::now() - start, 300ms);
}

TEST_F(CardWait, GivesUpAfterItsTimeOut) {
    const auto start = std::chrono::steady_clock::now();
    auto present = pcsc().waitForCard(kVirtualReader, 400ms);
    const auto waited = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(present);
    EXPECT_EQ(present.error().problem, CardProblem::TimedOut);
    EXPECT_GE(waited, 400ms);
    EXPECT_LT(waited, 5s);
}

TEST_F(CardWait, StopsWhenCancelledFromAnotherThread) {
    std::thread canceller([&] {
        std::this_thread::sleep_for(300ms);
        pcsc().cancel();
    });
    const auto start = std::chrono::steady_clock::now();
    auto present = pcsc().waitForCard(kVirtualReader, 30s);
    canceller.join();
    ASSERT_FALSE(present);
    EXPECT_EQ(present.error().problem, CardProblem::Cancelled);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 10s);
}

TEST_F(CardWait, UnknownReaderIsReaderRemoved) {
    auto present = pcsc().waitForCard("Virtual PCD 00 07", 2s);
    ASSERT_FALSE(present);
    EXPECT_EQ(present.error().problem, CardProblem::ReaderRemoved) << present.error().message;
}

class NoReaders : public CardTest {
protected:
    NoReaders() : CardTest(PcscdProcess::Readers::None) {}
};

TEST_F(NoReaders, ServiceWithoutReadersIsNoReader) {
    auto readers = pcsc().readers();
    ASSERT_FALSE(readers);
    EXPECT_EQ(readers.error().problem, CardProblem::NoReader);
}

TEST(PcscService, NotRunningIsServiceNotRunning) {
    PcscdProcess pcscd;  // points the client library at our socket, then goes away
    pcscd.stop();
    auto pcsc = PcscContext::establish();
    ASSERT_FALSE(pcsc);
    EXPECT_EQ(pcsc.error().problem, CardProblem::ServiceNotRunning) << pcsc.error().message;
}

}  // namespace
}  // namespace kiosk
