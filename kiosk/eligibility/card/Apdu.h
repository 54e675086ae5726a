#pragma once
// ISO 7816-4 command and response APDUs for the 券面事項入力補助AP
// (DOMAIN.md §8). Only the files the kiosk may touch can be named: EF 0001,
// the My Number itself, has no CardFile value.
#include <array>
#include <cstdint>
#include <vector>

namespace kiosk {

enum class CardFile : std::uint16_t {
    Pin = 0x0011,        // the 4-digit PIN of the AP
    BasicFour = 0x0002,  // 基本4情報
};

struct ResponseApdu {
    std::vector<std::uint8_t> data;
    std::uint16_t sw = 0;  // SW1 SW2

    std::uint8_t sw1() const { return static_cast<std::uint8_t>(sw >> 8); }
    std::uint8_t sw2() const { return static_cast<std::uint8_t>(sw & 0xFF); }
};

namespace apdu {

inline constexpr std::uint16_t kOk = 0x9000;
inline constexpr std::uint16_t kEndOfFile = 0x6282;  // fewer bytes than asked, then the end
inline constexpr std::uint16_t kSecurityNotSatisfied = 0x6982;
inline constexpr std::uint16_t kAuthenticationBlocked = 0x6983;
inline constexpr std::uint16_t kReferenceDataUnusable = 0x6984;
inline constexpr std::uint8_t kTriesLeftSw1 = 0x63;  // 63 Cx: x tries left
inline constexpr std::uint8_t kMoreDataSw1 = 0x61;   // 61 xx: GET RESPONSE xx bytes
inline constexpr std::uint8_t kWrongLeSw1 = 0x6C;    // 6C xx: send again with Le = xx

// SELECT by DF name, no answer data: the 券面事項入力補助AP.
inline constexpr std::array<std::uint8_t, 15> kSelectKenhojoAp{
    0x00, 0xA4, 0x04, 0x0C, 0x0A, 0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08};
// VERIFY without data: answers 63 Cx, the tries left (90 00 once verified in
// the card's session), and uses none.
inline constexpr std::array<std::uint8_t, 4> kPinTriesQuery{0x00, 0x20, 0x00, 0x80};
inline constexpr std::size_t kPinLength = 4;

std::vector<std::uint8_t> selectFile(CardFile file);
// `offset` below 0x8000; `length` 1..256 (256 is sent as Le = 00).
std::vector<std::uint8_t> readBinary(std::uint16_t offset, std::size_t length);
std::vector<std::uint8_t> getResponse(std::uint8_t length);
// VERIFY with the PIN as ASCII; the caller wipes the array after sending it.
std::array<std::uint8_t, 5 + kPinLength> verify(const std::array<char, kPinLength>& pin);

}  // namespace apdu
}  // namespace kiosk
