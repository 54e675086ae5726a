#include "PhoneNumber.h"

#include <array>

namespace kiosk {

namespace {
// Separators people write between the parts of a number, in UTF-8.
constexpr std::array<std::string_view, 10> kSeparators = {"-",
                                                          " ",
                                                          "(",
                                                          ")",
                                                          "\xE3\x80\x80" /* 　 */,
                                                          "\xEF\xBC\x8D" /* － */,
                                                          "\xE2\x80\x90" /* ‐ */,
                                                          "\xE2\x88\x92" /* − */,
                                                          "\xEF\xBC\x88" /* （ */,
                                                          "\xEF\xBC\x89" /* ） */};
constexpr std::string_view kFullWidthZero = "\xEF\xBC\x90";  // ０ (U+FF10)
}  // namespace

Result<std::string, PhoneNumberError> normalizePhoneNumber(std::string_view text) {
    using Reason = PhoneNumberError::Reason;
    std::string digits;
    size_t i = 0;
    while (i < text.size()) {
        const std::string_view rest = text.substr(i);
        if (rest[0] >= '0' && rest[0] <= '9') {
            digits.push_back(rest[0]);
            ++i;
            continue;
        }
        // Full-width digits ０-９ are U+FF10..U+FF19: EF BC 90..99.
        if (rest.size() >= 3 && rest.substr(0, 2) == kFullWidthZero.substr(0, 2) &&
            static_cast<unsigned char>(rest[2]) >= 0x90 &&
            static_cast<unsigned char>(rest[2]) <= 0x99) {
            digits.push_back(static_cast<char>('0' + (static_cast<unsigned char>(rest[2]) - 0x90)));
            i += 3;
            continue;
        }
        bool separator = false;
        for (auto sep : kSeparators) {
            if (rest.starts_with(sep)) {
                i += sep.size();
                separator = true;
                break;
            }
        }
        if (!separator) return fail(PhoneNumberError{Reason::NotDigits});
    }
    if (digits.empty()) return fail(PhoneNumberError{Reason::Empty});
    if (digits.front() != '0') return fail(PhoneNumberError{Reason::NoLeadingZero});
    // 0A0 numbers (A = 2, 5-9: mobile, IP, M2M, 0800) have 11 digits; all others 10.
    const bool elevenDigits = digits.size() >= 3 && digits[2] == '0' &&
                              std::string_view("256789").find(digits[1]) != std::string_view::npos;
    if (digits.size() != (elevenDigits ? 11u : 10u)) {
        return fail(PhoneNumberError{Reason::WrongLength});
    }
    return digits;
}

}  // namespace kiosk
