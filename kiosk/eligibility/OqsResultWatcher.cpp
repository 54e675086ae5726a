#include "OqsResultWatcher.h"

#include <optional>
#include <unordered_map>
#include <vector>

#include "AnswerPolling.h"
#include "FileLook.h"
#include "OqsErrorFile.h"
#include "OqsRequestFile.h"
#include "OqsResultParser.h"

namespace kiosk {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

using Look = FileLook;

// What is known about one candidate file between looks.
struct Candidate {
    std::optional<Look> last;
    std::optional<Look> failedLook;  // the look whose bytes did not parse
    Clock::time_point failedAt;
    std::optional<EligibilityError> failure;
    std::vector<std::uint8_t> raw;
};

class Watch {
public:
    Watch(const PendingOqsRequest& request, const OqsWatchSettings& settings,
          const TerminalErrorCodes& codes)
        : request_(request),
          settings_(settings),
          codes_(codes),
          resultPath_(request.oqsDir / "res" / oqsResultFileName(request.requestFileName)),
          returnedPath_(request.oqsDir / "res" / request.requestFileName),
          errorPath_(request.oqsDir / "res" / oqsErrorFileName(request.requestFileName)) {}

    // The final answer once there is one.
    std::optional<EligibilityResult> step(Clock::time_point now) {
        if (auto rejected = rejection(now)) return rejected;
        return consider(resultPath_, now);
    }

    // At the time-out: a file that never parsed says more than "no answer".
    std::optional<EligibilityResult> unparsedAnswer() {
        for (auto& [path, candidate] : candidates_) {
            if (candidate.failure) {
                return failedCheck(EligibilityOutcome::TerminalError, *candidate.failure,
                                   std::move(candidate.raw));
            }
        }
        return std::nullopt;
    }

    const fs::path& resultPath() const { return resultPath_; }

private:
    // The terminal's way of failing a request (OqsErrorFile.h): the request
    // moved to res/ beside an .err. The .err is taken once it has held still
    // for one look; a returned request alone ends the wait after
    // `errorFileGrace`, in case its .err is still on the way.
    std::optional<EligibilityResult> rejection(Clock::time_point now) {
        if (auto err = lookAtFile(errorPath_); err && err->modified >= request_.writtenAt) {
            const bool settled = lastErrorLook_ == err;
            lastErrorLook_ = err;
            if (!settled) return std::nullopt;
            auto raw = readWholeFile(errorPath_);
            if (!raw) return std::nullopt;
            removeReturnedFiles();
            return oqsErrorFileResult(std::move(*raw));
        }
        if (!lookAtFile(returnedPath_)) return std::nullopt;
        if (!returnedSeenAt_) returnedSeenAt_ = now;
        if (now - *returnedSeenAt_ < settings_.errorFileGrace) return std::nullopt;
        removeReturnedFiles();
        return oqsReturnedRequestResult(request_.requestFileName);
    }

    // Ours, like an answer: the .err's bytes travel on in rawResponse.
    void removeReturnedFiles() const {
        std::error_code ec;
        fs::remove(errorPath_, ec);
        fs::remove(returnedPath_, ec);
    }

    std::optional<EligibilityResult> consider(const fs::path& path, Clock::time_point now) {
        const auto look = lookAtFile(path);
        if (!look) return std::nullopt;
        if (look->modified < request_.writtenAt) return std::nullopt;
        auto& candidate = candidates_[path.string()];
        const bool settled = candidate.last == look;
        candidate.last = look;
        if (!settled) return std::nullopt;
        if (candidate.failedLook == look) {
            if (now - candidate.failedAt < settings_.malformedAfter) return std::nullopt;
            return failedCheck(EligibilityOutcome::TerminalError, *candidate.failure,
                               std::move(candidate.raw));
        }
        auto raw = readWholeFile(path);
        if (!raw) return std::nullopt;  // gone between the look and the read
        auto parsed = parseOqsResult(*raw, codes_);
        if (!parsed) {
            candidate.failedLook = look;
            candidate.failedAt = now;
            candidate.failure = parsed.error();
            candidate.raw = std::move(*raw);
            return std::nullopt;
        }
        std::error_code ec;
        fs::remove(path, ec);  // ours; its bytes travel on in rawResponse
        return std::move(parsed->result);
    }

    const PendingOqsRequest& request_;
    const OqsWatchSettings& settings_;
    const TerminalErrorCodes& codes_;
    const fs::path resultPath_;
    const fs::path returnedPath_;  // the request, moved to res/ by the terminal
    const fs::path errorPath_;     // its .err
    std::optional<Look> lastErrorLook_;
    std::optional<Clock::time_point> returnedSeenAt_;
    std::unordered_map<std::string, Candidate> candidates_;
};

}  // namespace

EligibilityResult awaitOqsResult(const PendingOqsRequest& request, const OqsWatchSettings& settings,
                                 const TerminalErrorCodes& errorCodes, std::stop_token stop) {
    Watch watch(request, settings, errorCodes);
    return pollForAnswer(
        settings, stop, [&](Clock::time_point now) { return watch.step(now); },
        [&] {
            if (auto unparsed = watch.unparsedAnswer()) return std::move(*unparsed);
            return failedCheck(
                EligibilityOutcome::NoAnswer,
                {EligibilityError::TimedOut, "no answer from the terminal within " +
                                                 std::to_string(settings.timeout.count()) +
                                                 " ms (" + watch.resultPath().string() + ")"});
        });
}

}  // namespace kiosk
