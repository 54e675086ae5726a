#pragma once
// Reading BER-TLV from untrusted bytes (what a card answers): one element at
// a time, every length checked against what is really there, so that a lying
// length can never make a read go past the buffer.
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/Result.h"

namespace kiosk {

enum class BerTlvProblem {
    Truncated,  // the tag, the length or the value runs past the end
    BadLength,  // indefinite (0x80), or a longer form than 0x82
    BadTag,     // a tag of more than three bytes
};

struct BerTlvHeader {
    std::uint32_t tag;       // the tag bytes big-endian, e.g. 0xFF20, 0xDF22
    std::size_t headerSize;  // tag and length bytes
    std::size_t valueSize;   // as declared
};

struct BerTlvElement {
    std::uint32_t tag;
    std::span<const std::uint8_t> value;
    std::size_t size;  // tag, length and value bytes
};

// The tag and length at the start of `bytes`, whether or not the value
// follows: a card file is read header first.
Result<BerTlvHeader, BerTlvProblem> readBerTlvHeader(std::span<const std::uint8_t> bytes);

// The whole element at the start of `bytes`, its value inside `bytes`.
Result<BerTlvElement, BerTlvProblem> readBerTlv(std::span<const std::uint8_t> bytes);

}  // namespace kiosk
