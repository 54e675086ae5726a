#include "OqsResultParser.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "OqsCharset.h"

namespace kiosk {

namespace {

EligibilityError malformed(std::string message) {
    return {EligibilityError::Malformed, std::move(message)};
}

// A code is quoted in an error message only when it looks like one: short
// ASCII letters, digits and dashes, so that a garbled file cannot smuggle a
// name or number into the log.
std::string quotedCode(std::string_view code) {
    const bool codeLike =
        !code.empty() && code.size() <= 24 && std::all_of(code.begin(), code.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
        });
    return codeLike ? "'" + std::string(code) + "'" : "(not shown)";
}

EligibilityError unknownCode(std::string_view element, std::string_view code) {
    return {EligibilityError::UnknownCode,
            std::string(element) + ": unknown code " + quotedCode(code)};
}

std::string_view text(const pugi::xml_node& parent, const char* name) {
    return parent.child(name).text().as_string();
}

bool sameCharsetName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<OqsCharset> charsetFromXmlName(std::string_view name) {
    for (std::string_view n : {"UTF-8", "UTF8"}) {
        if (sameCharsetName(name, n)) return OqsCharset::Utf8;
    }
    for (std::string_view n : {"Shift_JIS", "SJIS", "Shift-JIS", "Windows-31J", "CP932", "MS932"}) {
        if (sameCharsetName(name, n)) return OqsCharset::ShiftJis;
    }
    return std::nullopt;
}

// Both character sets keep ASCII bytes as they are and never use '<', '>',
// '&' or quotes inside a multi-byte character, so the raw bytes parse as XML
// well enough to read the ASCII markers that say how to decode the text.
EligibilityResultOr<OqsCharset> detectCharset(std::string_view raw) {
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(
        raw.data(), raw.size(), pugi::parse_default | pugi::parse_declaration, pugi::encoding_utf8);
    if (!parsed) {
        return fail(malformed(std::string("not well-formed XML: ") + parsed.description() +
                              " at byte " + std::to_string(parsed.offset)));
    }
    std::optional<OqsCharset> declared;
    if (auto decl = doc.first_child(); decl.type() == pugi::node_declaration) {
        if (auto encoding = decl.attribute("encoding")) {
            declared = charsetFromXmlName(encoding.value());
            if (!declared) {
                return fail(EligibilityError{
                    EligibilityError::Encoding,
                    "XML declaration: unsupported encoding " + quotedCode(encoding.value())});
            }
        }
    }
    std::optional<OqsCharset> identified;
    const auto header = doc.document_element().child("MessageHeader");
    if (auto code = text(header, "CharacterCodeIdentifier"); !code.empty()) {
        identified = charsetFromIdentifier(code);
        if (!identified) return fail(unknownCode("CharacterCodeIdentifier", code));
    }
    if (declared && identified && declared != identified) {
        return fail(EligibilityError{
            EligibilityError::Encoding,
            "XML declaration and CharacterCodeIdentifier name different character sets"});
    }
    if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") return OqsCharset::Utf8;
    return identified.value_or(declared.value_or(OqsCharset::Utf8));
}

EligibilityResultOr<std::optional<CivilDate>> optionalDate(const pugi::xml_node& parent,
                                                           const char* name) {
    const auto value = text(parent, name);
    if (value.empty()) return std::optional<CivilDate>();
    auto date = CivilDate::parse(value);
    if (!date || value.size() != 8) return fail(malformed(std::string(name) + ": not a date"));
    return date;
}

// InsuredPartialContributionRatio is a percentage in three digits: "030" = 3割.
EligibilityResultOr<std::optional<int>> shareTenths(const pugi::xml_node& item) {
    const auto value = text(item, "InsuredPartialContributionRatio");
    if (value.empty()) return std::optional<int>();
    const bool digits = value.size() == 3 && std::all_of(value.begin(), value.end(), [](char c) {
                            return c >= '0' && c <= '9';
                        });
    const int percent =
        digits ? (value[0] - '0') * 100 + (value[1] - '0') * 10 + (value[2] - '0') : -1;
    if (percent < 0 || percent > 100 || percent % 10 != 0) {
        return fail(unknownCode("InsuredPartialContributionRatio", value));
    }
    return std::optional<int>(percent / 10);
}

EligibilityResultOr<std::optional<Sex>> sex(const pugi::xml_node& item) {
    const auto code = text(item, "Sex1");
    if (code == "1") return std::optional<Sex>(Sex::Male);
    if (code == "2") return std::optional<Sex>(Sex::Female);
    if (code == "3" || code.empty()) return std::optional<Sex>();  // 未設定
    return fail(unknownCode("Sex1", code));
}

// One ResultOfQualificationConfirmation: the qualification and the person.
Status<EligibilityError> readQualification(const pugi::xml_node& item, bool current,
                                           EligibilityResult& out) {
    Qualification q;
    q.source = QualificationSource::Terminal;
    q.current = current;
    q.insurerNumber = text(item, "InsurerNumber");
    q.symbol = text(item, "InsuredCardSymbol");
    q.number = text(item, "InsuredIdentificationNumber");
    q.branch = text(item, "InsuredBranchNumber");
    q.insurerName = text(item, "InsurerName");
    if (q.insurerNumber.empty()) return fail(malformed("InsurerNumber: missing"));
    auto share = shareTenths(item);
    if (!share) return fail(share.error());
    q.shareTenths = *share;
    auto qualified = optionalDate(item, "QualificationDate");
    if (!qualified) return fail(qualified.error());
    q.qualifiedOn = *qualified;
    auto lost = optionalDate(item, "DisqualificationDate");
    if (!lost) return fail(lost.error());
    q.lostOn = *lost;
    out.qualification = std::move(q);

    out.identity.name = text(item, "Name");
    out.identity.nameKana = text(item, "NameKana");
    out.identity.address = text(item, "Address");
    out.postNumber = text(item, "PostNumber");
    auto s = sex(item);
    if (!s) return fail(s.error());
    out.identity.sex = *s;
    auto birth = optionalDate(item, "Birthdate");
    if (!birth) return fail(birth.error());
    out.identity.birthDate = *birth;
    return Done{};
}

EligibilityResultOr<EligibilityOutcome> outcomeOfValidity(std::string_view validity) {
    if (validity == "1") return EligibilityOutcome::Valid;
    if (validity == "2" || validity == "3") return EligibilityOutcome::Lost;
    if (validity == "4") return EligibilityOutcome::NotRegistered;
    if (validity == "5") return EligibilityOutcome::MultipleMatches;
    if (validity.empty()) return fail(malformed("QualificationValidity: missing"));
    return fail(unknownCode("QualificationValidity", validity));
}

Status<EligibilityError> readBody(const pugi::xml_node& header, const pugi::xml_node& body,
                                  const CardProblemCodes& cardProblemCodes,
                                  EligibilityResult& out) {
    const auto segment = text(header, "SegmentOfResult");
    if (segment == "2") return fail(malformed("SegmentOfResult: still processing"));
    if (!segment.empty() && segment != "1" && segment != "9") {
        return fail(unknownCode("SegmentOfResult", segment));
    }
    if (!body) {
        // 異常 with only a header: the header carries the error.
        if (segment != "9") return fail(malformed("MessageBody: missing"));
        out.outcome = EligibilityOutcome::TerminalError;
        out.terminalCode = text(header, "ErrorCode");
        out.terminalMessage = text(header, "ErrorMessage");
        return Done{};
    }
    const auto status = text(body, "ProcessingResultStatus");
    out.terminalCode = text(body, "ProcessingResultCode");
    out.terminalMessage = text(body, "ProcessingResultMessage");
    if (status == "2" || (status.empty() && segment == "9")) {
        out.outcome = cardProblemCodes.contains(out.terminalCode)
                          ? EligibilityOutcome::CardProblem
                          : EligibilityOutcome::TerminalError;
        return Done{};
    }
    if (status != "1") {
        if (status.empty()) return fail(malformed("ProcessingResultStatus: missing"));
        return fail(unknownCode("ProcessingResultStatus", status));
    }
    auto outcome = outcomeOfValidity(text(body, "QualificationValidity"));
    if (!outcome) return fail(outcome.error());
    out.outcome = *outcome;
    if (out.outcome != EligibilityOutcome::Valid && out.outcome != EligibilityOutcome::Lost) {
        return Done{};  // nobody, or several people: no qualification to take
    }
    const auto item = body.child("ResultList").child("ResultOfQualificationConfirmation");
    if (!item) return fail(malformed("ResultOfQualificationConfirmation: missing"));
    return readQualification(item, out.outcome == EligibilityOutcome::Valid, out);
}

}  // namespace

EligibilityResultOr<ParsedOqsResult> parseOqsResult(std::span<const std::uint8_t> bytes,
                                                    const CardProblemCodes& cardProblemCodes) {
    const std::string_view raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    auto charset = detectCharset(raw);
    if (!charset) return fail(charset.error());
    auto utf8 = decodeToUtf8(raw, *charset, "result file");
    if (!utf8) return fail(utf8.error());

    pugi::xml_document doc;
    // Parsed as UTF-8 whatever the declaration says: the bytes are UTF-8 now.
    if (!doc.load_buffer(utf8->data(), utf8->size(), pugi::parse_default, pugi::encoding_utf8)) {
        return fail(malformed("not well-formed XML after decoding"));
    }
    const auto root = doc.document_element();
    const auto header = root.child("MessageHeader");
    if (!header) return fail(malformed("MessageHeader: missing"));

    ParsedOqsResult parsed;
    parsed.arbitraryIdentifier =
        text(header.child("QualificationConfirmSearchInfo"), "ArbitraryIdentifier");
    if (parsed.arbitraryIdentifier.empty()) {
        parsed.arbitraryIdentifier = text(header, "ArbitraryIdentifier");
    }
    auto body = readBody(header, root.child("MessageBody"), cardProblemCodes, parsed.result);
    if (!body) return fail(body.error());
    parsed.result.rawResponse.assign(bytes.begin(), bytes.end());
    return parsed;
}

}  // namespace kiosk
