#pragma once
// Builds EF 0002 contents for parser tests: BER-TLV with the length form
// chosen by size, as a card writes it.
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

inline Bytes faceItems(const FaceItems& f) {
    return concat({tlv({0xDF, 0x21}, Bytes(17, 0x00)), tlv({0xDF, 0x22}, bytesOf(f.name)),
                   tlv({0xDF, 0x23}, bytesOf(f.address)), tlv({0xDF, 0x24}, bytesOf(f.birth)),
                   tlv({0xDF, 0x25}, bytesOf(f.sex))});
}

inline Bytes cardFace(const FaceItems& f = {}) {
    return tlv({0xFF, 0x20}, faceItems(f));
}

}  // namespace kiosk::test
