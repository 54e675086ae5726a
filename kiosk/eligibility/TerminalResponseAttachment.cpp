#include "TerminalResponseAttachment.h"

namespace kiosk {

std::optional<NewAttachment> terminalResponseAttachment(const EligibilityResult& result) {
    if (result.rawResponse.empty()) return std::nullopt;
    return NewAttachment{AttachmentKind::TerminalResponse, "application/xml", result.rawResponse};
}

}  // namespace kiosk
