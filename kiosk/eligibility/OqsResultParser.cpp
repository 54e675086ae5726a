#include "OqsResultParser.h"

#include <algorithm>
#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "OqsDocument.h"

namespace kiosk {

namespace {

EligibilityError malformed(std::string message) {
    return {EligibilityError::Malformed, "result file: " + std::move(message)};
}

EligibilityResultOr<std::optional<CivilDate>> optionalDate(const pugi::xml_node& parent,
                                                           const char* name) {
    const auto value = oqsText(parent, name);
    if (value.empty()) return std::optional<CivilDate>();
    auto date = CivilDate::parse(value);
    if (!date || value.size() != 8) return fail(malformed(std::string(name) + ": not a date"));
    return date;
}

// A ratio is a percentage in three digits: "030" = 3割. 後期 answers carry
// InsuredPartialContributionRatio; for 70–74 the share is in the 高齢受給者証's
// ElderlyRecipientCertificateInfo/ElderlyRecipientContributionRatio. Where
// an answer carries both, the 高齢受給者証 is the more specific: only a 70–74
// patient has one, and 後期 patients have none.
EligibilityResultOr<std::optional<int>> shareTenths(const pugi::xml_node& item) {
    const char* element = "ElderlyRecipientContributionRatio";
    auto value = oqsTrimmedText(item.child("ElderlyRecipientCertificateInfo"), element);
    if (value.empty()) {
        element = "InsuredPartialContributionRatio";
        value = oqsTrimmedText(item, element);
    }
    if (value.empty()) return std::optional<int>();
    const bool digits = value.size() == 3 && std::all_of(value.begin(), value.end(), [](char c) {
                            return c >= '0' && c <= '9';
                        });
    const int percent =
        digits ? (value[0] - '0') * 100 + (value[1] - '0') * 10 + (value[2] - '0') : -1;
    if (percent < 0 || percent > 100 || percent % 10 != 0) {
        return fail(oqsUnknownCode(element, value));
    }
    return std::optional<int>(percent / 10);
}

EligibilityResultOr<std::optional<Sex>> sex(const pugi::xml_node& item) {
    const auto code = oqsText(item, "Sex1");
    if (code == "1") return std::optional<Sex>(Sex::Male);
    if (code == "2") return std::optional<Sex>(Sex::Female);
    if (code == "3" || code.empty()) return std::optional<Sex>();  // 未設定
    return fail(oqsUnknownCode("Sex1", code));
}

// ReasonOfLoss (01 死亡, 02 生活保護, 03 他保険取得, 99 その他). An unknown code
// is kept as "other": the answer itself is still good.
std::optional<LossReason> lossReason(const pugi::xml_node& item) {
    const auto code = oqsText(item, "ReasonOfLoss");
    if (code.empty()) return std::nullopt;
    if (code == "01") return LossReason::Death;
    if (code == "02") return LossReason::PublicAssistance;
    if (code == "03") return LossReason::OtherInsurance;
    return LossReason::Other;
}

// One ResultOfQualificationConfirmation: the qualification and the person.
Status<EligibilityError> readQualification(const pugi::xml_node& item, bool current,
                                           EligibilityResult& out) {
    Qualification q;
    q.source = QualificationSource::Terminal;
    q.current = current;
    q.insurerNumber = oqsTrimmedText(item, "InsurerNumber");
    q.symbol = oqsTrimmedText(item, "InsuredCardSymbol");
    q.number = oqsTrimmedText(item, "InsuredIdentificationNumber");
    q.branch = oqsTrimmedText(item, "InsuredBranchNumber");
    q.insurerName = oqsText(item, "InsurerName");
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
    q.lossReason = lossReason(item);
    out.qualification = std::move(q);

    out.identity.name = oqsText(item, "Name");
    out.identity.nameKana = oqsText(item, "NameKana");
    out.identity.address = oqsText(item, "Address");
    out.postNumber = oqsText(item, "PostNumber");
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
    if (validity == "6") return EligibilityOutcome::MedicalAidNotRegistered;
    if (validity.empty()) return fail(malformed("QualificationValidity: missing"));
    return fail(oqsUnknownCode("QualificationValidity", validity));
}

Status<EligibilityError> readBody(const pugi::xml_node& header, const pugi::xml_node& body,
                                  const TerminalErrorCodes& errorCodes, EligibilityResult& out) {
    const auto segment = oqsText(header, "SegmentOfResult");
    if (segment == "2") return fail(malformed("SegmentOfResult: still processing"));
    if (!segment.empty() && segment != "1" && segment != "9") {
        return fail(oqsUnknownCode("SegmentOfResult", segment));
    }
    if (!body) {
        // 異常 with only a header: the header carries the error.
        if (segment != "9") return fail(malformed("MessageBody: missing"));
        out.outcome = EligibilityOutcome::TerminalError;
        out.terminalCode = oqsText(header, "ErrorCode");
        out.terminalMessage = oqsText(header, "ErrorMessage");
        return Done{};
    }
    const auto status = oqsText(body, "ProcessingResultStatus");
    out.terminalCode = oqsText(body, "ProcessingResultCode");
    out.terminalMessage = oqsText(body, "ProcessingResultMessage");
    // An error the header reports stands whatever the body holds.
    if (const auto headerCode = oqsText(header, "ErrorCode"); !headerCode.empty()) {
        out.outcome = errorCodes.outcomeOf(headerCode);
        out.terminalCode = headerCode;
        out.terminalMessage = oqsText(header, "ErrorMessage");
        return Done{};
    }
    if (status == "2" || (status.empty() && segment == "9")) {
        out.outcome = errorCodes.outcomeOf(out.terminalCode);
        return Done{};
    }
    if (status != "1") {
        if (status.empty()) return fail(malformed("ProcessingResultStatus: missing"));
        return fail(oqsUnknownCode("ProcessingResultStatus", status));
    }
    auto outcome = outcomeOfValidity(oqsText(body, "QualificationValidity"));
    if (!outcome) return fail(outcome.error());
    out.outcome = *outcome;
    const auto item = body.child("ResultList").child("ResultOfQualificationConfirmation");
    // Medical aid not yet registered: who the person is helps the desk call
    // the welfare office, but the answer may list nobody, or list them in a
    // shape made for insurance; the outcome stands either way.
    if (out.outcome == EligibilityOutcome::MedicalAidNotRegistered) {
        EligibilityResult listed = out;
        if (item && readQualification(item, true, listed)) out = std::move(listed);
        return Done{};
    }
    if (out.outcome != EligibilityOutcome::Valid && out.outcome != EligibilityOutcome::Lost) {
        return Done{};  // nobody, or several people: no qualification to take
    }
    if (!item) return fail(malformed("ResultOfQualificationConfirmation: missing"));
    return readQualification(item, out.outcome == EligibilityOutcome::Valid, out);
}

}  // namespace

EligibilityResultOr<ParsedOqsResult> parseOqsResult(std::span<const std::uint8_t> bytes,
                                                    const TerminalErrorCodes& errorCodes) {
    const std::string_view raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    auto doc = loadOqsDocument(raw, "result file");
    if (!doc) return fail(doc.error());
    const auto& header = (*doc)->header;

    ParsedOqsResult parsed;
    const auto bodyNode = (*doc)->xml.document_element().child("MessageBody");
    // The echoed search info is in the body (myclinic-ts's answer model); an
    // older layout put it in the header.
    for (const auto& holder : {bodyNode, header}) {
        if (parsed.arbitraryIdentifier.empty()) {
            parsed.arbitraryIdentifier =
                oqsText(holder.child("QualificationConfirmSearchInfo"), "ArbitraryIdentifier");
        }
    }
    if (parsed.arbitraryIdentifier.empty()) {
        parsed.arbitraryIdentifier = oqsText(header, "ArbitraryIdentifier");
    }
    auto body = readBody(header, bodyNode, errorCodes, parsed.result);
    if (!body) return fail(body.error());
    parsed.result.rawResponse.assign(bytes.begin(), bytes.end());
    return parsed;
}

}  // namespace kiosk
