// kioskctl: the kiosk's libraries without a window, for staff and scripts.
#include <CLI/CLI.hpp>

#include "CardCheckCommand.h"
#include "DataPaths.h"
#include "FormCommand.h"
#include "OqsSimCommand.h"
#include "PdfCommand.h"
#include "PurgeCommand.h"
#include "RecordsCommand.h"
#include "StaffCallsCommand.h"
#include "StaffCommand.h"

int main(int argc, char** argv) {
    CLI::App cli{"Check-in kiosk: command-line tools"};
    cli.require_subcommand(1);
    std::filesystem::path dbPath = kiosk::app::defaultDatabasePath();
    cli.add_option("--db", dbPath, "SQLite record file")->capture_default_str();
    int exitCode = 0;
    kiosk::app::addRecordsCommand(cli, dbPath, exitCode);
    kiosk::app::addFormCommand(cli, exitCode);
    kiosk::app::addFormPdfCommand(*cli.get_subcommand("form"), exitCode);
    kiosk::app::addOqsSimCommand(cli, exitCode);
    kiosk::app::addCardCheckCommand(cli, dbPath, exitCode);
    kiosk::app::addFaceAnswersCommand(cli, dbPath, exitCode);
    kiosk::app::addStaffCallsCommand(cli, dbPath, exitCode);
    kiosk::app::addStaffCommand(cli, dbPath, exitCode);
    kiosk::app::addPurgeCommand(cli, dbPath, exitCode);
    CLI11_PARSE(cli, argc, argv);
    return exitCode;
}
