#pragma once
// The qualification-check terminal's file interface (DOMAIN.md §7): a
// 保険証情報 check writes one request file in <dir>/req and reads its answer
// from <dir>/res; a card check writes nothing and waits for the face reader's
// answer (FaceReaderWatcher).
#include <atomic>
#include <filesystem>
#include <memory>

#include "EligibilitySource.h"
#include "FaceReaderWatcher.h"
#include "OqsRequestFile.h"
#include "OqsResultWatcher.h"
#include "TerminalErrorCodes.h"

namespace kiosk {

struct OqsFolderSettings {
    std::filesystem::path dir;  // holds req/, res/, face/
    OqsRequestSettings request;
    OqsWatchSettings watch;
    TerminalErrorCodes errorCodes = TerminalErrorCodes::defaults();
    FaceReaderSettings face;  // face.faceDir empty: <dir>/face
};

class OqsFolderSource : public EligibilitySource {
public:
    // `faceMemory`: a store connection of the source's own, where taken face
    // answers are remembered (FaceReaderWatcher).
    OqsFolderSource(OqsFolderSettings settings, std::unique_ptr<RecordStore> faceMemory);

    // A folder that cannot be written is NoAnswer (terminal or share down);
    // a request nobody answered is removed again at the time-out, so that a
    // terminal coming back does not answer a patient who has gone.
    EligibilityResult check(const CheckRequest& request, std::stop_token stop) override;

    const OqsFolderSettings& settings() const { return settings_; }

private:
    std::string nextRequestId();

    OqsFolderSettings settings_;
    std::atomic<unsigned> counter_{0};
    FaceReaderWatcher face_;
};

}  // namespace kiosk
