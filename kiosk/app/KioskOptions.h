#pragma once
// Command-line options of the kiosk binary (ARCHITECTURE.md contract).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/Language.h"
#include "core/Result.h"

namespace kiosk::app {

enum class KioskMode { Patient, Desk, Admin };

struct KioskOptions {
    std::filesystem::path dbPath;   // empty: the default in the user's data directory
    std::filesystem::path oqsDir;   // empty: the built-in terminal simulator
    std::string cardProblemCodes;   // terminal codes meaning 'card unusable'; empty: defaults
    std::string faceFailureCodes;   // terminal codes meaning 'face not recognised'; empty: defaults
    std::filesystem::path faceDir;  // this kiosk's face reader's answers; empty: <oqsDir>/face
    std::string institutionCode;    // 医療機関コード, in every request's header
    std::string readerId;           // the ArbitraryFileIdentifier of this kiosk's reader's answers
    std::filesystem::path faceArchive;  // empty: taken face answers stay where they are
    std::filesystem::path dataDir;      // where fonts/, assets/, templates/ are
    std::string kioskName;              // in its staff calls; empty: the host name
    int staffCallWaitSeconds = 300;     // how long an open staff call keeps the screen
    // The desk (--mode desk): log-off after so many idle minutes, the lock
    // after five wrong passwords, and how long a record whose claim work is
    // finished is kept before the daily purge deletes it.
    int deskIdleMinutes = 5;
    int loginLockMinutes = 15;
    int keepDaysAfterClaimWork = 90;
    KioskMode mode = KioskMode::Patient;
    Language language = Language::Japanese;
    bool largeText = false;     // the clinic's default; each patient may change it
    bool highContrast = false;  // the same
    bool fullscreen = false;
    int width = 1280;
    int height = 800;
    std::filesystem::path screenshot;  // tests: write the first settled frame here
    std::filesystem::path touchMap;    // tests: where every tappable target is, as JSON
};

struct OptionsError {
    int exitCode = 2;  // 0 for --help
    std::string message;
};

Result<KioskOptions, OptionsError> parseKioskOptions(const std::vector<std::string>& args);

}  // namespace kiosk::app
