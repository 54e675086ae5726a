#pragma once
// What the 券面事項入力補助AP's answers to VERIFY say about its PIN
// (DOMAIN.md §8), from the status word alone, so that every answer a real
// card gives can be tested as bytes.
#include <cstdint>
#include <optional>
#include <string>

#include "CardError.h"

namespace kiosk {

struct PinTries {
    // Tries before the card locks; nullopt when the PIN is verified already
    // in this card session, which leaves the card's counter full.
    std::optional<int> left;

    // An empty VERIFY answered 90 00 (real cards do, after a right PIN).
    bool alreadyVerified() const { return !left.has_value(); }
    // The next wrong PIN locks the card: the screen must say so first.
    bool isLastTry() const { return left == 1; }
};

// "status 69 84", for log messages.
std::string statusWordText(std::uint16_t sw);

// The answer to VERIFY without data (it uses no try). 63 Cx: x tries left,
// 90 00: verified already; 63 C0, 69 83, 69 84: PinLocked; anything else
// BadAnswer. `step` names the command in the message.
CardResult<PinTries> pinTriesFromAnswer(std::uint16_t sw, const char* step);

// The answer to VERIFY with a PIN. WrongPin / WrongPinLastTry carry the
// tries left; a locked card is PinLocked (triesLeft 0), never a wrong PIN.
Status<CardError> pinVerifiedFromAnswer(std::uint16_t sw, const char* step);

}  // namespace kiosk
