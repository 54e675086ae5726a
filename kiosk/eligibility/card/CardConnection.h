#pragma once
// One exclusive connection to the card in a reader. Transmits APDUs and
// hides the T=0 conversations (61 xx → GET RESPONSE, 6C xx → send again
// with the right Le). Disconnecting resets the card, so a verified PIN never
// outlives the connection.
#include <winscard.h>

#include <cstdint>
#include <span>
#include <string>

#include "Apdu.h"
#include "CardError.h"

namespace kiosk {

class CardConnection {
public:
    CardConnection(CardConnection&& other) noexcept;
    CardConnection& operator=(CardConnection&& other) noexcept;
    CardConnection(const CardConnection&) = delete;
    CardConnection& operator=(const CardConnection&) = delete;
    ~CardConnection();

    // `step` names the command in error messages ("SELECT AP").
    CardResult<ResponseApdu> transmit(std::span<const std::uint8_t> command, const char* step);

    // T=0 or T=1, as negotiated.
    int protocol() const;

private:
    friend class PcscContext;
    CardConnection(SCARDCONTEXT context, SCARDHANDLE card, DWORD protocol, std::string reader);
    CardResult<ResponseApdu> transmitOnce(std::span<const std::uint8_t> command, const char* step);
    void release();

    SCARDCONTEXT context_ = 0;
    SCARDHANDLE card_ = 0;
    DWORD protocol_ = 0;
    std::string reader_;
    bool connected_ = false;
};

}  // namespace kiosk
