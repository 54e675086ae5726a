#pragma once
// The terminal's answer file is kept with the record, byte for byte, as
// evidence of what the check said (issue 4: "keep what was received").
#include <optional>

#include "EligibilityResult.h"
#include "store/Attachment.h"

namespace kiosk {

// `result.rawResponse` as a TerminalResponse attachment (application/xml) to
// save with the record; nullopt when nothing was received. It views the
// bytes in `result`, which must outlive it (hence no temporaries).
std::optional<NewAttachment> terminalResponseAttachment(const EligibilityResult& result);
std::optional<NewAttachment> terminalResponseAttachment(const EligibilityResult&&) = delete;

}  // namespace kiosk
