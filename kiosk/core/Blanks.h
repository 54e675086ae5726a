#pragma once
// Blank padding around a value: terminals pad fixed-width fields with ASCII or
// full-width (U+3000) spaces, files end in line breaks, and people type a
// space too many. One rule for every boundary that reads such text.
#include <string_view>

namespace kiosk {

// `text` without spaces, tabs, line breaks and ideographic spaces at either end.
std::string_view trimBlanks(std::string_view text);

}  // namespace kiosk
