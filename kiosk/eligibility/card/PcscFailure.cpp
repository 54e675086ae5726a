#include "PcscFailure.h"

namespace kiosk {

namespace {

// pcscd polls readers without card events about every 400 ms: long enough
// for a pulled card to show as gone.
constexpr DWORD kRemovalSettleMs = 1000;

CardError error(CardProblem problem, LONG rv, const std::string& step) {
    return CardError{problem, step + ": " + pcsc_stringify_error(rv), std::nullopt};
}

}  // namespace

CardError pcscFailure(LONG rv, const std::string& step) {
    switch (rv) {
        case SCARD_E_NO_SERVICE:
        case SCARD_E_SERVICE_STOPPED:
            return error(CardProblem::ServiceNotRunning, rv, step);
        case SCARD_E_NO_READERS_AVAILABLE:
            return error(CardProblem::NoReader, rv, step);
        case SCARD_E_UNKNOWN_READER:
        case SCARD_E_READER_UNAVAILABLE:
            return error(CardProblem::ReaderRemoved, rv, step);
        case SCARD_W_REMOVED_CARD:
        case SCARD_E_NO_SMARTCARD:
        case SCARD_W_RESET_CARD:
            return error(CardProblem::CardRemoved, rv, step);
        case SCARD_W_UNRESPONSIVE_CARD:
        case SCARD_W_UNSUPPORTED_CARD:
        case SCARD_E_PROTO_MISMATCH:
            return error(CardProblem::BadAnswer, rv, step);
        case SCARD_E_TIMEOUT:
            return error(CardProblem::TimedOut, rv, step);
        case SCARD_E_CANCELLED:
            return error(CardProblem::Cancelled, rv, step);
        default:
            return error(CardProblem::ReaderFailed, rv, step);
    }
}

CardError exchangeFailure(SCARDCONTEXT context, const std::string& reader, CardError otherwise) {
    SCARD_READERSTATE state{};
    state.szReader = reader.c_str();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    LONG probe = SCardGetStatusChange(context, 0, &state, 1);
    if (probe == SCARD_S_SUCCESS && (state.dwEventState & SCARD_STATE_PRESENT)) {
        state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
        probe = SCardGetStatusChange(context, kRemovalSettleMs, &state, 1);
        if (probe == SCARD_E_TIMEOUT) return otherwise;  // still in the reader
    }
    auto because = [&](CardProblem problem, LONG why) {
        return CardError{problem, otherwise.message + "; then " + pcsc_stringify_error(why),
                         std::nullopt};
    };
    if (probe != SCARD_S_SUCCESS) {
        const CardProblem why = pcscFailure(probe, "").problem;
        return why == CardProblem::ReaderFailed ? otherwise : because(why, probe);
    }
    if (state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE)) {
        return because(CardProblem::ReaderRemoved, SCARD_E_READER_UNAVAILABLE);
    }
    if (state.dwEventState & SCARD_STATE_EMPTY) {
        return because(CardProblem::CardRemoved, SCARD_W_REMOVED_CARD);
    }
    return otherwise;
}

}  // namespace kiosk
