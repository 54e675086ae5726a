#include "PcscContext.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "PcscFailure.h"

namespace kiosk {

CardResult<PcscContext> PcscContext::establish() {
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS) return fail(pcscFailure(rv, "connecting to pcscd"));
    return PcscContext(context);
}

PcscContext::PcscContext(PcscContext&& other) noexcept
    : context_(other.context_), valid_(std::exchange(other.valid_, false)) {}

PcscContext& PcscContext::operator=(PcscContext&& other) noexcept {
    if (this != &other) {
        if (valid_) SCardReleaseContext(context_);
        context_ = other.context_;
        valid_ = std::exchange(other.valid_, false);
    }
    return *this;
}

PcscContext::~PcscContext() {
    if (valid_) SCardReleaseContext(context_);
}

CardResult<std::vector<std::string>> PcscContext::readers() const {
    DWORD size = 0;
    LONG rv = SCardListReaders(context_, nullptr, nullptr, &size);
    std::string multiString(size, '\0');
    if (rv == SCARD_S_SUCCESS) rv = SCardListReaders(context_, nullptr, multiString.data(), &size);
    if (rv != SCARD_S_SUCCESS) return fail(pcscFailure(rv, "listing readers"));
    // "name\0name\0\0"
    std::vector<std::string> names;
    for (std::size_t at = 0; at < multiString.size() && multiString[at] != '\0';) {
        names.emplace_back(multiString.c_str() + at);
        at += names.back().size() + 1;
    }
    if (names.empty()) {
        return fail(pcscFailure(SCARD_E_NO_READERS_AVAILABLE, "listing readers"));
    }
    return names;
}

Status<CardError> PcscContext::waitForCard(const std::string& reader,
                                           std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    SCARD_READERSTATE state{};
    state.szReader = reader.c_str();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        const auto waitMs = static_cast<DWORD>(std::max<std::int64_t>(left.count(), 0));
        const LONG rv = SCardGetStatusChange(context_, waitMs, &state, 1);
        if (rv != SCARD_S_SUCCESS) return fail(pcscFailure(rv, "waiting for a card"));
        if (state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE)) {
            return fail(pcscFailure(SCARD_E_UNKNOWN_READER, "waiting for a card"));
        }
        if (state.dwEventState & SCARD_STATE_MUTE) {
            return fail(pcscFailure(SCARD_W_UNRESPONSIVE_CARD, "waiting for a card"));
        }
        if (state.dwEventState & SCARD_STATE_PRESENT) return Done{};
        state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
    }
}

void PcscContext::cancel() const {
    SCardCancel(context_);
}

CardResult<CardConnection> PcscContext::connect(const std::string& reader) const {
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    const LONG rv = SCardConnect(context_, reader.c_str(), SCARD_SHARE_EXCLUSIVE,
                                 SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
    if (rv != SCARD_S_SUCCESS) return fail(pcscFailure(rv, "connecting to the card"));
    return CardConnection(context_, card, protocol, reader);
}

}  // namespace kiosk
