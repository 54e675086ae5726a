#pragma once
// The kiosk's default eligibility source when no terminal folder is
// configured: an OqsSimulator on its own thread over a fresh temporary folder,
// asked through the real file interface (OqsFolderSource). The demo panel
// lists the test people and "places" one person's card on the simulated face
// reader, which answers in face/ by itself, as a real one does; a card check
// requests nothing and takes that answer.
#include <atomic>
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

class OqsSimulator;

class SimulatedTerminal : public EligibilitySource {
public:
    // The identifier the simulated reader puts in its answers.
    static constexpr const char* kReaderId = "SIM-READER-1";

    // `faceMemory`: where taken face answers are remembered (a store
    // connection of the terminal's own).
    static EligibilityResultOr<std::unique_ptr<SimulatedTerminal>> start(
        std::vector<SimulatedPerson> people, std::unique_ptr<RecordStore> faceMemory,
        OqsWatchSettings watch = {});
    // Stops the simulator and removes the temporary folder.
    ~SimulatedTerminal() override;
    SimulatedTerminal(const SimulatedTerminal&) = delete;
    SimulatedTerminal& operator=(const SimulatedTerminal&) = delete;

    const std::vector<SimulatedPerson>& people() const { return people_; }
    // The reader answers for the card once a card check waits for it: at
    // once when one does, else when the next one begins (a patient may lay
    // the card down a moment before the kiosk is ready).
    void placeCard(const std::string& personId);
    void removeCard();
    std::optional<std::string> placedCard() const;
    // A card check is waiting for the reader's answer.
    bool waitingForCard() const { return waiting_; }

    EligibilityResult check(const CheckRequest& request, std::stop_token stop) override;

    const std::filesystem::path& folder() const { return folder_; }

private:
    SimulatedTerminal(std::filesystem::path folder, std::vector<SimulatedPerson> people,
                      std::unique_ptr<OqsSimulator> simulator,
                      std::unique_ptr<RecordStore> faceMemory, OqsWatchSettings watch);
    void waitBegan();
    void answerPlacedCard();  // with cardMutex_ held

    std::filesystem::path folder_;
    std::vector<SimulatedPerson> people_;
    std::unique_ptr<OqsSimulator> simulator_;
    OqsFolderSource source_;
    mutable std::mutex cardMutex_;
    std::optional<std::string> placedCard_;
    bool answerPending_ = false;  // placed, not yet answered
    std::atomic<bool> waiting_{false};
    std::jthread simulatorThread_;
};

}  // namespace kiosk
