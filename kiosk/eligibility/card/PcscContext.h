#pragma once
// A connection to the PC/SC service (pcscd): the readers it knows, waiting
// for a card, and connecting to it. One context per thread that uses it;
// cancel() alone may be called from any thread.
#include <winscard.h>

#include <chrono>
#include <string>
#include <vector>

#include "CardConnection.h"
#include "CardError.h"

namespace kiosk {

class PcscContext {
public:
    // ServiceNotRunning when pcscd cannot be reached.
    static CardResult<PcscContext> establish();

    PcscContext(PcscContext&& other) noexcept;
    PcscContext& operator=(PcscContext&& other) noexcept;
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;
    ~PcscContext();

    // Reader names as PC/SC gives them ("Virtual PCD 00 00"); NoReader when none.
    CardResult<std::vector<std::string>> readers() const;

    // Returns once a card is in `reader`: TimedOut after `timeout`, Cancelled
    // after cancel(), ReaderRemoved when the reader goes (or is unknown).
    Status<CardError> waitForCard(const std::string& reader,
                                  std::chrono::milliseconds timeout) const;

    // Ends a waitForCard() running on another thread.
    void cancel() const;

    // Exclusive connection over T=0 or T=1, whichever the card offers.
    CardResult<CardConnection> connect(const std::string& reader) const;

private:
    explicit PcscContext(SCARDCONTEXT context) : context_(context), valid_(true) {}

    SCARDCONTEXT context_ = 0;
    bool valid_ = false;
};

}  // namespace kiosk
