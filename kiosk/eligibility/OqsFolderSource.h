#pragma once
// The qualification-check terminal's file interface (DOMAIN.md §7): one
// request file per check in <dir>/req, the answer from <dir>/res or <dir>/face.
#include <atomic>
#include <filesystem>

#include "EligibilitySource.h"
#include "OqsRequestFile.h"
#include "OqsResultWatcher.h"
#include "TerminalErrorCodes.h"

namespace kiosk {

struct OqsFolderSettings {
    std::filesystem::path dir;  // holds req/, res/, face/
    OqsRequestSettings request;
    OqsWatchSettings watch;
    TerminalErrorCodes errorCodes = TerminalErrorCodes::defaults();
};

class OqsFolderSource : public EligibilitySource {
public:
    explicit OqsFolderSource(OqsFolderSettings settings);

    // A folder that cannot be written is NoAnswer (terminal or share down);
    // a request nobody answered is removed again at the time-out, so that a
    // terminal coming back does not answer a patient who has gone.
    EligibilityResult check(const CheckRequest& request, std::stop_token stop) override;

    const OqsFolderSettings& settings() const { return settings_; }

private:
    std::string nextRequestId();

    OqsFolderSettings settings_;
    std::atomic<unsigned> counter_{0};
};

}  // namespace kiosk
