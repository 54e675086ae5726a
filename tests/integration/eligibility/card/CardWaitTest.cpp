// Finding a reader and waiting for a card, against a real pcscd.
#include <gtest/gtest.h>

#include <atomic>
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

// No wall-clock bounds here (timed assertions fail on a busy machine): the
// tests assert what made a wait return. Their time-outs only guard against
// hangs.

TEST_F(CardWait, ReturnsWhenACardArrives) {
    std::unique_ptr<VirtualCardProcess> card;
    std::atomic<bool> inserting = false;
    std::thread insert([&] {
        std::this_thread::sleep_for(300ms);  // lets the wait begin first; not measured
        inserting = true;
        card = std::make_unique<VirtualCardProcess>(pcscd().cardPort());
    });
    auto present = pcsc().waitForCard(kVirtualReader, 30s);
    const bool insertedBeforeReturn = inserting;
    insert.join();
    ASSERT_TRUE(present) << present.error().message;
    EXPECT_TRUE(insertedBeforeReturn) << "the wait returned before a card was inserted";
}

TEST_F(CardWait, GivesUpAfterItsTimeOut) {
    auto present = pcsc().waitForCard(kVirtualReader, 400ms);
    ASSERT_FALSE(present);
    EXPECT_EQ(present.error().problem, CardProblem::TimedOut) << present.error().message;
}

TEST_F(CardWait, StopsWhenCancelledFromAnotherThread) {
    std::atomic<bool> cancelled = false;
    std::atomic<bool> returned = false;
    std::thread canceller([&] {
        // Cancelling before the wait has begun has no effect: repeat until
        // it returns, however late it starts.
        while (!returned) {
            cancelled = true;
            pcsc().cancel();
            std::this_thread::sleep_for(50ms);
        }
    });
    auto present = pcsc().waitForCard(kVirtualReader, 30s);
    const bool cancelledBeforeReturn = cancelled;
    returned = true;
    canceller.join();
    ASSERT_FALSE(present);
    EXPECT_EQ(present.error().problem, CardProblem::Cancelled) << present.error().message;
    EXPECT_TRUE(cancelledBeforeReturn);
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
