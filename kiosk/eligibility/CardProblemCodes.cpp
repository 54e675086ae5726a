#include "CardProblemCodes.h"

#include <algorithm>

namespace kiosk {

CardProblemCodes CardProblemCodes::defaults() {
    return CardProblemCodes({
        "SIM-CARD-UNREADABLE",      // chip or card face cannot be read
        "SIM-CERTIFICATE-EXPIRED",  // 利用者証明用電子証明書 past its date
        "SIM-CERTIFICATE-REVOKED",  // certificate revoked (card reported lost)
    });
}

CardProblemCodes CardProblemCodes::parseList(std::string_view commaSeparated) {
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
    return CardProblemCodes(std::move(codes));
}

bool CardProblemCodes::contains(std::string_view code) const {
    return std::find(codes_.begin(), codes_.end(), code) != codes_.end();
}

}  // namespace kiosk
