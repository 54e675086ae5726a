#pragma once
// Card checks through the terminal's face-recognition card reader
// (DOMAIN.md §7). Nothing is requested: the reader writes its answer,
// OQSsiquc01res_face_*.xml, into its face folder by itself when a card is
// placed. A card check therefore waits for an answer that appears in that
// folder after the wait began (after the patient was asked to place the card).
//
// The folder is shared: the clinic's receipt computer may read the same
// files, so answers are read, never deleted or moved (unless the kiosk is
// configured to archive them). What the kiosk took is remembered in the store
// (file name, time stamp, content hash) so that no answer is taken twice,
// across waits and restarts.
//
// Which kiosk takes an answer (the rule, README "Qualification-check terminal"):
// - each wait is claimed in the store for its folder and reader identifier
//   (FaceWaitClaim.h); a wait with a reader identifier claims the answers
//   whose MessageHeader/ArbitraryFileIdentifier equals it, a wait without
//   one claims every answer of its folder;
// - an answer goes to a kiosk only when its wait is the one claim on it;
//   answers claimed by another kiosk's wait are left alone for it;
// - without a reader identifier the folder is this kiosk's reader's alone
//   (the terminal's common face folder is refused): every answer in it is
//   this kiosk's, whatever its identifier (a reader may write a new one
//   each time, as the public answer suggests); two answers at once cannot
//   be told apart and are taken by none;
// - an answer claimed by several waits or by none is taken by none and
//   noted in the store as unattributed, for staff (never shown to a patient);
// - an answer that does not parse is judged the same way, by the identifier
//   in its header when that is whole: taken, it ends the wait as a terminal
//   error. Without an identifier only a kiosk on its reader's own folder
//   takes it; on a shared folder it ends no patient's wait (a cut-short
//   file in the folder is not every waiting patient's outage).
//
// Polls rather than using inotify: the folder is often a network share. The
// answers present when the wait began are told by name alone, so a folder
// holding years of answers costs one directory listing per look.
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>

#include "EligibilityResult.h"
#include "OqsResultWatcher.h"
#include "TerminalErrorCodes.h"
#include "store/RecordStore.h"

namespace kiosk {

struct FaceReaderSettings {
    std::filesystem::path faceDir;     // the reader's answers; empty: <oqs dir>/face
    std::string readerId;              // the reader's ArbitraryFileIdentifier; empty: see above
    std::filesystem::path archiveDir;  // empty: taken answers stay where they are
    // For tools and tests, called on the waiting thread: once the folder's
    // state at the start of the wait is known (answers appearing from then on
    // count), and with the name of the file taken.
    std::function<void()> onWaiting;
    std::function<void(const std::string& fileName)> onTaken;
};

// The terminal's common face folder (<oqs dir>/face, the default, or named
// as --face-dir) may hold the answers of every reader: a kiosk on it must
// know its reader's identifier, or be given its reader's own folder. The message for the
// person setting it up; empty when the settings are usable.
std::string faceAttributionProblem(const std::filesystem::path& oqsDir,
                                   const FaceReaderSettings& settings);

class FaceReaderWatcher {
public:
    // `memory` is a store connection of the watcher's own: waits run off the
    // UI thread, and a connection serves one thread at a time.
    FaceReaderWatcher(FaceReaderSettings settings, std::unique_ptr<RecordStore> memory);

    // The answer to the card placed after this call began, or a failed check:
    // NoAnswer with TimedOut or Cancelled (or Io when the store cannot say
    // what was taken before); TerminalError with the bytes of an answer of
    // this kiosk's that does not parse. One wait at a time.
    EligibilityResult await(const OqsWatchSettings& watch, const TerminalErrorCodes& errorCodes,
                            std::stop_token stop);

    const FaceReaderSettings& settings() const { return settings_; }

private:
    FaceReaderSettings settings_;
    std::unique_ptr<RecordStore> memory_;
    std::mutex waitMutex_;
};

}  // namespace kiosk
