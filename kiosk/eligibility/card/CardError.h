#pragma once
// Why reading a My Number card did not give the basic four items. Each
// problem is its own value so that the screen can say what to do about it;
// the message is for the log and names the step, never a personal value.
#include <optional>
#include <string>

#include "core/Result.h"

namespace kiosk {

enum class CardProblem {
    ServiceNotRunning,  // pcscd is not running (or stopped during the read)
    NoReader,           // PC/SC knows no reader
    ReaderRemoved,      // the reader went away (or was never there by that name)
    CardRemoved,        // the card left the reader (or was reset by someone else)
    WrongCard,          // a card without the 券面事項入力補助AP
    BadAnswer,          // the card answered something that is not the AP's protocol
    TimedOut,           // no card came in time
    Cancelled,          // PcscContext::cancel() was called
    InvalidPinFormat,   // not exactly four ASCII digits: nothing was sent
    WrongPin,           // wrong PIN, triesLeft >= 2
    WrongPinLastTry,    // wrong PIN, and one try is left: warn before the next
    PinLocked,          // no try left: only the municipality can unlock it
    ReaderFailed,       // any other PC/SC failure (another program holds the card, …)
};

struct CardError {
    CardProblem problem;
    std::string message;
    std::optional<int> triesLeft;  // for the PIN problems
};

template <class T>
using CardResult = Result<T, CardError>;

// Stable English names for logs ("card-removed").
const char* cardProblemName(CardProblem problem);

}  // namespace kiosk
