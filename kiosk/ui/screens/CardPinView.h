#pragma once
// What the CardPin screen shows about the card reader, as plain data: the
// app fills it from the PC/SC card session, the screen only draws it.
#include <optional>
#include <string>

namespace kiosk::ui {

enum class CardPinStage {
    WaitingForCard,  // put the card on the reader
    EnterPin,        // the pad; triesLeft as the card told it
    Reading,         // verifying the PIN and reading the face
    Failed,          // messageKey says why; the patient may retry or skip
};

struct CardPinView {
    CardPinStage stage = CardPinStage::WaitingForCard;
    int triesLeft = -1;      // -1: not known (yet, or not told: PIN verified already)
    std::string messageKey;  // catalogue key of the last problem, "" for none
    bool canRetry = true;    // false once the PIN is locked

    bool lastTry() const { return triesLeft == 1; }

    // The pad, with the tries the card counts. nullopt when the card says the
    // PIN is verified already: it is asked all the same (the patient's say-so
    // for this read), and with the counter full there is no count to show.
    void askPin(std::optional<int> tries) {
        stage = CardPinStage::EnterPin;
        triesLeft = tries.value_or(-1);
    }
};

}  // namespace kiosk::ui
