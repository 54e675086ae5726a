#include "PurgeCommand.h"

#include <iostream>
#include <memory>

#include "CommandActor.h"
#include "LocalDate.h"
#include "RecordFile.h"

namespace kiosk::app {

namespace {

struct PurgeOptions {
    bool dryRun = false;
    std::string today;  // ISO; empty: the local date
};

// One line per record: its id, and "would purge" on a dry run.
int purge(const std::filesystem::path& dbPath, const PurgeOptions& options) {
    CivilDate today = localToday();
    if (!options.today.empty()) {
        auto given = CivilDate::parse(options.today);
        if (!given) {
            std::cerr << "kioskctl: --today is a date, YYYY-MM-DD\n";
            return 2;
        }
        today = *given;
    }
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto ids = store->purgeDue(today, options.dryRun, commandActor());
    if (!ids) {
        std::cerr << "kioskctl: " << ids.error().message << "\n";
        return 1;
    }
    for (std::int64_t id : *ids) {
        std::cout << id << (options.dryRun ? "\twould purge" : "\tpurged") << "\n";
    }
    return 0;
}

}  // namespace

void addPurgeCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode) {
    auto options = std::make_shared<PurgeOptions>();
    auto* command = cli.add_subcommand(
        "purge", "Delete the closed records whose purge date has come, beyond recovery");
    command->add_flag("--dry-run", options->dryRun, "Only list what would be deleted");
    command->add_option("--today", options->today, "The date to purge for (default: today)");
    command->callback([options, &dbPath, &exitCode] { exitCode = purge(dbPath, *options); });
}

}  // namespace kiosk::app
