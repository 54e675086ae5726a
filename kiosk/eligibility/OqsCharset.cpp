#include "OqsCharset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>
#include <vector>

namespace kiosk {

namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

constexpr const char* icuName(OqsCharset charset) {
    return charset == OqsCharset::Utf8 ? "UTF-8" : "windows-31j";
}

// A converter that stops at the first invalid or unmappable character
// instead of substituting one.
Converter strictConverter(const char* name, UErrorCode& status) {
    Converter c(ucnv_open(name, &status));
    if (U_FAILURE(status)) return nullptr;
    ucnv_setToUCallBack(c.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ucnv_setFromUCallBack(c.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    return c;
}

EligibilityResultOr<std::string> convert(std::string_view bytes, const char* from, const char* to,
                                         std::string_view what) {
    if (bytes.empty()) return std::string();
    UErrorCode status = U_ZERO_ERROR;
    Converter source = strictConverter(from, status);
    Converter target = strictConverter(to, status);
    if (U_FAILURE(status)) {
        return fail(EligibilityError{
            EligibilityError::Encoding,
            std::string("character converter unavailable: ") + from + " to " + to});
    }
    // Shift_JIS → UTF-8 grows at most 3/2 per byte, UTF-8 → Shift_JIS shrinks.
    std::vector<char> out(bytes.size() * 2 + 16);
    char* outPos = out.data();
    const char* inPos = bytes.data();
    ucnv_convertEx(target.get(), source.get(), &outPos, out.data() + out.size(), &inPos,
                   bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                   &status);
    if (U_FAILURE(status)) {
        return fail(EligibilityError{EligibilityError::Encoding,
                                     std::string(what) + ": not valid " + from +
                                         " (or not representable in " + to + ") at byte " +
                                         std::to_string(inPos - bytes.data())});
    }
    return std::string(out.data(), static_cast<std::size_t>(outPos - out.data()));
}

}  // namespace

std::optional<OqsCharset> charsetFromIdentifier(std::string_view code) {
    if (code == "0") return OqsCharset::Utf8;
    if (code == "1") return OqsCharset::ShiftJis;
    return std::nullopt;
}

std::string_view charsetIdentifier(OqsCharset charset) {
    return charset == OqsCharset::Utf8 ? "0" : "1";
}

std::string_view charsetXmlName(OqsCharset charset) {
    return charset == OqsCharset::Utf8 ? "UTF-8" : "Shift_JIS";
}

EligibilityResultOr<std::string> decodeToUtf8(std::string_view bytes, OqsCharset from,
                                              std::string_view what) {
    return convert(bytes, icuName(from), "UTF-8", what);
}

EligibilityResultOr<std::string> encodeFromUtf8(std::string_view utf8, OqsCharset to,
                                                std::string_view what) {
    return convert(utf8, "UTF-8", icuName(to), what);
}

}  // namespace kiosk
