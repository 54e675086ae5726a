// libFuzzer target: any bytes in a result file must give a result or a typed
// error — no crash, no sanitizer report — and an error message must stay
// plain ASCII, so that no name or address from a garbled file reaches a log.
#include <cstddef>
#include <cstdint>
#include <span>

#include "eligibility/OqsResultParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kiosk::TerminalErrorCodes codes = kiosk::TerminalErrorCodes::defaults();
    auto parsed = kiosk::parseOqsResult(std::span<const std::uint8_t>(data, size), codes);
    if (parsed) {
        if (parsed->result.rawResponse.size() != size) __builtin_trap();
        return 0;
    }
    for (char c : parsed.error().message) {
        if (c < 0x20 || c > 0x7e) __builtin_trap();
    }
    return 0;
}
