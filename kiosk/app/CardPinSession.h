#pragma once
// Reads the 券面事項 of the patient's My Number card with their PIN, off the
// UI thread, one step per patient action: first look at the card (how many
// PIN tries are left — the screen warns before the last), then verify the PIN
// the patient typed and read the face. A PIN is never retried by itself.
#include <functional>
#include <optional>
#include <string>

#include "BackgroundTask.h"
#include "core/IdentityMatcher.h"
#include "eligibility/card/CardError.h"
#include "eligibility/card/MyNumberCard.h"
#include "ui/screens/CardPinView.h"

namespace kiosk::app {

class CardPinSession {
public:
    // `reader`: the PC/SC reader name; "" takes the first one.
    CardPinSession(std::string reader, std::function<void()> wake);

    // Whether pcscd answers and knows a reader (decides whether the flow
    // offers the card read at all).
    static bool readerPresent();

    // Starts waiting for the card and counting the tries left.
    void begin();
    // Verifies `pin` and reads the face; the caller's copy should be wiped.
    void submitPin(const std::string& pin);
    // Stops everything and forgets what was read.
    void reset();

    // Collects finished background work; call once per frame.
    void poll();
    const ui::CardPinView& view() const { return view_; }
    // The card's face once read; handed out once.
    std::optional<IdentityFields> takeIdentity();

private:
    struct Probe {
        std::optional<PinTries> tries;
        std::optional<CardError> error;
    };
    struct FaceRead {
        std::optional<IdentityFields> identity;
        std::optional<CardError> error;
    };

    void fail(const CardError& error);

    std::string reader_;
    BackgroundTask<Probe> probe_;
    BackgroundTask<FaceRead> read_;
    ui::CardPinView view_;
    std::optional<IdentityFields> identity_;
};

}  // namespace kiosk::app
