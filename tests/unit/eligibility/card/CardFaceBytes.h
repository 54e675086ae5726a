#pragma once
// Builds EF 0002 contents for parser tests: BER-TLV with the length form
// chosen by size, as a card writes it.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace kiosk::test {

using Bytes = std::vector<std::uint8_t>;

inline Bytes bytesOf(std::string_view text) {
    return {text.begin(), text.end()};
}

inline Bytes tlv(std::initializer_list<std::uint8_t> tag, const Bytes& value) {
    Bytes out(tag);
    const auto n = value.size();
    if (n >= 0x100) {
        out.insert(out.end(),
                   {0x82, static_cast<std::uint8_t>(n >> 8), static_cast<std::uint8_t>(n & 0xFF)});
    } else if (n >= 0x80) {
        out.insert(out.end(), {0x81, static_cast<std::uint8_t>(n)});
    } else {
        out.push_back(static_cast<std::uint8_t>(n));
    }
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

inline Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
    return out;
}

struct FaceItems {
    std::string_view name = "山田　太郎";
    std::string_view address = "東京都千代田区霞が関一丁目2番2号";
    std::string_view birth = "19850412";
    std::string_view sex = "1";
};

// DF 22..DF 25, in the card's order.
inline std::vector<Bytes> namedItems(const FaceItems& f) {
    return {tlv({0xDF, 0x22}, bytesOf(f.name)), tlv({0xDF, 0x23}, bytesOf(f.address)),
            tlv({0xDF, 0x24}, bytesOf(f.birth)), tlv({0xDF, 0x25}, bytesOf(f.sex))};
}

// `header` is the value of DF 21.
inline Bytes faceItems(const FaceItems& f, const Bytes& header = Bytes(17, 0x00)) {
    Bytes out = tlv({0xDF, 0x21}, header);
    for (const auto& item : namedItems(f)) out.insert(out.end(), item.begin(), item.end());
    return out;
}

inline Bytes cardFace(const FaceItems& f = {}) {
    return tlv({0xFF, 0x20}, faceItems(f));
}

// As real cards write it: DF 21 holds four 2-byte big-endian offsets, where
// each of DF 22..DF 25 starts, counted from the start of the file.
inline Bytes cardFaceWithOffsets(const FaceItems& f = {}) {
    const auto items = namedItems(f);
    constexpr std::size_t kHeaderSize = 2 + 1 + 8;  // DF 21, 08, the offsets
    std::size_t bodySize = kHeaderSize;
    for (const auto& item : items) bodySize += item.size();
    // FF 20 and its length, in the form tlv() chooses for that size.
    std::size_t position = tlv({0xFF, 0x20}, Bytes(bodySize)).size() - bodySize + kHeaderSize;
    Bytes offsets;
    for (const auto& item : items) {
        offsets.push_back(static_cast<std::uint8_t>(position >> 8));
        offsets.push_back(static_cast<std::uint8_t>(position & 0xFF));
        position += item.size();
    }
    return tlv({0xFF, 0x20}, faceItems(f, offsets));
}

}  // namespace kiosk::test
