#pragma once
// Waits for the terminal's answer to one request: <dir>/res/<request name with
// req → res>. A request the terminal failed comes back to <dir>/res/ under
// its own name beside an .err file (OqsErrorFile.h): that ends the wait at
// once as a TerminalError. (Card checks wait for the face reader:
// FaceReaderWatcher.)
//
// Polls rather than using inotify: the terminal's folder is often a network
// share, where inotify sees nothing. A file counts only when
// - it is not older than the request (yesterday's leftovers are ignored),
// - its size and time stamp held still across two looks (not still being
//   written).
// A settled file that does not parse may be a slow writer pausing: it is
// reported as malformed only once it has stayed unchanged for `malformedAfter`.
#include <chrono>
#include <filesystem>
#include <stop_token>
#include <string>

#include "EligibilityResult.h"
#include "TerminalErrorCodes.h"

namespace kiosk {

struct OqsWatchSettings {
    std::chrono::milliseconds timeout{30'000};
    std::chrono::milliseconds pollInterval{50};
    std::chrono::milliseconds malformedAfter{2'000};
    // How long a request returned to res/ waits for its .err before it counts
    // as rejected without one.
    std::chrono::milliseconds errorFileGrace{200};
};

struct PendingOqsRequest {
    std::filesystem::path oqsDir;
    std::string requestFileName;  // OQSsiquc01req_<id>.xml
    std::string arbitraryIdentifier;
    std::filesystem::file_time_type writtenAt;  // the request file's time stamp
};

// The answer (outcome and raw bytes), or a failed check: NoAnswer with reason
// TimedOut or Cancelled; TerminalError with the parse error and the bytes read.
// On an answer, the result file is removed: it was ours and is kept with the
// record through rawResponse.
EligibilityResult awaitOqsResult(const PendingOqsRequest& request, const OqsWatchSettings& settings,
                                 const TerminalErrorCodes& errorCodes, std::stop_token stop);

}  // namespace kiosk
