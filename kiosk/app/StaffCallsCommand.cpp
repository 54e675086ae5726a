#include "StaffCallsCommand.h"

#include <iostream>
#include <memory>

#include "RecordFile.h"

namespace kiosk::app {

namespace {

// One line per call, oldest first: id, called at, kiosk, reason, and for an
// ended call when and how.
int listStaffCalls(const std::filesystem::path& dbPath, bool all) {
    auto store = openRecordFile(dbPath);
    if (!store) return 1;
    auto calls = store->staffCalls(!all);
    if (!calls) {
        std::cerr << "kioskctl: " << calls.error().message << "\n";
        return 1;
    }
    for (const auto& call : *calls) {
        std::cout << call.id << "\t" << formatUtc(call.calledAt) << "\t" << call.kioskName << "\t"
                  << enumName(call.reason);
        if (call.endedAt && call.end) {
            std::cout << "\t" << formatUtc(*call.endedAt) << "\t" << enumName(*call.end);
        } else {
            std::cout << "\topen";
        }
        std::cout << "\n";
    }
    return 0;
}

}  // namespace

void addStaffCallsCommand(CLI::App& cli, const std::filesystem::path& dbPath, int& exitCode) {
    auto all = std::make_shared<bool>(false);
    auto* list = cli.add_subcommand(
        "staff-calls", "List the open calls for staff (id, time, kiosk, reason), oldest first");
    list->add_flag("--all", *all, "Also the calls that have ended, with when and how");
    list->callback([all, &dbPath, &exitCode] { exitCode = listStaffCalls(dbPath, *all); });
}

}  // namespace kiosk::app
