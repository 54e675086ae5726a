#include "CardCheckCommand.h"

#include <iostream>
#include <memory>

#include "core/RecordEnumNames.h"
#include "eligibility/OqsFolderSource.h"
#include "store/SqliteRecordStore.h"

namespace kiosk::app {

namespace {

struct CardCheckOptions {
    std::filesystem::path oqsDir;
    std::filesystem::path faceDir;
    std::string readerId;
    std::filesystem::path faceArchive;
    int count = 1;
    int timeoutMs = 30'000;
};

// One line per event, flushed at once (a test reads them as they come):
// "waiting", then "taken FILE OUTCOME" or "none REASON". Nothing personal.
int runCardChecks(const std::filesystem::path& dbPath, const CardCheckOptions& options) {
    auto memory = SqliteRecordStore::open(dbPath.string());
    if (!memory) {
        std::cerr << "kioskctl: " << memory.error().message << "\n";
        return 1;
    }
    OqsFolderSettings settings;
    settings.dir = options.oqsDir;
    settings.watch.timeout = std::chrono::milliseconds(options.timeoutMs);
    settings.face = {options.faceDir, options.readerId, options.faceArchive,
                     [] { std::cout << "waiting" << std::endl; },
                     [](const std::string& file) { std::cout << "taken " << file << " "; }};
    if (auto problem = faceAttributionProblem(options.oqsDir, settings.face); !problem.empty()) {
        std::cerr << "kioskctl: " << problem << "\n";
        return 2;
    }
    OqsFolderSource source(settings, std::move(*memory));
    for (int i = 0; i < options.count; ++i) {
        CheckRequest request;
        request.reference = CheckReference::Card;
        const auto result = source.check(request, {});
        if (result.failure && result.outcome == EligibilityOutcome::NoAnswer) {
            std::cout << "none " << enumName(result.failure->reason) << std::endl;
        } else {
            std::cout << enumName(result.outcome) << std::endl;
        }
    }
    return 0;
}

int listFaceAnswers(const std::filesystem::path& dbPath, bool taken) {
    auto store = SqliteRecordStore::open(dbPath.string());
    if (!store) {
        std::cerr << "kioskctl: " << store.error().message << "\n";
        return 1;
    }
    auto notes = (*store)->faceAnswers(taken ? FaceAnswerDisposition::Taken
                                             : FaceAnswerDisposition::Unattributed);
    if (!notes) {
        std::cerr << "kioskctl: " << notes.error().message << "\n";
        return 1;
    }
    for (const auto& note : *notes) {
        std::cout << formatUtc(note.notedAt) << "\t" << note.key.fileName << "\t"
                  << enumName(note.disposition) << "\t" << note.reason << "\n";
    }
    return 0;
}

}  // namespace

void addCardCheckCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode) {
    auto options = std::make_shared<CardCheckOptions>();
    auto* check = cli.add_subcommand(
        "card-check", "Wait for face-reader answers as the kiosk does, and say which was taken");
    check->add_option("--oqs-dir", options->oqsDir, "The terminal's shared folder")->required();
    check->add_option("--face-dir", options->faceDir,
                      "This reader's answer folder (default: OQS-DIR/face)");
    check->add_option("--reader-id", options->readerId,
                      "Take only answers whose ArbitraryFileIdentifier is this");
    check->add_option("--face-archive", options->faceArchive, "Move taken answers here");
    check->add_option("--count", options->count, "How many card checks, one after the other")
        ->capture_default_str()
        ->check(CLI::Range(1, 100'000));
    check->add_option("--timeout-ms", options->timeoutMs, "How long each check waits")
        ->capture_default_str()
        ->check(CLI::Range(1, 3'600'000));
    check->callback([options, &dbPath, &exitCode] { exitCode = runCardChecks(dbPath, *options); });
}

void addFaceAnswersCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode) {
    auto taken = std::make_shared<bool>(false);
    auto* list = cli.add_subcommand(
        "face-answers",
        "List face-reader answers no kiosk could attribute (time, file, disposition, reason)");
    list->add_flag("--taken", *taken, "List the answers this kiosk took instead");
    list->callback([taken, &dbPath, &exitCode] { exitCode = listFaceAnswers(dbPath, *taken); });
}

}  // namespace kiosk::app
