#include "SimulatedTerminal.h"

#include <stdlib.h>

#include "OqsSimulator.h"

namespace kiosk {

namespace {

constexpr std::chrono::milliseconds simulatorInterval{20};

}  // namespace

EligibilityResultOr<std::unique_ptr<SimulatedTerminal>> SimulatedTerminal::start(
    std::vector<SimulatedPerson> people, OqsWatchSettings watch) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "kiosk-oqs-sim-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        return fail(EligibilityError{EligibilityError::Io,
                                     pattern + ": cannot create the simulator's folder"});
    }
    auto simulator = std::make_unique<OqsSimulator>(pattern, people);
    auto prepared = simulator->prepareFolders();
    if (!prepared) return fail(prepared.error());
    std::unique_ptr<SimulatedTerminal> terminal(
        new SimulatedTerminal(pattern, std::move(people), watch));
    terminal->simulator_ = std::jthread(
        [sim = std::move(simulator)](std::stop_token stop) { sim->run(stop, simulatorInterval); });
    return terminal;
}

SimulatedTerminal::SimulatedTerminal(std::filesystem::path folder,
                                     std::vector<SimulatedPerson> people, OqsWatchSettings watch)
    : folder_(std::move(folder)),
      people_(std::move(people)),
      source_(OqsFolderSettings{
          folder_, {"0000000000", OqsCharset::ShiftJis}, watch, TerminalErrorCodes::defaults()}) {}

SimulatedTerminal::~SimulatedTerminal() {
    simulator_.request_stop();
    if (simulator_.joinable()) simulator_.join();
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
}

void SimulatedTerminal::placeCard(const std::string& personId) {
    std::lock_guard lock(cardMutex_);
    placedCard_ = personId;
}

void SimulatedTerminal::removeCard() {
    std::lock_guard lock(cardMutex_);
    placedCard_.reset();
}

std::optional<std::string> SimulatedTerminal::placedCard() const {
    std::lock_guard lock(cardMutex_);
    return placedCard_;
}

EligibilityResult SimulatedTerminal::check(const CheckRequest& request, std::stop_token stop) {
    CheckRequest sent = request;
    if (sent.reference == CheckReference::Card)
        sent.arbitraryIdentifier = placedCard().value_or("");
    return source_.check(sent, stop);
}

}  // namespace kiosk
