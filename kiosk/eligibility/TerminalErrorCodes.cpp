#include "TerminalErrorCodes.h"

#include <algorithm>

namespace kiosk {

TerminalErrorCodes TerminalErrorCodes::defaults() {
    return TerminalErrorCodes(
        {
            "SIM-CARD-UNREADABLE",      // chip or card face cannot be read
            "SIM-CERTIFICATE-EXPIRED",  // 利用者証明用電子証明書 past its date
            "SIM-CERTIFICATE-REVOKED",  // certificate revoked (card reported lost)
        },
        {
            "SIM-FACE-NOT-RECOGNISED",  // the face did not match the card's photo
        });
}

std::vector<std::string> TerminalErrorCodes::parseList(std::string_view commaSeparated) {
    std::vector<std::string> codes;
    while (!commaSeparated.empty()) {
        const auto comma = commaSeparated.find(',');
        std::string_view item = commaSeparated.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) codes.emplace_back(item);
        if (comma == std::string_view::npos) break;
        commaSeparated.remove_prefix(comma + 1);
    }
    return codes;
}

EligibilityOutcome TerminalErrorCodes::outcomeOf(std::string_view code) const {
    auto listed = [code](const std::vector<std::string>& codes) {
        return std::ranges::find(codes, code) != codes.end();
    };
    if (listed(cardProblem_)) return EligibilityOutcome::CardProblem;
    if (listed(faceRecognitionFailed_)) return EligibilityOutcome::FaceRecognitionFailed;
    return EligibilityOutcome::TerminalError;
}

}  // namespace kiosk
