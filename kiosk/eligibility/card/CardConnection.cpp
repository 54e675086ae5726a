#include "CardConnection.h"

#include <array>
#include <utility>

#include "PcscFailure.h"

namespace kiosk {

namespace {

// More than the basic four items can ever be; a card that keeps saying
// "more data" past this is not telling the truth.
constexpr std::size_t kMaxResponseBytes = 4096;
constexpr int kMaxT0Exchanges = 32;

}  // namespace

CardConnection::CardConnection(SCARDCONTEXT context, SCARDHANDLE card, DWORD protocol,
                               std::string reader)
    : context_(context),
      card_(card),
      protocol_(protocol),
      reader_(std::move(reader)),
      connected_(true) {}

CardConnection::CardConnection(CardConnection&& other) noexcept
    : context_(other.context_),
      card_(other.card_),
      protocol_(other.protocol_),
      reader_(std::move(other.reader_)),
      connected_(std::exchange(other.connected_, false)) {}

CardConnection& CardConnection::operator=(CardConnection&& other) noexcept {
    if (this != &other) {
        release();
        context_ = other.context_;
        card_ = other.card_;
        protocol_ = other.protocol_;
        reader_ = std::move(other.reader_);
        connected_ = std::exchange(other.connected_, false);
    }
    return *this;
}

CardConnection::~CardConnection() {
    release();
}

void CardConnection::release() {
    // Resetting drops the card's security state: the verified PIN goes with us.
    if (connected_) SCardDisconnect(card_, SCARD_RESET_CARD);
    connected_ = false;
}

int CardConnection::protocol() const {
    return protocol_ == SCARD_PROTOCOL_T1 ? 1 : 0;
}

CardResult<ResponseApdu> CardConnection::transmitOnce(std::span<const std::uint8_t> command,
                                                      const char* step) {
    const SCARD_IO_REQUEST* pci = protocol_ == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    std::array<std::uint8_t, 258> buffer{};  // 256 data bytes and the status word
    DWORD received = buffer.size();
    const LONG rv = SCardTransmit(card_, pci, command.data(), static_cast<DWORD>(command.size()),
                                  nullptr, buffer.data(), &received);
    if (rv != SCARD_S_SUCCESS) {
        CardError direct = pcscFailure(rv, step);
        if (direct.problem != CardProblem::ReaderFailed) return fail(std::move(direct));
        direct.problem = CardProblem::BadAnswer;
        return fail(exchangeFailure(context_, reader_, std::move(direct)));
    }
    if (received < 2 || received > buffer.size()) {
        // vpcd, for one, answers nothing at all when the card goes mid-command.
        return fail(exchangeFailure(
            context_, reader_,
            CardError{CardProblem::BadAnswer, std::string(step) + ": answer without a status word",
                      std::nullopt}));
    }
    ResponseApdu response;
    response.data.assign(buffer.begin(), buffer.begin() + (received - 2));
    response.sw = static_cast<std::uint16_t>((buffer[received - 2] << 8) | buffer[received - 1]);
    return response;
}

CardResult<ResponseApdu> CardConnection::transmit(std::span<const std::uint8_t> command,
                                                  const char* step) {
    auto response = transmitOnce(command, step);
    std::vector<std::uint8_t> collected;
    for (int exchange = 0; response && exchange < kMaxT0Exchanges; ++exchange) {
        const bool caseTwo = command.size() == 5;  // header and Le only (READ BINARY)
        if (response->sw1() == apdu::kWrongLeSw1 && caseTwo) {
            std::array<std::uint8_t, 5> again{};
            std::copy(command.begin(), command.end(), again.begin());
            again[4] = response->sw2();
            response = transmitOnce(again, step);
        } else if (response->sw1() == apdu::kMoreDataSw1) {
            collected.insert(collected.end(), response->data.begin(), response->data.end());
            if (collected.size() > kMaxResponseBytes) break;
            response = transmitOnce(apdu::getResponse(response->sw2()), step);
        } else {
            response->data.insert(response->data.begin(), collected.begin(), collected.end());
            return response;
        }
    }
    if (!response) return response;
    return fail(CardError{CardProblem::BadAnswer,
                          std::string(step) + ": endless 61 xx / 6C xx answers", std::nullopt});
}

}  // namespace kiosk
