#pragma once
// The 券面事項入力補助AP of a My Number card (DOMAIN.md §8), one step per
// call so that the screen can come in between: open (select the AP), show
// the tries left (warn before the last), verify the PIN the patient typed,
// read the basic four items. Never retries a PIN, never touches EF 0001.
#include <string>
#include <string_view>

#include "CardConnection.h"
#include "CardError.h"
#include "CardFaceData.h"
#include "PcscContext.h"
#include "PinAnswer.h"

namespace kiosk {

// Exactly four ASCII digits.
bool isWellFormedCardPin(std::string_view pin);

class MyNumberCard {
public:
    // Connects and selects the AP: WrongCard when the card has none.
    static CardResult<MyNumberCard> open(const PcscContext& pcsc, const std::string& reader);

    // Uses no try. PinLocked when none is left; alreadyVerified() when the
    // PIN was verified earlier on this connection (readFace() then works).
    CardResult<PinTries> pinTries();

    // One VERIFY, only when the PIN is well formed (InvalidPinFormat
    // otherwise, nothing sent). WrongPin / WrongPinLastTry carry triesLeft.
    // The copy of the PIN made for the command is wiped; the caller wipes
    // its own (secureWipe).
    Status<CardError> verifyPin(std::string_view pin);

    // After verifyPin(): EF 0002, header first, then the rest, parsed.
    // BadAnswer when the card's bytes are not the basic four items.
    CardResult<CardFaceData> readFace();

    // T=0 or T=1, as negotiated with the card.
    int protocol() const { return connection_.protocol(); }

private:
    explicit MyNumberCard(CardConnection connection) : connection_(std::move(connection)) {}
    Status<CardError> select(CardFile file, const char* step);

    CardConnection connection_;
};

}  // namespace kiosk
