#pragma once
// Reads a qualification-check result file (DOMAIN.md §7) into an
// EligibilityResult. Shift_JIS or UTF-8, told by CharacterCodeIdentifier and
// the XML declaration. Anything unusable — not XML, bytes invalid in the
// declared character set, an unknown code, a missing element — is an error
// value naming the element, never a crash and never a personal value.
#include <cstdint>
#include <span>
#include <string>

#include "EligibilityResult.h"
#include "TerminalErrorCodes.h"

namespace kiosk {

struct ParsedOqsResult {
    // Echoed from the request's QualificationConfirmSearchInfo, when the
    // terminal sends it back: tells face-reader results of several kiosks apart.
    std::string arbitraryIdentifier;
    EligibilityResult result;  // rawResponse holds the input bytes
};

EligibilityResultOr<ParsedOqsResult> parseOqsResult(std::span<const std::uint8_t> bytes,
                                                    const TerminalErrorCodes& errorCodes);

}  // namespace kiosk
