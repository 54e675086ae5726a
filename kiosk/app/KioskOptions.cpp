#include "KioskOptions.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <map>

#include "DataPaths.h"
#include "core/HostName.h"
#include "eligibility/FaceReaderWatcher.h"

namespace kiosk::app {

Result<KioskOptions, OptionsError> parseKioskOptions(const std::vector<std::string>& args) {
    KioskOptions options;
    CLI::App cli{"Self-service check-in kiosk"};
    cli.name(args.empty() ? "kiosk" : args.front());
    std::string lang = "ja";
    bool simulate = false;
    cli.add_option("--db", options.dbPath, "SQLite record file (default: user data directory)");
    auto* oqs = cli.add_option("--oqs-dir", options.oqsDir,
                               "Folder shared with the qualification-check terminal");
    // Settings of the terminal's folder, meaningless without it.
    const auto folderOption = [&](const char* name, auto& target, const char* help) {
        cli.add_option(name, target, help)->needs(oqs);
    };
    folderOption("--card-problem-codes", options.cardProblemCodes,
                 "Terminal error codes (comma-separated) meaning the card is unusable");
    folderOption("--face-failure-codes", options.faceFailureCodes,
                 "Terminal error codes (comma-separated) meaning face recognition failed");
    folderOption("--face-dir", options.faceDir,
                 "This kiosk's face reader's answer folder (default: OQS-DIR/face)");
    folderOption("--reader-id", options.readerId,
                 "Take only face answers whose ArbitraryFileIdentifier is this");
    folderOption("--institution-code", options.institutionCode,
                 "医療機関コード (10 digits), sent in every request to the terminal");
    folderOption("--face-archive", options.faceArchive,
                 "Move taken face answers here (only where the kiosk is their sole reader)");
    cli.add_flag("--simulate", simulate, "Use the built-in terminal simulator (default)")
        ->excludes(oqs);
    cli.add_option("--mode", options.mode, "patient | desk | admin")
        ->transform(CLI::CheckedTransformer(
            std::map<std::string, KioskMode>{{"patient", KioskMode::Patient},
                                             {"desk", KioskMode::Desk},
                                             {"admin", KioskMode::Admin}},
            CLI::ignore_case));
    cli.add_option("--lang", lang, "ja | en")->check(CLI::IsMember({"ja", "en"}));
    cli.add_flag("--large-text", options.largeText,
                 "Start each patient with large text (a clinic of older patients)");
    cli.add_flag("--high-contrast", options.highContrast, "Start each patient with high contrast");
    cli.add_flag("--fullscreen", options.fullscreen, "Fill the screen");
    cli.add_option("--width", options.width, "Window width in pixels")
        ->check(CLI::Range(640, 7680));
    cli.add_option("--height", options.height, "Window height in pixels")
        ->check(CLI::Range(480, 4320));
    cli.add_option("--data-dir", options.dataDir, "Folder holding fonts/ and assets/")
        ->check(CLI::ExistingDirectory);
    cli.add_option("--kiosk-name", options.kioskName,
                   "This kiosk's name in its staff calls (default: the host name)");
    cli.add_option("--staff-call-wait-seconds", options.staffCallWaitSeconds,
                   "How long the screen stays as it is while a staff call is open")
        ->check(CLI::Range(60, 3600));
    cli.add_option("--desk-idle-minutes", options.deskIdleMinutes,
                   "Desk: log staff off after this many minutes without use")
        ->check(CLI::Range(1, 120));
    cli.add_option("--login-lock-minutes", options.loginLockMinutes,
                   "Desk: lock an account this long after five wrong passwords")
        ->check(CLI::Range(1, 1440));
    cli.add_option("--keep-days", options.keepDaysAfterClaimWork,
                   "Desk: days a record is kept once its claim work is finished")
        ->check(CLI::Range(0, 3650));
    cli.add_option("--screenshot", options.screenshot,
                   "Write the first settled frame as BMP (for tests)");
    cli.add_option("--touch-map", options.touchMap,
                   "Keep a JSON file of the tappable targets on screen (for tests)");

    std::vector<std::string> reversed(args.rbegin(), args.rend());
    if (!reversed.empty()) reversed.pop_back();  // program name
    try {
        cli.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        return fail(OptionsError{0, cli.help()});
    } catch (const CLI::ParseError& e) {
        return fail(OptionsError{2, e.what()});
    }
    if (!options.oqsDir.empty()) {
        auto problem =
            faceAttributionProblem(options.oqsDir, {options.faceDir, options.readerId, {}, {}, {}});
        if (!problem.empty()) return fail(OptionsError{2, "--oqs-dir: " + problem});
        // The terminal answers a request without it with an error (DOMAIN.md §7).
        const auto& code = options.institutionCode;
        if (code.size() != 10 || !std::all_of(code.begin(), code.end(), ::isdigit)) {
            return fail(OptionsError{2,
                                     "--oqs-dir needs --institution-code: the clinic's 10-digit "
                                     "医療機関コード, sent in every request"});
        }
    }
    options.language = languageFromCode(lang).value_or(Language::Japanese);
    if (options.dataDir.empty()) options.dataDir = defaultDataDir();
    if (options.dbPath.empty()) options.dbPath = defaultDatabasePath();
    if (options.kioskName.empty()) options.kioskName = hostName();
    return options;
}

}  // namespace kiosk::app
