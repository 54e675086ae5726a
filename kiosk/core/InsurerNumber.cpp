#include "InsurerNumber.h"

#include <algorithm>
#include <optional>

#include "Blanks.h"

namespace kiosk {

namespace {

bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

// ０-９ (U+FF10..U+FF19) are EF BC 90..99 in UTF-8: the ASCII digit, or
// nullopt if `s` does not start with one.
std::optional<char> leadingFullWidthDigit(std::string_view s) {
    if (s.size() < 3 || s[0] != '\xEF' || s[1] != '\xBC') return std::nullopt;
    const auto last = static_cast<unsigned char>(s[2]);
    if (last < 0x90 || last > 0x99) return std::nullopt;
    return static_cast<char>('0' + (last - 0x90));
}

// Trimmed text as ASCII digits, full-width digits converted.
Result<std::string, NumberError> asciiDigits(std::string_view text) {
    std::string_view rest = trimBlanks(text);
    if (rest.empty()) return fail(NumberError{NumberError::Empty});
    std::string digits;
    while (!rest.empty()) {
        if (isAsciiDigit(rest.front())) {
            digits += rest.front();
            rest.remove_prefix(1);
            continue;
        }
        const auto fullWidth = leadingFullWidthDigit(rest);
        if (!fullWidth) return fail(NumberError{NumberError::NotDigits});
        digits += *fullWidth;
        rest.remove_prefix(3);
    }
    return digits;
}

bool checkDigitMatches(std::string_view digits) {
    return insurerCheckDigit(digits.substr(0, digits.size() - 1)) == digits.back() - '0';
}

bool isPrefectureCode(std::string_view twoDigits) {
    const int code = (twoDigits[0] - '0') * 10 + (twoDigits[1] - '0');
    return code >= 1 && code <= 47;
}

}  // namespace

int insurerCheckDigit(std::string_view leadingDigits) {
    if (!std::all_of(leadingDigits.begin(), leadingDigits.end(), isAsciiDigit)) return -1;
    int sum = 0;
    int weight = 2;
    for (auto it = leadingDigits.rbegin(); it != leadingDigits.rend(); ++it) {
        const int product = (*it - '0') * weight;
        sum += product / 10 + product % 10;
        weight = 3 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool isUnknownInsurerPlaceholder(std::string_view digits) {
    return digits == kUnknownInsurerNumber || digits == kUnknownInsurerNumberAlternative;
}

Result<InsurerNumber, NumberError> parseInsurerNumber(std::string_view text,
                                                      const InsurerNumberRules& rules) {
    auto digits = asciiDigits(text);
    if (!digits) return fail(digits.error());
    std::string& d = *digits;
    if (isUnknownInsurerPlaceholder(d)) {
        return InsurerNumber{d, false, d.substr(0, 2), d.substr(2, 2)};  // "77" / "77": not real
    }

    const bool kokuho = d.size() == 6;
    if (d.size() != 8 && !kokuho) return fail(NumberError{NumberError::WrongLength});
    InsurerNumber number{d, kokuho, kokuho ? "" : d.substr(0, 2), d.substr(kokuho ? 0 : 2, 2)};
    if (!isPrefectureCode(number.prefecture)) return fail(NumberError{NumberError::BadPrefecture});
    if ((!kokuho || rules.verifyKokuhoCheckDigit) && !checkDigitMatches(d)) {
        return fail(NumberError{NumberError::BadCheckDigit});
    }
    return number;
}

Result<std::string, NumberError> parsePublicExpenseNumber(std::string_view text) {
    auto digits = asciiDigits(text);
    if (!digits) return digits;
    if (digits->size() != 8) return fail(NumberError{NumberError::WrongLength});
    if (!checkDigitMatches(*digits)) return fail(NumberError{NumberError::BadCheckDigit});
    return digits;
}

std::string insurerNumberInRequest(std::string_view digits) {
    const bool kokuho =
        digits.size() == 6 && std::all_of(digits.begin(), digits.end(), isAsciiDigit);
    return kokuho ? "00" + std::string(digits) : std::string(digits);
}

std::string insurerNumberAsPrinted(std::string_view digits) {
    const bool padded = digits.size() == 8 && digits.starts_with("00") &&
                        std::all_of(digits.begin(), digits.end(), isAsciiDigit);
    return std::string(padded ? digits.substr(2) : digits);
}

}  // namespace kiosk
