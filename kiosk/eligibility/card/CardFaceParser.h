#pragma once
// EF 0002 of the 券面事項入力補助AP, the basic four items (DOMAIN.md §8):
//   FF 20 { DF 21 header, DF 22 name, DF 23 address, DF 24 birth date, DF 25 sex }
// Parsed strictly: whatever a card answers is untrusted, and anything but the
// layout above is an error value, never a partial result.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "CardFaceData.h"
#include "core/Result.h"

namespace kiosk {

struct CardFaceError {
    enum Kind {
        Truncated,         // an element runs past the end of what was read
        BadLength,         // a length form BER does not allow here
        UnexpectedTag,     // not FF 20 outside, or an unknown tag inside
        TrailingBytes,     // bytes other than filler (00, FF) after the FF 20 element
        MissingItem,       // one of DF 21..DF 25 absent, or an empty name/address
        DuplicateItem,     // one of DF 21..DF 25 twice
        InvalidText,       // name or address not UTF-8, or with control characters
        InvalidBirthDate,  // not YYYYMMDD, or no such day
    } kind;
    // Names the item and the problem, never its value.
    std::string message;
};

// The whole file content: FF 20 and its value, nothing after it.
Result<CardFaceData, CardFaceError> parseCardFace(std::span<const std::uint8_t> bytes);

// How many bytes the FF 20 element occupies, from its first bytes (the
// reader reads 7 first, then the rest).
Result<std::size_t, CardFaceError> cardFaceSize(std::span<const std::uint8_t> firstBytes);

}  // namespace kiosk
