#include "Apdu.h"

namespace kiosk::apdu {

namespace {

std::uint8_t le(std::size_t length) {
    return static_cast<std::uint8_t>(length & 0xFF);  // 256 is 00
}

}  // namespace

std::vector<std::uint8_t> selectFile(CardFile file) {
    const auto id = static_cast<std::uint16_t>(file);
    return {0x00,
            0xA4,
            0x02,
            0x0C,
            0x02,
            static_cast<std::uint8_t>(id >> 8),
            static_cast<std::uint8_t>(id & 0xFF)};
}

std::vector<std::uint8_t> readBinary(std::uint16_t offset, std::size_t length) {
    return {0x00, 0xB0, static_cast<std::uint8_t>((offset >> 8) & 0x7F),
            static_cast<std::uint8_t>(offset & 0xFF), le(length)};
}

std::vector<std::uint8_t> getResponse(std::uint8_t length) {
    return {0x00, 0xC0, 0x00, 0x00, length};
}

std::array<std::uint8_t, 5 + kPinLength> verify(const std::array<char, kPinLength>& pin) {
    std::array<std::uint8_t, 5 + kPinLength> command{0x00, 0x20, 0x00, 0x80, kPinLength};
    for (std::size_t i = 0; i < kPinLength; ++i) command[5 + i] = static_cast<std::uint8_t>(pin[i]);
    return command;
}

}  // namespace kiosk::apdu
