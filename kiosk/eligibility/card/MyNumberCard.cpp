#include "MyNumberCard.h"

#include <algorithm>
#include <array>

#include "Apdu.h"
#include "CardFaceParser.h"
#include "core/SecureWipe.h"

namespace kiosk {

namespace {

// The first read of EF 0002: FF 20, its length in any form and more.
constexpr std::size_t kFaceHeadBytes = 7;
// READ BINARY offsets are 15 bits.
constexpr std::size_t kMaxFaceBytes = 0x7FFF;
constexpr std::size_t kMaxReadLength = 0xFF;

Unexpected<CardError> badAnswer(const char* step, const std::string& what) {
    return fail(CardError{CardProblem::BadAnswer, std::string(step) + ": " + what, std::nullopt});
}

}  // namespace

bool isWellFormedCardPin(std::string_view pin) {
    return pin.size() == apdu::kPinLength &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

CardResult<MyNumberCard> MyNumberCard::open(const PcscContext& pcsc, const std::string& reader) {
    auto connection = pcsc.connect(reader);
    if (!connection) return fail(connection.error());
    auto response = connection->transmit(apdu::kSelectKenhojoAp, "SELECT AP");
    if (!response) return fail(response.error());
    if (response->sw == apdu::kOk) return MyNumberCard(std::move(*connection));
    // A well-formed refusal ("not found", "not supported"): another kind of card.
    if (response->sw1() >= 0x62 && response->sw1() <= 0x6F) {
        return fail(CardError{CardProblem::WrongCard,
                              "SELECT AP: no 券面事項入力補助AP, " + statusWordText(response->sw),
                              std::nullopt});
    }
    return badAnswer("SELECT AP", statusWordText(response->sw));
}

Status<CardError> MyNumberCard::select(CardFile file, const char* step) {
    auto response = connection_.transmit(apdu::selectFile(file), step);
    if (!response) return fail(response.error());
    if (response->sw != apdu::kOk) return badAnswer(step, statusWordText(response->sw));
    return Done{};
}

CardResult<PinTries> MyNumberCard::pinTries() {
    static constexpr const char* kStep = "PIN tries";
    if (auto selected = select(CardFile::Pin, "SELECT EF 0011"); !selected) {
        return fail(selected.error());
    }
    auto response = connection_.transmit(apdu::kPinTriesQuery, kStep);
    if (!response) return fail(response.error());
    return pinTriesFromAnswer(response->sw, kStep);
}

Status<CardError> MyNumberCard::verifyPin(std::string_view pin) {
    if (!isWellFormedCardPin(pin)) {
        return fail(CardError{CardProblem::InvalidPinFormat, "VERIFY: the PIN is not 4 digits",
                              std::nullopt});
    }
    if (auto selected = select(CardFile::Pin, "SELECT EF 0011"); !selected) {
        return fail(selected.error());
    }
    std::array<char, apdu::kPinLength> digits{};
    std::copy(pin.begin(), pin.end(), digits.begin());
    auto command = apdu::verify(digits);
    auto response = connection_.transmit(command, "VERIFY");
    secureWipe(digits.data(), digits.size());
    secureWipe(command.data(), command.size());
    if (!response) return fail(response.error());
    return pinVerifiedFromAnswer(response->sw, "VERIFY");
}

CardResult<CardFaceData> MyNumberCard::readFace() {
    static constexpr const char* kStep = "READ BINARY EF 0002";
    if (auto selected = select(CardFile::BasicFour, "SELECT EF 0002"); !selected) {
        return fail(selected.error());
    }
    std::vector<std::uint8_t> content;
    std::size_t total = kFaceHeadBytes;  // until the header says how long the element is
    bool sized = false;
    while (content.size() < total) {
        const std::size_t want = std::min(total - content.size(), kMaxReadLength);
        auto response = connection_.transmit(
            apdu::readBinary(static_cast<std::uint16_t>(content.size()), want), kStep);
        if (!response) return fail(response.error());
        if (response->sw == apdu::kSecurityNotSatisfied) {
            return badAnswer(kStep, "refused: the PIN was not verified");
        }
        const bool endOfFile = response->sw == apdu::kEndOfFile;
        if ((response->sw != apdu::kOk && !endOfFile) || response->data.empty() ||
            response->data.size() > want) {
            return badAnswer(kStep, statusWordText(response->sw) + ", " +
                                        std::to_string(response->data.size()) + " bytes");
        }
        content.insert(content.end(), response->data.begin(), response->data.end());
        if (!sized || endOfFile) {
            auto size = cardFaceSize(content);
            if (!size) return badAnswer(kStep, size.error().message);
            if (*size > kMaxFaceBytes) return badAnswer(kStep, "EF 0002 claims to be too long");
            if (endOfFile && *size > content.size()) return badAnswer(kStep, "file ends early");
            total = *size;
            sized = true;
        }
    }
    content.resize(total);  // the header read may have taken bytes past the element
    auto face = parseCardFace(content);
    if (!face) return badAnswer(kStep, face.error().message);
    return std::move(*face);
}

}  // namespace kiosk
