#include "OqsFolderSource.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace kiosk {

namespace {

OqsFolderSettings withFaceDir(OqsFolderSettings settings) {
    if (settings.face.faceDir.empty()) settings.face.faceDir = settings.dir / "face";
    return settings;
}

}  // namespace

OqsFolderSource::OqsFolderSource(OqsFolderSettings settings,
                                 std::unique_ptr<RecordStore> faceMemory)
    : settings_(withFaceDir(std::move(settings))), face_(settings_.face, std::move(faceMemory)) {}

// Unique across kiosks sharing one folder and across restarts: local time to
// the millisecond, the process id and a counter.
std::string OqsFolderSource::nextRequestId() {
    const auto now = std::chrono::system_clock::now();
    const auto seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
        1000;
    std::tm local{};
    localtime_r(&seconds, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d%H%M%S", &local);
    char id[96];
    std::snprintf(id, sizeof id, "%s%03d_%d_%u", stamp, static_cast<int>(millis),
                  static_cast<int>(::getpid()), counter_.fetch_add(1));
    return id;
}

EligibilityResult OqsFolderSource::check(const CheckRequest& request, std::stop_token stop) {
    // Card checks are not requested: a stray request may make the terminal
    // answer with an error (DOMAIN.md §7).
    if (request.reference == CheckReference::Card) {
        OqsWatchSettings watch = settings_.watch;
        if (request.waitUntilCancelled) watch.timeout = std::chrono::hours(24);
        return face_.await(watch, settings_.errorCodes, stop);
    }
    // A quick terminal may take the request before its time stamp is read:
    // then the clock before writing stands in, less a second for file systems
    // that keep coarse time stamps (the answer's name is this request's alone).
    const auto beforeWriting =
        std::filesystem::file_time_type::clock::now() - std::chrono::seconds(1);
    auto written = writeOqsRequest(settings_.dir, nextRequestId(), request, settings_.request);
    if (!written) return failedCheck(EligibilityOutcome::NoAnswer, written.error());
    std::error_code ec;
    auto writtenAt = std::filesystem::last_write_time(*written, ec);
    if (ec) writtenAt = beforeWriting;
    PendingOqsRequest pending{settings_.dir, written->filename().string(),
                              request.arbitraryIdentifier, writtenAt};
    auto result = awaitOqsResult(pending, settings_.watch, settings_.errorCodes, stop);
    if (result.failure) std::filesystem::remove(*written, ec);
    return result;
}

}  // namespace kiosk
