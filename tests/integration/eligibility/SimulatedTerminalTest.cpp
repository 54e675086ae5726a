// The kiosk's default source: the simulator in-process over a temporary
// folder, asked through the real file interface. A placed demo card is
// answered by the simulated face reader by itself; nothing is requested.
#include <gtest/gtest.h>

#include <thread>

#include "eligibility/SimulatedTerminal.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;

class SimulatedTerminalTest : public testing::Test {
protected:
    std::unique_ptr<SimulatedTerminal> startTerminal(std::chrono::milliseconds timeout = 5s) {
        auto people = loadSimulatedPeople(KIOSK_SOURCE_DIR "/assets/oqs/people.json");
        EXPECT_TRUE(people.ok());
        auto memory = SqliteRecordStore::open(dir_.file("kiosk.db"));
        EXPECT_TRUE(memory.ok());
        auto terminal = SimulatedTerminal::start(std::move(people).value(),
                                                 std::move(memory).value(), {timeout, 10ms, 300ms});
        EXPECT_TRUE(terminal.ok());
        return std::move(terminal).value();
    }

    static CheckRequest card() {
        CheckRequest request;
        request.reference = CheckReference::Card;
        return request;
    }

    test::TempDir dir_;
};

TEST_F(SimulatedTerminalTest, PlacedCardDecidesTheOutcome) {
    auto terminal = startTerminal();
    EXPECT_FALSE(terminal->people().empty());
    terminal->placeCard("demo-lost");
    EXPECT_EQ(terminal->placedCard(), "demo-lost");
    EXPECT_EQ(terminal->check(card(), {}).outcome, EligibilityOutcome::Lost);
    terminal->placeCard("demo-valid");
    EXPECT_EQ(terminal->check(card(), {}).outcome, EligibilityOutcome::Valid);
    EXPECT_TRUE(std::filesystem::is_empty(terminal->folder() / "req")) << "nothing requested";
    EXPECT_FALSE(std::filesystem::is_empty(terminal->folder() / "face"))
        << "answers stay where the reader wrote them";
}

TEST_F(SimulatedTerminalTest, CardPlacedWhileTheCheckWaitsIsAnswered) {
    auto terminal = startTerminal();
    EligibilityResult result;
    std::jthread check([&] { result = terminal->check(card(), {}); });
    while (!terminal->waitingForCard()) std::this_thread::sleep_for(5ms);
    terminal->placeCard("demo-valid");
    check.join();
    EXPECT_EQ(result.outcome, EligibilityOutcome::Valid);
    EXPECT_FALSE(terminal->waitingForCard());
}

TEST_F(SimulatedTerminalTest, NoCardPlacedIsNoAnswer) {
    auto terminal = startTerminal(300ms);
    terminal->removeCard();
    EXPECT_EQ(terminal->check(card(), {}).outcome, EligibilityOutcome::NoAnswer);
}

TEST_F(SimulatedTerminalTest, RemovesItsTemporaryFolder) {
    std::filesystem::path folder;
    {
        auto terminal = startTerminal();
        folder = terminal->folder();
        EXPECT_TRUE(std::filesystem::exists(folder / "req"));
    }
    EXPECT_FALSE(std::filesystem::exists(folder));
}

}  // namespace
}  // namespace kiosk
