#pragma once
// Terminal error codes (ProcessingResultCode) that are not the terminal or the
// network failing but say something the patient can act on:
// - the card itself cannot be used (damaged chip, expired or revoked
//   利用者証明用電子証明書): the patient needs a proof document;
// - the face reader could not recognise the patient: the PIN on the reader
//   or a staff 目視 check (別添2) gets them through.
// Every other error sends staff to the terminal.
//
// *Unconfirmed* (DOMAIN.md): the real terminal's codes are not published where
// we could check them. The defaults are the simulator's codes; a clinic sets
// its terminal vendor's lists in the configuration.
#include <string>
#include <string_view>
#include <vector>

#include "core/CheckInRecord.h"

namespace kiosk {

class TerminalErrorCodes {
public:
    TerminalErrorCodes(std::vector<std::string> cardProblem,
                       std::vector<std::string> faceRecognitionFailed)
        : cardProblem_(std::move(cardProblem)),
          faceRecognitionFailed_(std::move(faceRecognitionFailed)) {}
    // The simulator's codes (OqsSimulator answers its card_problem and
    // face_failed people with them).
    static TerminalErrorCodes defaults();
    // "A,B,C" as given in a configuration option; blanks are dropped.
    static std::vector<std::string> parseList(std::string_view commaSeparated);

    // CardProblem, FaceRecognitionFailed or TerminalError.
    EligibilityOutcome outcomeOf(std::string_view code) const;
    const std::vector<std::string>& cardProblem() const { return cardProblem_; }
    const std::vector<std::string>& faceRecognitionFailed() const { return faceRecognitionFailed_; }

private:
    std::vector<std::string> cardProblem_;
    std::vector<std::string> faceRecognitionFailed_;
};

}  // namespace kiosk
