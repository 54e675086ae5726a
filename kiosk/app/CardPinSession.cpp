#include "CardPinSession.h"

#include <chrono>

#include "core/SecureWipe.h"
#include "eligibility/card/PcscContext.h"

namespace kiosk::app {

namespace {

using namespace std::chrono_literals;

CardError cancelled() {
    return CardError{CardProblem::Cancelled, "cancelled", std::nullopt};
}

// Connects to the reader, waiting for a card in short slices so that a
// reset stops the wait promptly; one PC/SC context per worker thread.
CardResult<MyNumberCard> openCard(const std::string& wanted, std::stop_token stop) {
    auto pcsc = PcscContext::establish();
    if (!pcsc) return fail(pcsc.error());
    std::string reader = wanted;
    if (reader.empty()) {
        auto readers = pcsc->readers();
        if (!readers) return fail(readers.error());
        reader = readers->front();
    }
    while (true) {
        if (stop.stop_requested()) return fail(cancelled());
        auto present = pcsc->waitForCard(reader, 250ms);
        if (present) break;
        if (present.error().problem != CardProblem::TimedOut) return fail(present.error());
    }
    return MyNumberCard::open(*pcsc, reader);
}

std::string messageKeyFor(CardProblem problem) {
    switch (problem) {
        case CardProblem::WrongPin:
            return "card_pin.wrong_pin";
        case CardProblem::WrongPinLastTry:
            return "card_pin.last_try";
        case CardProblem::PinLocked:
            return "card_pin.locked";
        case CardProblem::InvalidPinFormat:
            return "card_pin.pin_format";
        case CardProblem::WrongCard:
            return "card_pin.wrong_card";
        case CardProblem::CardRemoved:
            return "card_pin.card_removed";
        case CardProblem::ServiceNotRunning:
        case CardProblem::NoReader:
        case CardProblem::ReaderRemoved:
        case CardProblem::BadAnswer:
        case CardProblem::TimedOut:
        case CardProblem::Cancelled:
        case CardProblem::ReaderFailed:
            break;
    }
    return "card_pin.failed";
}

}  // namespace

CardPinSession::CardPinSession(std::string reader, std::function<void()> wake)
    : reader_(std::move(reader)), probe_(wake), read_(wake) {}

bool CardPinSession::readerPresent() {
    auto pcsc = PcscContext::establish();
    if (!pcsc) return false;
    auto readers = pcsc->readers();
    return readers && !readers->empty();
}

void CardPinSession::begin() {
    reset();
    probe_.start([reader = reader_](std::stop_token stop) {
        Probe probe;
        auto card = openCard(reader, stop);
        if (!card) {
            probe.error = card.error();
            return probe;
        }
        auto tries = card->pinTries();
        if (tries) {
            probe.tries = *tries;
        } else {
            probe.error = tries.error();
        }
        return probe;
    });
}

void CardPinSession::submitPin(const std::string& pin) {
    if (view_.stage != ui::CardPinStage::EnterPin && view_.stage != ui::CardPinStage::Failed)
        return;
    if (!view_.canRetry) return;
    view_.stage = ui::CardPinStage::Reading;
    view_.messageKey.clear();
    read_.start([reader = reader_, secret = std::string(pin)](std::stop_token stop) mutable {
        FaceRead read;
        auto card = openCard(reader, stop);
        if (card) {
            auto verified = card->verifyPin(secret);
            if (verified) {
                auto face = card->readFace();
                if (face) {
                    read.identity = toIdentityFields(*face);
                } else {
                    read.error = face.error();
                }
            } else {
                read.error = verified.error();
            }
        } else {
            read.error = card.error();
        }
        secureWipe(secret);
        return read;
    });
}

void CardPinSession::reset() {
    probe_.cancel();
    read_.cancel();
    view_ = ui::CardPinView{};
    identity_.reset();
}

void CardPinSession::fail(const CardError& error) {
    view_.stage = ui::CardPinStage::Failed;
    view_.messageKey = messageKeyFor(error.problem);
    if (error.triesLeft) view_.triesLeft = *error.triesLeft;
    view_.canRetry = error.problem != CardProblem::PinLocked;
}

void CardPinSession::poll() {
    if (auto probe = probe_.take()) {
        if (probe->tries) {
            // Verified already or not, the PIN is asked: that state ends with the
            // probe's connection (closing resets the card), and the read opens another.
            view_.askPin(probe->tries->left);
        } else if (probe->error) {
            fail(*probe->error);
        }
    }
    if (auto read = read_.take()) {
        if (read->identity) {
            identity_ = std::move(read->identity);
        } else if (read->error) {
            fail(*read->error);
        }
    }
}

std::optional<IdentityFields> CardPinSession::takeIdentity() {
    return std::exchange(identity_, std::nullopt);
}

}  // namespace kiosk::app
