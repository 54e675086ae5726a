#include "SimulatedTerminal.h"

#include <stdlib.h>

#include "OqsSimulator.h"

namespace kiosk {

namespace {

constexpr std::chrono::milliseconds simulatorInterval{20};

}  // namespace

EligibilityResultOr<std::unique_ptr<SimulatedTerminal>> SimulatedTerminal::start(
    std::vector<SimulatedPerson> people, std::unique_ptr<RecordStore> faceMemory,
    OqsWatchSettings watch) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "kiosk-oqs-sim-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        return fail(EligibilityError{EligibilityError::Io,
                                     pattern + ": cannot create the simulator's folder"});
    }
    auto simulator = std::make_unique<OqsSimulator>(pattern, people);
    auto prepared = simulator->prepareFolders();
    if (!prepared) return fail(prepared.error());
    std::unique_ptr<SimulatedTerminal> terminal(new SimulatedTerminal(
        pattern, std::move(people), std::move(simulator), std::move(faceMemory), watch));
    terminal->simulatorThread_ =
        std::jthread([sim = terminal->simulator_.get()](std::stop_token stop) {
            sim->run(stop, simulatorInterval);
        });
    return terminal;
}

// The folder is the simulator's alone: no reader identifier is needed to
// tell its answers apart (FaceReaderWatcher), though they carry one.
SimulatedTerminal::SimulatedTerminal(std::filesystem::path folder,
                                     std::vector<SimulatedPerson> people,
                                     std::unique_ptr<OqsSimulator> simulator,
                                     std::unique_ptr<RecordStore> faceMemory,
                                     OqsWatchSettings watch)
    : folder_(std::move(folder)),
      people_(std::move(people)),
      simulator_(std::move(simulator)),
      source_(OqsFolderSettings{folder_,
                                {"0000000000", OqsCharset::ShiftJis},
                                watch,
                                TerminalErrorCodes::defaults(),
                                {{}, {}, {}, [this] { waitBegan(); }, {}}},
              std::move(faceMemory)) {}

SimulatedTerminal::~SimulatedTerminal() {
    simulatorThread_.request_stop();
    if (simulatorThread_.joinable()) simulatorThread_.join();
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
}

void SimulatedTerminal::placeCard(const std::string& personId) {
    std::lock_guard lock(cardMutex_);
    placedCard_ = personId;
    answerPending_ = true;
    if (waiting_) answerPlacedCard();
}

void SimulatedTerminal::removeCard() {
    std::lock_guard lock(cardMutex_);
    placedCard_.reset();
    answerPending_ = false;
}

std::optional<std::string> SimulatedTerminal::placedCard() const {
    std::lock_guard lock(cardMutex_);
    return placedCard_;
}

void SimulatedTerminal::waitBegan() {
    std::lock_guard lock(cardMutex_);
    waiting_ = true;
    answerPlacedCard();
}

void SimulatedTerminal::answerPlacedCard() {
    if (!placedCard_ || !answerPending_) return;
    answerPending_ = false;
    simulator_->placeCard(*placedCard_, kReaderId, OqsSimulator::Clock::now());
}

EligibilityResult SimulatedTerminal::check(const CheckRequest& request, std::stop_token stop) {
    auto result = source_.check(request, stop);
    waiting_ = false;
    return result;
}

}  // namespace kiosk
