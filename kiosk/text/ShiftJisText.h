#pragma once
// UTF-8 text as Japanese spreadsheets open it: Shift_JIS in Windows' form
// (windows-31j, which also holds 髙, ①, ㈱ …), through ICU. A character it has
// no code for becomes 〓, the customary mark for one, and is counted.
#include <string>
#include <string_view>

#include "core/Result.h"

namespace kiosk {

struct ShiftJisText {
    std::string bytes;
    int substituted = 0;  // characters written as 〓
};

struct ShiftJisError {
    std::string message;
};

Result<ShiftJisText, ShiftJisError> toShiftJis(std::string_view utf8);

}  // namespace kiosk
