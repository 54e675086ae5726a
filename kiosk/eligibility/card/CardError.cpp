#include "CardError.h"

namespace kiosk {

const char* cardProblemName(CardProblem problem) {
    switch (problem) {
        case CardProblem::ServiceNotRunning:
            return "service-not-running";
        case CardProblem::NoReader:
            return "no-reader";
        case CardProblem::ReaderRemoved:
            return "reader-removed";
        case CardProblem::CardRemoved:
            return "card-removed";
        case CardProblem::WrongCard:
            return "wrong-card";
        case CardProblem::BadAnswer:
            return "bad-answer";
        case CardProblem::TimedOut:
            return "timed-out";
        case CardProblem::Cancelled:
            return "cancelled";
        case CardProblem::InvalidPinFormat:
            return "invalid-pin-format";
        case CardProblem::WrongPin:
            return "wrong-pin";
        case CardProblem::WrongPinLastTry:
            return "wrong-pin-last-try";
        case CardProblem::PinLocked:
            return "pin-locked";
        case CardProblem::ReaderFailed:
            return "reader-failed";
    }
    return "unknown";
}

}  // namespace kiosk
