#include "OqsResultWatcher.h"

#include <condition_variable>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "OqsErrorFile.h"
#include "OqsRequestFile.h"
#include "OqsResultParser.h"

namespace kiosk {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view facePrefix = "OQSsiquc01res_face_";

struct Look {
    std::uintmax_t size = 0;
    fs::file_time_type modified;
    bool operator==(const Look&) const = default;
};

std::optional<Look> lookAt(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    Look look{fs::file_size(path, ec), {}};
    if (ec) return std::nullopt;
    look.modified = fs::last_write_time(path, ec);
    if (ec) return std::nullopt;
    return look;
}

std::optional<std::vector<std::uint8_t>> readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in),
                                     std::istreambuf_iterator<char>());
}

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
        if (auto result = consider(resultPath_, false, now)) return result;
        if (!request_.acceptFaceResults) return std::nullopt;
        std::error_code ec;
        for (fs::directory_iterator it(request_.oqsDir / "face", ec), end; !ec && it != end;
             it.increment(ec)) {
            const auto name = it->path().filename().string();
            if (!name.starts_with(facePrefix) || !name.ends_with(".xml")) continue;
            if (ignoredFaceNames_.contains(name)) continue;
            if (auto result = consider(it->path(), true, now)) return result;
        }
        return std::nullopt;
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
        if (auto err = lookAt(errorPath_); err && err->modified >= request_.writtenAt) {
            const bool settled = lastErrorLook_ == err;
            lastErrorLook_ = err;
            if (!settled) return std::nullopt;
            auto raw = readAll(errorPath_);
            if (!raw) return std::nullopt;
            removeReturnedFiles();
            return oqsErrorFileResult(std::move(*raw));
        }
        if (!lookAt(returnedPath_)) return std::nullopt;
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

    std::optional<EligibilityResult> consider(const fs::path& path, bool face,
                                              Clock::time_point now) {
        const auto look = lookAt(path);
        if (!look) return std::nullopt;
        if (look->modified < request_.writtenAt) {
            if (face) ignoredFaceNames_.insert(path.filename().string());
            return std::nullopt;
        }
        auto& candidate = candidates_[path.string()];
        const bool settled = candidate.last == look;
        candidate.last = look;
        if (!settled) return std::nullopt;
        if (candidate.failedLook == look) {
            if (now - candidate.failedAt < settings_.malformedAfter) return std::nullopt;
            return failedCheck(EligibilityOutcome::TerminalError, *candidate.failure,
                               std::move(candidate.raw));
        }
        auto raw = readAll(path);
        if (!raw) return std::nullopt;  // gone between the look and the read
        auto parsed = parseOqsResult(*raw, codes_);
        if (!parsed) {
            candidate.failedLook = look;
            candidate.failedAt = now;
            candidate.failure = parsed.error();
            candidate.raw = std::move(*raw);
            return std::nullopt;
        }
        const auto& echoed = parsed->arbitraryIdentifier;
        if (face && !echoed.empty() && echoed != request_.arbitraryIdentifier) {
            ignoredFaceNames_.insert(path.filename().string());
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
    std::unordered_set<std::string> ignoredFaceNames_;
};

}  // namespace

EligibilityResult awaitOqsResult(const PendingOqsRequest& request, const OqsWatchSettings& settings,
                                 const TerminalErrorCodes& errorCodes, std::stop_token stop) {
    Watch watch(request, settings, errorCodes);
    const auto deadline = Clock::now() + settings.timeout;
    std::mutex mutex;
    std::condition_variable_any wake;
    while (true) {
        if (stop.stop_requested()) {
            return failedCheck(EligibilityOutcome::NoAnswer,
                               {EligibilityError::Cancelled, "check cancelled"});
        }
        const auto now = Clock::now();
        if (auto result = watch.step(now)) return std::move(*result);
        if (now >= deadline) {
            if (auto unparsed = watch.unparsedAnswer()) return std::move(*unparsed);
            return failedCheck(
                EligibilityOutcome::NoAnswer,
                {EligibilityError::TimedOut, "no answer from the terminal within " +
                                                 std::to_string(settings.timeout.count()) +
                                                 " ms (" + watch.resultPath().string() + ")"});
        }
        std::unique_lock lock(mutex);
        wake.wait_for(lock, stop, settings.pollInterval, [] { return false; });
    }
}

}  // namespace kiosk
