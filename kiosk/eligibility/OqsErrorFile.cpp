#include "OqsErrorFile.h"

#include "OqsCharset.h"
#include "OqsDocument.h"
#include "core/Blanks.h"

namespace kiosk {

namespace {

// Enough for any message a person reads on a screen; the whole file stays in
// rawResponse.
constexpr std::size_t maxMessageBytes = 1000;

// Cut at a character boundary so the message stays valid UTF-8.
std::string shortened(std::string_view utf8) {
    if (utf8.size() <= maxMessageBytes) return std::string(utf8);
    std::size_t end = maxMessageBytes;
    while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) --end;
    return std::string(utf8.substr(0, end)) + "…";
}

std::string asText(std::string_view bytes) {
    for (auto charset : {OqsCharset::Utf8, OqsCharset::ShiftJis}) {
        if (auto text = decodeToUtf8(bytes, charset, ".err")) return shortened(trimBlanks(*text));
    }
    return "(not readable as UTF-8 or Shift_JIS)";
}

EligibilityResult terminalError(std::string code, std::string message,
                                std::vector<std::uint8_t> raw) {
    auto result = failedCheck(EligibilityOutcome::TerminalError,
                              {EligibilityError::Rejected,
                               code.empty() ? "the terminal rejected the request"
                                            : "the terminal rejected the request (" + code + ")"},
                              std::move(raw));
    result.terminalCode = std::move(code);
    result.terminalMessage = std::move(message);
    return result;
}

}  // namespace

std::string oqsErrorFileName(std::string_view requestFileName) {
    auto name = std::string(requestFileName);
    if (name.ends_with(".xml")) name.resize(name.size() - 4);
    return name + ".err";
}

EligibilityResult oqsErrorFileResult(std::vector<std::uint8_t> raw) {
    const std::string_view bytes(reinterpret_cast<const char*>(raw.data()), raw.size());
    if (trimBlanks(bytes).starts_with("<")) {
        if (auto doc = loadOqsDocument(bytes, ".err")) {
            const auto& header = (*doc)->header;
            const auto body = (*doc)->xml.document_element().child("MessageBody");
            std::string code(oqsTrimmedText(header, "ErrorCode"));
            std::string message(oqsText(header, "ErrorMessage"));
            if (code.empty()) code = oqsTrimmedText(body, "ProcessingResultCode");
            if (message.empty()) message = oqsText(body, "ProcessingResultMessage");
            if (!code.empty() || !message.empty()) {
                return terminalError(std::move(code), shortened(trimBlanks(message)),
                                     std::move(raw));
            }
        }
    }
    auto message = asText(bytes);
    return terminalError("", std::move(message), std::move(raw));
}

EligibilityResult oqsReturnedRequestResult(std::string_view requestFileName) {
    return terminalError(
        "",
        "the terminal returned " + std::string(requestFileName) + " to res/ without an .err file",
        {});
}

}  // namespace kiosk
