#include "OqsSimCommand.h"

#include <csignal>
#include <iostream>
#include <memory>
#include <thread>

#include "eligibility/OqsSimulator.h"

namespace kiosk::app {

namespace {

struct OqsSimOptions {
    std::filesystem::path dir;
    std::filesystem::path people;
    bool once = false;
    int pollMs = 20;
    std::string placeCard;  // a person's id: answer as their reader would, then exit
    std::string readerId = "SIM-READER-1";
};

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int) {
    stopRequested = 1;
}

int runOqsSim(const OqsSimOptions& options) {
    auto people = loadSimulatedPeople(options.people);
    if (!people) {
        std::cerr << "kioskctl oqs-sim: " << people.error().message << "\n";
        return 2;
    }
    OqsSimulator simulator(options.dir, std::move(people).value(),
                           [](const std::string& line) { std::cout << line << std::endl; });
    if (auto prepared = simulator.prepareFolders(); !prepared) {
        std::cerr << "kioskctl oqs-sim: " << prepared.error().message << "\n";
        return 1;
    }
    if (!options.placeCard.empty()) {
        // One card on one reader: its answer (after the person's delay), nothing else.
        simulator.placeCard(options.placeCard, options.readerId, OqsSimulator::Clock::now());
        while (simulator.hasScheduledAnswers()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(options.pollMs));
            simulator.writeDue(OqsSimulator::Clock::now());
        }
        return 0;
    }
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    const auto interval = std::chrono::milliseconds(options.pollMs);
    // --once: the requests waiting now and their (possibly slow) answers, then exit.
    simulator.poll(OqsSimulator::Clock::now());
    while (!stopRequested && (!options.once || simulator.hasScheduledAnswers())) {
        std::this_thread::sleep_for(interval);
        simulator.poll(OqsSimulator::Clock::now());
    }
    return 0;
}

}  // namespace

void addOqsSimCommand(CLI::App& cli, int& exitCode) {
    auto options = std::make_shared<OqsSimOptions>();
    auto* sim = cli.add_subcommand(
        "oqs-sim", "Answer qualification-check requests in DIR like the terminal would");
    sim->add_option("--dir", options->dir, "Folder holding req/, res/ and face/")->required();
    sim->add_option("--people", options->people, "JSON file of test people and their scenario")
        ->required()
        ->check(CLI::ExistingFile);
    sim->add_flag("--once", options->once, "Answer the requests waiting now, then exit");
    auto* place = sim->add_option("--place-card", options->placeCard,
                                  "Place this person's card on a face reader: write its answer "
                                  "into DIR/face, then exit");
    sim->add_option("--reader-id", options->readerId,
                    "The reader's identifier in its answers (ArbitraryFileIdentifier)")
        ->capture_default_str()
        ->needs(place);
    sim->add_option("--poll-ms", options->pollMs, "How often to look for requests")
        ->capture_default_str()
        ->check(CLI::Range(1, 10'000));
    sim->callback([options, &exitCode] { exitCode = runOqsSim(*options); });
}

}  // namespace kiosk::app
