#include "PinAnswer.h"

#include "Apdu.h"

namespace kiosk {

namespace {

constexpr std::uint16_t kLockingTrySw = (apdu::kTriesLeftSw1 << 8) | 0xC0;  // 63 C0

bool isLocked(std::uint16_t sw) {
    return sw == kLockingTrySw || sw == apdu::kAuthenticationBlocked ||
           sw == apdu::kReferenceDataUnusable;
}

// 63 Cx with x from 1 to 15.
std::optional<int> triesLeft(std::uint16_t sw) {
    const auto sw1 = static_cast<std::uint8_t>(sw >> 8);
    const auto sw2 = static_cast<std::uint8_t>(sw & 0xFF);
    if (sw1 != apdu::kTriesLeftSw1 || (sw2 & 0xF0) != 0xC0 || (sw2 & 0x0F) == 0) {
        return std::nullopt;
    }
    return sw2 & 0x0F;
}

Unexpected<CardError> locked(std::uint16_t sw, const char* step) {
    return fail(CardError{CardProblem::PinLocked,
                          std::string(step) + ": PIN locked (" + statusWordText(sw) +
                              "), only the municipality can unlock it",
                          0});
}

Unexpected<CardError> badAnswer(std::uint16_t sw, const char* step) {
    return fail(
        CardError{CardProblem::BadAnswer, std::string(step) + ": " + statusWordText(sw), {}});
}

}  // namespace

std::string statusWordText(std::uint16_t sw) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string s = "status ";
    for (int shift : {12, 8, 4, 0}) {
        s += kDigits[(sw >> shift) & 0xF];
        if (shift == 8) s += ' ';
    }
    return s;
}

CardResult<PinTries> pinTriesFromAnswer(std::uint16_t sw, const char* step) {
    if (sw == apdu::kOk) return PinTries{std::nullopt};
    if (isLocked(sw)) return locked(sw, step);
    if (auto left = triesLeft(sw)) return PinTries{*left};
    return badAnswer(sw, step);
}

Status<CardError> pinVerifiedFromAnswer(std::uint16_t sw, const char* step) {
    if (sw == apdu::kOk) return Done{};
    if (isLocked(sw)) return locked(sw, step);
    if (auto left = triesLeft(sw)) {
        return fail(CardError{*left == 1 ? CardProblem::WrongPinLastTry : CardProblem::WrongPin,
                              std::string(step) + ": wrong PIN", *left});
    }
    return badAnswer(sw, step);
}

}  // namespace kiosk
