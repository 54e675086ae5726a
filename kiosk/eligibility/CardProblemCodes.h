#pragma once
// Terminal error codes (ProcessingResultCode) that mean the card itself cannot
// be used — damaged chip, expired or revoked 利用者証明用電子証明書 — rather than
// the terminal or the network failing. The patient then needs a proof
// document; a terminal error sends staff to the terminal instead.
//
// *Unconfirmed* (DOMAIN.md): the real terminal's codes are not published where
// we could check them. The defaults are the simulator's codes; a clinic sets
// its terminal vendor's list in the configuration.
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

class CardProblemCodes {
public:
    explicit CardProblemCodes(std::vector<std::string> codes) : codes_(std::move(codes)) {}
    // The simulator's codes (OqsSimulator answers its card_problem people with them).
    static CardProblemCodes defaults();
    // "A,B,C" as given in a configuration option; blanks are dropped.
    static CardProblemCodes parseList(std::string_view commaSeparated);

    bool contains(std::string_view code) const;
    const std::vector<std::string>& codes() const { return codes_; }

private:
    std::vector<std::string> codes_;
};

}  // namespace kiosk
