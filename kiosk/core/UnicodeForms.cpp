#include "UnicodeForms.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace kiosk {

std::u32string decodeUtf8(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}

std::string encodeUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) {
        uint8_t buffer[U8_MAX_LENGTH];
        int32_t length = 0;
        UBool error = false;
        U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
        if (error) continue;  // unreachable for decodeUtf8 output; drop rather than abort
        out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
    }
    return out;
}

namespace {

// ICU reports failure only for resource problems (missing data, no memory);
// the text is then returned unchanged, which makes matching stricter, never wrong.
std::u32string normalize(const icu::Normalizer2* (*instance)(UErrorCode&),
                         std::u32string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = instance(status);
    if (U_FAILURE(status)) return std::u32string(text);
    const auto source = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                      static_cast<int32_t>(text.size()));
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    if (U_FAILURE(status)) return std::u32string(text);
    std::u32string out(static_cast<size_t>(normalized.countChar32()), U'\0');
    normalized.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()),
                       status);
    return U_FAILURE(status) ? std::u32string(text) : out;
}

}  // namespace

std::u32string toNfc(std::u32string_view text) {
    return normalize(&icu::Normalizer2::getNFCInstance, text);
}

std::u32string toNfkc(std::u32string_view text) {
    return normalize(&icu::Normalizer2::getNFKCInstance, text);
}

bool isWhiteSpace(char32_t c) {
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

// 々 is not Ideographic in Unicode (it is an extender), but it stands for a kanji.
bool isIdeograph(char32_t c) {
    return c == U'々' || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC);
}

bool isDashLike(char32_t c) {
    switch (c) {
        case U'-':       // hyphen-minus
        case U'\u2010':  // hyphen
        case U'\u2011':  // non-breaking hyphen
        case U'\u2012':  // figure dash
        case U'\u2013':  // en dash
        case U'\u2014':  // em dash
        case U'\u2015':  // horizontal bar
        case U'\u2212':  // minus sign
        case U'\uFF0D':  // full-width hyphen-minus
        case U'\u30FC':  // katakana long-vowel mark
        case U'\uFF70':  // half-width long-vowel mark
            return true;
        default:
            return false;
    }
}

}  // namespace kiosk
