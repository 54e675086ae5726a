#pragma once
// What one eligibility check said, from whichever source answered.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "EligibilityError.h"
#include "core/CheckInRecord.h"
#include "core/IdentityMatcher.h"

namespace kiosk {

struct EligibilityResult {
    EligibilityOutcome outcome = EligibilityOutcome::NoAnswer;
    // Valid: the current qualification. Lost: the lost one (current == false),
    // whose numbers may still be used for the claim (notice §3(3)).
    std::optional<Qualification> qualification;
    // The person as the terminal shows them, for the 2023-07-04 cross-check.
    IdentityFields identity;
    std::string postNumber;
    std::string terminalCode;     // ProcessingResultCode, when the terminal sent one
    std::string terminalMessage;  // ProcessingResultMessage (UTF-8)
    // Set when the check failed without a usable answer (outcome TerminalError
    // or NoAnswer): why, for the log and for staff.
    std::optional<EligibilityError> failure;
    // The file as received, byte for byte, to keep with the record.
    std::vector<std::uint8_t> rawResponse;
};

}  // namespace kiosk

namespace kiosk {

// A check that ended without a usable answer. `raw` is whatever was received
// (possibly nothing), kept with the record all the same.
inline EligibilityResult failedCheck(EligibilityOutcome outcome, EligibilityError error,
                                     std::vector<std::uint8_t> raw = {}) {
    EligibilityResult result;
    result.outcome = outcome;
    result.failure = std::move(error);
    result.rawResponse = std::move(raw);
    return result;
}

}  // namespace kiosk
