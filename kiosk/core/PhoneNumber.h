#pragma once
// 連絡先電話番号 as typed on a keypad or written on paper: full-width digits,
// hyphens of every width and parentheses are accepted and dropped.
#include <string>
#include <string_view>

#include "Result.h"

namespace kiosk {

struct PhoneNumberError {
    enum class Reason { Empty, NotDigits, WrongLength, NoLeadingZero } reason;
};

// The bare digits of a Japanese phone number starting with 0: 11 digits for
// 0A0 numbers (mobile 070/080/090, IP 050, M2M 020, 0800 free dial), 10 for
// all others (fixed lines, 0120 free dial).
Result<std::string, PhoneNumberError> normalizePhoneNumber(std::string_view text);

}  // namespace kiosk
