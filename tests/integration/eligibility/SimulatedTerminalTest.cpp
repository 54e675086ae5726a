// The kiosk's default source: the simulator in-process over a temporary
// folder, asked through the real file interface.
#include <gtest/gtest.h>

#include "eligibility/SimulatedTerminal.h"

namespace kiosk {
namespace {

std::unique_ptr<SimulatedTerminal> startTerminal() {
    auto people = loadSimulatedPeople(KIOSK_SOURCE_DIR "/assets/oqs/people.json");
    EXPECT_TRUE(people.ok());
    auto terminal = SimulatedTerminal::start(
        std::move(people).value(),
        {std::chrono::seconds(5), std::chrono::milliseconds(10), std::chrono::milliseconds(300)});
    EXPECT_TRUE(terminal.ok());
    return std::move(terminal).value();
}

TEST(SimulatedTerminalTest, PlacedCardDecidesTheOutcome) {
    auto terminal = startTerminal();
    EXPECT_FALSE(terminal->people().empty());
    terminal->placeCard("demo-lost");
    EXPECT_EQ(terminal->placedCard(), "demo-lost");
    auto lost = terminal->check(CheckRequest{}, {});
    EXPECT_EQ(lost.outcome, EligibilityOutcome::Lost);
    terminal->placeCard("demo-valid");
    EXPECT_EQ(terminal->check(CheckRequest{}, {}).outcome, EligibilityOutcome::Valid);
}

TEST(SimulatedTerminalTest, NoCardPlacedIsNotRegistered) {
    auto terminal = startTerminal();
    terminal->removeCard();
    EXPECT_EQ(terminal->check(CheckRequest{}, {}).outcome, EligibilityOutcome::NotRegistered);
}

TEST(SimulatedTerminalTest, RemovesItsTemporaryFolder) {
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
