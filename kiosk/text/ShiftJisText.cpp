#include "ShiftJisText.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace kiosk {

namespace {

struct CloseConverter {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

// 〓 (U+3013) in windows-31j.
constexpr char kGeta[] = "\x81\xac";

}  // namespace

Result<ShiftJisText, ShiftJisError> toShiftJis(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    // UTF-8 → UTF-16 first: ICU converts from UTF-16.
    int32_t units = 0;
    u_strFromUTF8(nullptr, 0, &units, utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        return fail(ShiftJisError{"not UTF-8 text"});
    }
    status = U_ZERO_ERROR;
    std::vector<UChar> text(static_cast<std::size_t>(units) + 1);
    u_strFromUTF8(text.data(), units + 1, nullptr, utf8.data(), static_cast<int32_t>(utf8.size()),
                  &status);
    if (U_FAILURE(status)) return fail(ShiftJisError{"not UTF-8 text"});
    std::unique_ptr<UConverter, CloseConverter> converter(ucnv_open("windows-31j", &status));
    if (U_FAILURE(status)) return fail(ShiftJisError{"ICU has no windows-31j converter"});
    ShiftJisText out;
    // Each character without a code is written as 〓 and counted.
    struct Counter {
        int count = 0;
    } counter;
    ucnv_setFromUCallBack(
        converter.get(),
        [](const void* context, UConverterFromUnicodeArgs* args, const UChar*, int32_t, UChar32,
           UConverterCallbackReason reason, UErrorCode* error) {
            if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) {
                return;
            }
            ++const_cast<Counter*>(static_cast<const Counter*>(context))->count;
            *error = U_ZERO_ERROR;
            ucnv_cbFromUWriteBytes(args, kGeta, 2, 0, error);
        },
        &counter, nullptr, nullptr, &status);
    std::vector<char> bytes(static_cast<std::size_t>(units) * 2 + 16);
    status = U_ZERO_ERROR;
    const int32_t written =
        ucnv_fromUChars(converter.get(), bytes.data(), static_cast<int32_t>(bytes.size()),
                        text.data(), units, &status);
    if (U_FAILURE(status)) return fail(ShiftJisError{u_errorName(status)});
    out.bytes.assign(bytes.data(), static_cast<std::size_t>(written));
    out.substituted = counter.count;
    return out;
}

}  // namespace kiosk
