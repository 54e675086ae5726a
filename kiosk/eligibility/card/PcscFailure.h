#pragma once
// From a PC/SC return code to a CardProblem. Internal to kiosk_card.
#include <winscard.h>

#include <string>

#include "CardError.h"

namespace kiosk {

// What `rv` means on its own.
CardError pcscFailure(LONG rv, const std::string& step);

// After an exchange with the card went wrong (PC/SC only says "not
// transacted", or the answer is too short to be one), asks the service what
// became of the reader and the card: ReaderRemoved, CardRemoved or
// ServiceNotRunning, else `otherwise` (the card is still there and misbehaved).
CardError exchangeFailure(SCARDCONTEXT context, const std::string& reader, CardError otherwise);

}  // namespace kiosk
