#pragma once
// A kioskctl option holding an ISO date (--from, --to, --born).
#include <iostream>
#include <optional>
#include <string>

#include "core/CivilDate.h"

namespace kiosk::app {

// Parses an optional ISO date option; prints the reason and returns false when bad.
inline bool parseDateOption(const std::string& text, const char* option,
                            std::optional<CivilDate>& out) {
    if (text.empty()) return true;
    out = CivilDate::parse(text);
    if (!out) std::cerr << "kioskctl: " << option << ": not a date (YYYY-MM-DD): " << text << "\n";
    return out.has_value();
}

}  // namespace kiosk::app
