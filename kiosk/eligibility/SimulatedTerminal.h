#pragma once
// The kiosk's default eligibility source when no terminal folder is
// configured: an OqsSimulator on its own thread over a fresh temporary folder,
// asked through the real file interface (OqsFolderSource). The demo panel
// lists the test people and "places" one person's card on the reader; a card
// check then carries that person's id as its ArbitraryIdentifier.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "EligibilitySource.h"
#include "OqsFolderSource.h"
#include "SimulatedPeople.h"

namespace kiosk {

class SimulatedTerminal : public EligibilitySource {
public:
    static EligibilityResultOr<std::unique_ptr<SimulatedTerminal>> start(
        std::vector<SimulatedPerson> people, OqsWatchSettings watch = {});
    // Stops the simulator and removes the temporary folder.
    ~SimulatedTerminal() override;
    SimulatedTerminal(const SimulatedTerminal&) = delete;
    SimulatedTerminal& operator=(const SimulatedTerminal&) = delete;

    const std::vector<SimulatedPerson>& people() const { return people_; }
    void placeCard(const std::string& personId);
    void removeCard();
    std::optional<std::string> placedCard() const;

    EligibilityResult check(const CheckRequest& request, std::stop_token stop) override;

    const std::filesystem::path& folder() const { return folder_; }

private:
    SimulatedTerminal(std::filesystem::path folder, std::vector<SimulatedPerson> people,
                      OqsWatchSettings watch);

    std::filesystem::path folder_;
    std::vector<SimulatedPerson> people_;
    OqsFolderSource source_;
    mutable std::mutex cardMutex_;
    std::optional<std::string> placedCard_;
    std::jthread simulator_;
};

}  // namespace kiosk
