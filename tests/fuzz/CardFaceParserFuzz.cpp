// libFuzzer target card_tlv: any bytes a card may answer for EF 0002 must give
// the basic four items or a typed error — no crash, no sanitizer report — and
// an error message stays plain ASCII, so that no byte of a name or address
// from a garbled card reaches a log.
#include <cstddef>
#include <cstdint>
#include <span>

#include "eligibility/card/CardFaceParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    auto face = kiosk::parseCardFace(bytes);
    if (face) {
        if (face->name.empty() || face->address.empty()) __builtin_trap();
        // The element, then nothing but the filler a fixed-length read returns.
        auto whole = kiosk::cardFaceSize(bytes);
        if (!whole || *whole > size) __builtin_trap();
        for (std::uint8_t b : bytes.subspan(*whole)) {
            if (b != 0x00 && b != 0xFF) __builtin_trap();
        }
        return 0;
    }
    for (char c : face.error().message) {
        if (c < 0x20 || c > 0x7e) __builtin_trap();
    }
    return 0;
}
