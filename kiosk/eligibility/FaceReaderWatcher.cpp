#include "FaceReaderWatcher.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "AnswerPolling.h"
#include "FaceAnswerFile.h"
#include "FileLook.h"
#include "OqsResultParser.h"
#include "core/HostName.h"

namespace kiosk {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kActor = "kiosk";
constexpr const char* kNoIdentifier = "no reader identifier in the answer";
constexpr const char* kSeveralWaiting =
    "several kiosks wait for this reader's answers: give each kiosk its own reader id";
constexpr const char* kNoKioskWaiting = "no kiosk waits for this reader's answers";

// Claims are refreshed every kHeartbeat; one older than kClaimFresh belongs
// to a kiosk that stopped without ending it, and is dropped after kClaimDropped.
constexpr auto kHeartbeat = std::chrono::seconds(2);
constexpr auto kClaimFresh = std::chrono::seconds(10);
constexpr auto kClaimDropped = std::chrono::minutes(1);

// The names of the face folder's answers now; nullopt when the folder cannot
// be listed (share down). Names only: the folder is never emptied, and
// looking at every file on every look would cost a stat per answer ever.
std::optional<std::vector<std::string>> listAnswerNames(const fs::path& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) return std::nullopt;
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) return std::nullopt;
        auto name = it->path().filename().string();
        if (isFaceAnswerFileName(name)) names.push_back(std::move(name));
    }
    return names;
}

// Moves a taken answer out of the folder, for sites where the kiosk is its
// only reader. Never overwrites: a name already archived gets a suffix.
void archive(const fs::path& file, const fs::path& archiveDir) {
    std::error_code ec;
    fs::create_directories(archiveDir, ec);
    auto target = archiveDir / file.filename();
    for (int n = 1; fs::exists(target, ec); ++n) {
        target = archiveDir / (file.stem().string() + "_" + std::to_string(n) + ".xml");
    }
    fs::rename(file, target, ec);
    if (!ec) return;
    // Another file system: copy, then remove the original once the copy is whole.
    if (fs::copy_file(file, target, ec) && !ec) fs::remove(file, ec);
}

// One answer seen settled in one look, read and judged.
struct Seen {
    std::string name;
    FaceAnswerKey key;
    std::string readerId;
    std::optional<ParsedOqsResult> parsed;  // nullopt: does not parse
    EligibilityError parseError{EligibilityError::Malformed, ""};
    std::vector<std::uint8_t> raw;
};

// This host and process, so staff can tell which kiosks claimed one reader.
std::string waitOwner() {
    return hostName() + " pid " + std::to_string(::getpid());
}

// False for a claim left by a process of this host that has ended (a kiosk
// restarted after a crash must not see its own dead wait as a second kiosk);
// claims of other hosts count until their heartbeat is old.
bool claimIsLive(const FaceWaitClaim& claim) {
    static const std::string prefix = [] {
        const std::string own = waitOwner();
        return own.substr(0, own.rfind(' ') + 1);  // "host pid "
    }();
    if (!claim.owner.starts_with(prefix)) return true;
    const auto pid = std::strtol(claim.owner.c_str() + prefix.size(), nullptr, 10);
    return pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
}

// One wait: what was there when it began, and what has been judged since.
// While it lasts, the wait is claimed in the store (FaceWaitClaim.h) so that
// kiosks sharing the store see each other.
class FaceWait {
public:
    FaceWait(const FaceReaderSettings& settings, RecordStore& memory, const OqsWatchSettings& watch,
             const TerminalErrorCodes& codes)
        : settings_(settings),
          memory_(memory),
          watch_(watch),
          codes_(codes),
          faceDir_(fs::absolute(settings.faceDir).lexically_normal().string()) {}

    ~FaceWait() {
        if (claimId_) (void)memory_.endFaceWait(*claimId_);
    }
    FaceWait(const FaceWait&) = delete;
    FaceWait& operator=(const FaceWait&) = delete;

    // Claims the wait, then notes the folder's answers: those are not the
    // patient's (a reader names each answer anew; a file rewritten under an
    // old name is not looked at). Claimed first, so that every answer not
    // in the snapshot appeared while other kiosks could see this wait.
    // False while the folder cannot be listed or the store is unwritable
    // (failure_).
    bool takeSnapshot(Clock::time_point now) {
        if (!claimId_) {
            auto claimed = memory_.beginFaceWait({0, faceDir_, settings_.readerId, waitOwner(), {}},
                                                 utcNow() - kClaimDropped);
            if (!claimed) {
                storeFailed("this kiosk's wait cannot be noted", claimed.error());
                return false;
            }
            claimId_ = *claimed;
            lastHeartbeat_ = now;
        }
        auto names = listAnswerNames(settings_.faceDir);
        if (!names) return false;
        before_.insert(names->begin(), names->end());
        return true;
    }

    std::optional<EligibilityResult> failure() const { return failure_; }

    // The final answer once there is one.
    std::optional<EligibilityResult> step(Clock::time_point now) {
        if (now - lastHeartbeat_ >= kHeartbeat) {
            (void)memory_.keepFaceWait(*claimId_);  // a missed beat only ages the claim
            lastHeartbeat_ = now;
        }
        auto names = listAnswerNames(settings_.faceDir);
        if (!names) return std::nullopt;
        std::vector<Seen> ours;
        std::optional<std::vector<FaceWaitClaim>> waits;  // read once a new answer needs them
        for (const auto& name : *names) {
            if (before_.contains(name)) continue;
            const auto look = lookAtFile(settings_.faceDir / name);
            if (!look) continue;
            if (auto it = judged_.find(name); it != judged_.end() && it->second == *look) continue;
            auto& last = lastLook_[name];
            const bool settled = last == *look;
            last = *look;
            if (!settled) continue;
            auto seen = read(name, *look, now);
            if (failure_) return failure_;  // the store failed
            if (!seen) continue;
            if (!waits) {
                auto fresh = memory_.faceWaits(faceDir_, utcNow() - kClaimFresh);
                if (!fresh) return storeFailed("the kiosks waiting cannot be read", fresh.error());
                waits = std::move(*fresh);
            }
            switch (judge(*seen, *waits)) {
                case Verdict::Ours:
                    ours.push_back(std::move(*seen));
                    break;
                case Verdict::NotOurs:
                    break;
                case Verdict::SeveralWaiting:
                    if (!note(*seen, kSeveralWaiting)) return failure_;
                    break;
                case Verdict::NoneWaiting:
                    if (!note(*seen, seen->readerId.empty() ? kNoIdentifier : kNoKioskWaiting))
                        return failure_;
                    break;
            }
        }
        if (ours.empty()) return std::nullopt;
        if (settings_.readerId.empty() && ours.size() > 1) {
            // Two patients' answers at once in this kiosk's reader's own
            // folder: which one is this patient's cannot be told. (Each
            // answer's identifier may be new, as in the public answer, so
            // identifiers tell nothing here.)
            for (const auto& seen : ours) {
                if (!note(seen, "several answers at once; no reader identifier configured"))
                    return failure_;
            }
            return std::nullopt;
        }
        return take(ours.front());
    }

private:
    enum class Verdict { Ours, NotOurs, SeveralWaiting, NoneWaiting };

    // The settled file's bytes and key; nullopt when there is nothing to
    // judge (gone, dealt with before, unparsable but maybe still being
    // written, or the store failed: failure_).
    std::optional<Seen> read(const std::string& name, const FileLook& look, Clock::time_point now) {
        const auto path = settings_.faceDir / name;
        auto raw = readWholeFile(path);
        if (!raw) return std::nullopt;
        Seen seen{name, faceAnswerKey(name, look.modified, *raw), "", {}, {}, std::move(*raw)};
        seen.readerId = faceReaderIdentifier(seen.raw);
        if (auto parsed = parseOqsResult(seen.raw, codes_)) {
            seen.parsed = std::move(parsed).value();
        } else {
            // A file that does not parse may be a slow writer pausing: judged
            // only once it has stayed unchanged for malformedAfter.
            auto [firstFailed, inserted] = failedSince_.try_emplace(name, look, now);
            if (!inserted && !(firstFailed->second.first == look))
                firstFailed->second = {look, now};
            if (now - firstFailed->second.second < watch_.malformedAfter) return std::nullopt;
            seen.parseError = parsed.error();
        }
        auto noted = memory_.faceAnswerNoted(seen.key);
        if (!noted) {
            storeFailed("face answers taken before cannot be read", noted.error());
            return std::nullopt;
        }
        if (*noted) {
            judged_[name] = look;
            return std::nullopt;
        }
        return seen;
    }

    Verdict judge(const Seen& seen, const std::vector<FaceWaitClaim>& waits) {
        // A wait claims the answers of its reader; a wait without a reader
        // identifier claims every answer of its folder.
        std::size_t claimants = 0;
        bool mine = false;
        for (const auto& wait : waits) {
            if (!wait.readerId.empty() && wait.readerId != seen.readerId) continue;
            if (!claimIsLive(wait)) continue;
            ++claimants;
            mine = mine || wait.id == *claimId_;
        }
        if (mine && claimants == 1) return Verdict::Ours;
        if (mine) return Verdict::SeveralWaiting;
        if (claimants > 0) {
            judged_[seen.name] = lastLook_[seen.name];
            return Verdict::NotOurs;  // another kiosk's reader: left for it
        }
        return Verdict::NoneWaiting;
    }

    // Notes `seen` as unattributed; false when the store failed.
    bool note(const Seen& seen, const std::string& reason) {
        judged_[seen.name] = lastLook_[seen.name];
        auto noted =
            memory_.noteFaceAnswer(seen.key, FaceAnswerDisposition::Unattributed, reason, kActor);
        if (noted) return true;
        storeFailed("an unattributed face answer cannot be noted", noted.error());
        return false;
    }

    std::optional<EligibilityResult> take(Seen& seen) {
        judged_[seen.name] = lastLook_[seen.name];
        auto noted = memory_.noteFaceAnswer(seen.key, FaceAnswerDisposition::Taken, "", kActor);
        if (!noted) return storeFailed("a taken face answer cannot be noted", noted.error());
        if (!*noted) return std::nullopt;  // another connection took it first
        if (!settings_.archiveDir.empty())
            archive(settings_.faceDir / seen.name, settings_.archiveDir);
        if (settings_.onTaken) settings_.onTaken(seen.name);
        if (!seen.parsed) {
            return failedCheck(EligibilityOutcome::TerminalError, seen.parseError,
                               std::move(seen.raw));
        }
        return std::move(seen.parsed->result);
    }

    EligibilityResult storeFailed(const std::string& what, const StoreError& error) {
        failure_ = failedCheck(EligibilityOutcome::NoAnswer,
                               {EligibilityError::Io, what + ": " + error.message});
        return *failure_;
    }

    const FaceReaderSettings& settings_;
    RecordStore& memory_;
    const OqsWatchSettings& watch_;
    const TerminalErrorCodes& codes_;
    const std::string faceDir_;
    std::optional<std::int64_t> claimId_;
    Clock::time_point lastHeartbeat_;
    std::unordered_set<std::string> before_;
    std::unordered_map<std::string, FileLook> lastLook_;
    // Dealt with in this wait (taken, noted, another reader's), as it looked then.
    std::unordered_map<std::string, FileLook> judged_;
    std::unordered_map<std::string, std::pair<FileLook, Clock::time_point>> failedSince_;
    std::optional<EligibilityResult> failure_;
};

}  // namespace

std::string faceAttributionProblem(const fs::path& oqsDir, const FaceReaderSettings& settings) {
    if (!settings.readerId.empty()) return "";
    const auto commonFolder = [&](const fs::path& dir) {
        std::error_code ec;
        const auto canonical = fs::weakly_canonical(dir, ec);
        return ec ? fs::absolute(dir).lexically_normal() : canonical;
    };
    if (!settings.faceDir.empty() &&
        commonFolder(settings.faceDir) != commonFolder(oqsDir / "face")) {
        return "";
    }
    return "the terminal's face folder may hold every reader's answers: give this kiosk its "
           "reader's identifier (--reader-id, the ArbitraryFileIdentifier in that reader's "
           "answers) or its reader's own folder (--face-dir, not the terminal's face folder)";
}

FaceReaderWatcher::FaceReaderWatcher(FaceReaderSettings settings,
                                     std::unique_ptr<RecordStore> memory)
    : settings_(std::move(settings)), memory_(std::move(memory)) {}

EligibilityResult FaceReaderWatcher::await(const OqsWatchSettings& watch,
                                           const TerminalErrorCodes& errorCodes,
                                           std::stop_token stop) {
    std::lock_guard waitLock(waitMutex_);
    FaceWait wait(settings_, *memory_, watch, errorCodes);
    bool waiting = false;
    return pollForAnswer(
        watch, stop,
        [&](Clock::time_point now) -> std::optional<EligibilityResult> {
            if (waiting) return wait.step(now);
            // The wait begins once the folder could be listed: answers
            // already there belong to earlier patients.
            if (wait.takeSnapshot(now)) {
                waiting = true;
                if (settings_.onWaiting) settings_.onWaiting();
            }
            return wait.failure();
        },
        [&] {
            return failedCheck(
                EligibilityOutcome::NoAnswer,
                {EligibilityError::TimedOut, "no face-reader answer within " +
                                                 std::to_string(watch.timeout.count()) + " ms (" +
                                                 settings_.faceDir.string() +
                                                 (waiting ? ")" : ", which could not be listed)")});
        });
}

}  // namespace kiosk
