#include "BerTlv.h"

namespace kiosk {

namespace {

constexpr std::size_t kMaxTagBytes = 3;

}  // namespace

Result<BerTlvHeader, BerTlvProblem> readBerTlvHeader(std::span<const std::uint8_t> bytes) {
    std::size_t at = 0;
    if (bytes.empty()) return fail(BerTlvProblem::Truncated);
    std::uint32_t tag = bytes[at++];
    // Low five bits all set: the tag number follows, 7 bits a byte, bit 8 meaning "more".
    if ((tag & 0x1F) == 0x1F) {
        bool more = true;
        while (more) {
            if (at == bytes.size()) return fail(BerTlvProblem::Truncated);
            if (at == kMaxTagBytes) return fail(BerTlvProblem::BadTag);
            more = (bytes[at] & 0x80) != 0;
            tag = (tag << 8) | bytes[at++];
        }
    }
    if (at == bytes.size()) return fail(BerTlvProblem::Truncated);
    const std::uint8_t first = bytes[at++];
    std::size_t length = first;
    if (first & 0x80) {
        const std::size_t lengthBytes = first & 0x7F;
        if (lengthBytes == 0 || lengthBytes > 2) return fail(BerTlvProblem::BadLength);
        if (bytes.size() - at < lengthBytes) return fail(BerTlvProblem::Truncated);
        length = 0;
        for (std::size_t i = 0; i < lengthBytes; ++i) length = (length << 8) | bytes[at++];
    }
    return BerTlvHeader{tag, at, length};
}

Result<BerTlvElement, BerTlvProblem> readBerTlv(std::span<const std::uint8_t> bytes) {
    auto header = readBerTlvHeader(bytes);
    if (!header) return fail(header.error());
    if (bytes.size() - header->headerSize < header->valueSize) {
        return fail(BerTlvProblem::Truncated);
    }
    return BerTlvElement{header->tag, bytes.subspan(header->headerSize, header->valueSize),
                         header->headerSize + header->valueSize};
}

}  // namespace kiosk
