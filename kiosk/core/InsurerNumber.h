#pragma once
// 保険者番号 and 公費負担者番号 as typed or read: validated, normalised to
// ASCII digits, split into their parts (DOMAIN.md §6).
#include <string>
#include <string_view>

#include "Result.h"

namespace kiosk {

// The 「不詳」 insurer numbers for a claim made on the 申立書 alone (DOMAIN.md §3
// case 4); the second is for receipt computers that reject the first, which
// fails the check digit. Not to be confused with the disaster rule's 99999999.
inline constexpr std::string_view kUnknownInsurerNumber = "77777777";
inline constexpr std::string_view kUnknownInsurerNumberAlternative = "77777779";

struct InsurerNumberRules {
    // The check digit over the first 5 digits of a 6-digit 国保 number is
    // *unconfirmed*: a clinic can switch it off if real numbers fail it.
    bool verifyKokuhoCheckDigit = true;
};

struct InsurerNumber {
    std::string digits;      // ASCII, 8 or 6 digits
    bool isKokuho = false;   // 6-digit 市町村国保 number
    std::string houbetsu;    // 法別番号 (2 digits); empty for 6-digit 国保
    std::string prefecture;  // 都道府県番号 (2 digits)

    bool operator==(const InsurerNumber&) const = default;
};

struct NumberError {
    enum Reason {
        Empty,
        NotDigits,      // something other than 0-9 / ０-９ inside the spaces
        WrongLength,    // not 8 digits (or 6 for 国保)
        BadPrefecture,  // 都道府県番号 outside 01–47
        BadCheckDigit,
    } reason;
};

// The 検証番号 for `leadingDigits` (ASCII digits): from the rightmost digit
// multiply by 2, 1, 2, 1 …, add the digits of each product, check =
// (10 − sum mod 10) mod 10. -1 if `leadingDigits` holds anything but 0-9.
int insurerCheckDigit(std::string_view leadingDigits);

// True only for the 「不詳」 numbers 77777777 and 77777779 (ASCII).
bool isUnknownInsurerPlaceholder(std::string_view digits);

// Accepts full-width digits and surrounding (also full-width) spaces. The
// 「不詳」 numbers are accepted as they are, whatever their check digit.
Result<InsurerNumber, NumberError> parseInsurerNumber(std::string_view text,
                                                      const InsurerNumberRules& rules = {});
// The insurer number as a request to the terminal carries it: 8 characters,
// a 6-digit 国保 number after two zeros, as myclinic-ts sends it (no 法別番号
// is 00, so nothing else reads the same). Anything else is unchanged.
std::string insurerNumberInRequest(std::string_view digits);
// Back from that form (or the terminal's blank padding, trimmed first) to the
// number as printed on the card: 6 digits for 国保.
std::string insurerNumberAsPrinted(std::string_view digits);

// 公費負担者番号: 8 digits with the same check digit; returns the ASCII digits.
Result<std::string, NumberError> parsePublicExpenseNumber(std::string_view text);

}  // namespace kiosk
