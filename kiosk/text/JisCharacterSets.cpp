#include "JisCharacterSets.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <array>
#include <memory>

namespace kiosk {

namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Result<Converter, CharacterSetError> openStrict(const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(name, &status));
    if (U_FAILURE(status)) {
        return fail(CharacterSetError{std::string("ICU has no converter for ") + name + ": " +
                                      u_errorName(status)});
    }
    // Unmapped bytes must fail instead of becoming U+FFFD or a substitute.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    return converter;
}

bool isPrivateUse(char32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

// Decodes `bytes` as one character; adds it when it is one mapped code point.
void addIfOneCharacter(UConverter* converter, const char* bytes, int32_t length,
                       std::vector<char32_t>& out) {
    std::array<UChar, 4> units{};
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    const int32_t n = ucnv_toUChars(converter, units.data(), units.size(), bytes, length, &status);
    if (U_FAILURE(status) || n <= 0) return;
    int32_t i = 0;
    UChar32 c = 0;
    U16_NEXT(units.data(), i, n, c);
    if (i != n || isPrivateUse(static_cast<char32_t>(c))) return;
    out.push_back(static_cast<char32_t>(c));
}

}  // namespace

Result<CodePoints, CharacterSetError> jisX0208Characters() {
    auto converter = openStrict("ibm-954");
    if (!converter) return fail(converter.error());
    std::vector<char32_t> out;
    // EUC-JP puts JIS X 0208 row r, cell c at bytes (0xA0 + r, 0xA0 + c).
    for (int lead = 0xA1; lead <= 0xFE; ++lead) {
        for (int trail = 0xA1; trail <= 0xFE; ++trail) {
            const std::array<char, 2> bytes{static_cast<char>(lead), static_cast<char>(trail)};
            addIfOneCharacter(converter->get(), bytes.data(), 2, out);
        }
    }
    return makeCodePoints(std::move(out));
}

Result<CodePoints, CharacterSetError> windows31jCharacters() {
    auto converter = openStrict("windows-31j");
    if (!converter) return fail(converter.error());
    std::vector<char32_t> out;
    auto isLead = [](int b) { return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC); };
    for (int b = 0x20; b <= 0xDF; ++b) {
        if (isLead(b)) continue;
        const char byte = static_cast<char>(b);
        addIfOneCharacter(converter->get(), &byte, 1, out);
    }
    for (int lead = 0x81; lead <= 0xFC; ++lead) {
        if (!isLead(lead)) continue;
        for (int trail = 0x40; trail <= 0xFC; ++trail) {
            if (trail == 0x7F) continue;
            const std::array<char, 2> bytes{static_cast<char>(lead), static_cast<char>(trail)};
            addIfOneCharacter(converter->get(), bytes.data(), 2, out);
        }
    }
    return makeCodePoints(std::move(out));
}

}  // namespace kiosk
