#include "FaceReaderWatcher.h"

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "AnswerPolling.h"
#include "FaceAnswerFile.h"
#include "FileLook.h"
#include "OqsResultParser.h"

namespace kiosk {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kActor = "kiosk";
constexpr const char* kNoIdentifier = "no reader identifier in the answer";
constexpr const char* kSharedFolder =
    "answers of several readers in this folder; no reader identifier configured";

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

// One wait: what was there when it began, and what has been judged since.
class FaceWait {
public:
    FaceWait(const FaceReaderSettings& settings, RecordStore& memory,
             std::set<std::string>& readersSeen, const OqsWatchSettings& watch,
             const TerminalErrorCodes& codes)
        : settings_(settings),
          memory_(memory),
          readersSeen_(readersSeen),
          watch_(watch),
          codes_(codes) {}

    // The folder's answers when the wait began: they are not the patient's
    // (a reader names each answer anew; a file rewritten under an old name
    // is not looked at).
    bool takeSnapshot() {
        auto names = listAnswerNames(settings_.faceDir);
        if (!names) return false;
        before_.insert(names->begin(), names->end());
        return true;
    }

    // The final answer once there is one.
    std::optional<EligibilityResult> step(Clock::time_point now) {
        auto names = listAnswerNames(settings_.faceDir);
        if (!names) return std::nullopt;
        std::vector<Seen> ours;
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
            if (auto verdict = judge(*seen); verdict == Verdict::Ours) {
                ours.push_back(std::move(*seen));
            } else if (verdict == Verdict::Unattributed) {
                if (auto noted = note(*seen, kNoIdentifier); !noted) return failure_;
            }
        }
        if (ours.empty()) return std::nullopt;
        if (settings_.readerId.empty()) {
            // A folder this kiosk thought its own shows it is not: answers
            // of two readers, or two patients' answers at once. Which one is
            // ours cannot be told.
            const char* reason = readersSeen_.size() > 1 ? kSharedFolder
                                 : ours.size() > 1
                                     ? "several answers at once; no reader identifier configured"
                                     : nullptr;
            if (reason != nullptr) {
                for (const auto& seen : ours) {
                    if (!note(seen, reason)) return failure_;
                }
                return std::nullopt;
            }
        }
        return take(ours.front());
    }

private:
    enum class Verdict { Ours, Unattributed, NotOurs };

    // The settled file's bytes and key; nullopt when there is nothing to
    // judge (gone, dealt with before, unparsable but maybe still being
    // written, or the store failed: failure_).
    std::optional<Seen> read(const std::string& name, const FileLook& look, Clock::time_point now) {
        const auto path = settings_.faceDir / name;
        auto raw = readWholeFile(path);
        if (!raw) return std::nullopt;
        Seen seen{name, faceAnswerKey(name, look.modified, *raw), "", {}, {}, std::move(*raw)};
        auto noted = memory_.faceAnswerNoted(seen.key);
        if (!noted) {
            failure_ =
                failedCheck(EligibilityOutcome::NoAnswer, {EligibilityError::Io,
                                                           "face answers taken before cannot be "
                                                           "read: " +
                                                               noted.error().message});
            return std::nullopt;
        }
        if (*noted) {
            judged_[name] = look;
            return std::nullopt;
        }
        seen.readerId = faceReaderIdentifier(seen.raw);
        auto parsed = parseOqsResult(seen.raw, codes_);
        if (parsed) {
            seen.parsed = std::move(parsed).value();
            return seen;
        }
        // A file that does not parse may be a slow writer pausing: judged
        // only once it has stayed unchanged for malformedAfter.
        auto [firstFailed, inserted] = failedSince_.try_emplace(name, look, now);
        if (!inserted && !(firstFailed->second.first == look)) firstFailed->second = {look, now};
        if (now - firstFailed->second.second < watch_.malformedAfter) return std::nullopt;
        seen.parseError = parsed.error();
        return seen;
    }

    Verdict judge(const Seen& seen) {
        if (!settings_.readerId.empty()) {
            if (seen.readerId == settings_.readerId) return Verdict::Ours;
            if (!seen.readerId.empty()) {
                judged_[seen.name] = lastLook_[seen.name];
                return Verdict::NotOurs;  // another kiosk's reader: left for it
            }
            return Verdict::Unattributed;
        }
        if (!seen.readerId.empty()) readersSeen_.insert(seen.readerId);
        return Verdict::Ours;  // unless the folder shows it is shared (step)
    }

    // Notes `seen` as unattributed; false when the store failed.
    bool note(const Seen& seen, const std::string& reason) {
        judged_[seen.name] = lastLook_[seen.name];
        auto noted =
            memory_.noteFaceAnswer(seen.key, FaceAnswerDisposition::Unattributed, reason, kActor);
        if (noted) return true;
        failure_ =
            failedCheck(EligibilityOutcome::NoAnswer, {EligibilityError::Io,
                                                       "an unattributed face answer cannot be "
                                                       "noted: " +
                                                           noted.error().message});
        return false;
    }

    std::optional<EligibilityResult> take(Seen& seen) {
        judged_[seen.name] = lastLook_[seen.name];
        auto noted = memory_.noteFaceAnswer(seen.key, FaceAnswerDisposition::Taken, "", kActor);
        if (!noted) {
            return failedCheck(EligibilityOutcome::NoAnswer,
                               {EligibilityError::Io,
                                "a taken face answer cannot be noted: " + noted.error().message});
        }
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

    const FaceReaderSettings& settings_;
    RecordStore& memory_;
    std::set<std::string>& readersSeen_;
    const OqsWatchSettings& watch_;
    const TerminalErrorCodes& codes_;
    std::unordered_set<std::string> before_;
    std::unordered_map<std::string, FileLook> lastLook_;
    // Dealt with in this wait (taken, noted, another reader's), as it looked then.
    std::unordered_map<std::string, FileLook> judged_;
    std::unordered_map<std::string, std::pair<FileLook, Clock::time_point>> failedSince_;
    std::optional<EligibilityResult> failure_;
};

}  // namespace

FaceReaderWatcher::FaceReaderWatcher(FaceReaderSettings settings,
                                     std::unique_ptr<RecordStore> memory)
    : settings_(std::move(settings)), memory_(std::move(memory)) {}

EligibilityResult FaceReaderWatcher::await(const OqsWatchSettings& watch,
                                           const TerminalErrorCodes& errorCodes,
                                           std::stop_token stop) {
    std::lock_guard waitLock(waitMutex_);
    FaceWait wait(settings_, *memory_, readersSeen_, watch, errorCodes);
    bool waiting = false;
    return pollForAnswer(
        watch, stop,
        [&](Clock::time_point now) -> std::optional<EligibilityResult> {
            if (waiting) return wait.step(now);
            // The wait begins once the folder could be listed: answers
            // already there belong to earlier patients.
            if (wait.takeSnapshot()) {
                waiting = true;
                if (settings_.onWaiting) settings_.onWaiting();
            }
            return std::nullopt;
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
