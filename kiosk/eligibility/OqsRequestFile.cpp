#include "OqsRequestFile.h"

#include "AtomicFile.h"
#include "OqsDocument.h"
#include "core/InsurerNumber.h"

namespace kiosk {

namespace {

constexpr std::string_view requestPrefix = "OQSsiquc01req_";
constexpr std::string_view resultPrefix = "OQSsiquc01res_";
constexpr std::string_view xmlSuffix = ".xml";

// Every element of a request, as text.
struct RequestText {
    std::string confirmationDate, medicalInstitutionCode, fileIdentifier, referenceClassification;
    std::string insurerNumber, symbol, number, branch, birthdate, limitCertificateConsent,
        arbitraryIdentifier;
};

enum class RequestPart {
    Header,
    SearchInfo
};  // MessageHeader, MessageBody/QualificationConfirmSearchInfo

struct RequestElement {
    RequestPart part;
    const char* name;
    std::string RequestText::*member;
};

// THE request layout, in the order written; an element without a value is left
// out. It follows the clients that write these requests (checked 2026-12):
// - myclinic-ts (hangilc/myclinic-ts): packages/onshi-result/
//   QualificationConfirmSearchInfo.ts, MessageBody.ts, frontend/src/lib/
//   onshi-confirm.ts, OnshiKakuninFormDialog.svelte; and hangilc's onshi
//   search module: header QualificationConfirmationDate and
//   MedicalInstitutionCode, search info in MessageBody, the consent flag
//   required and sent as "1";
// - OQSDrug2 (YUKI-ENT/OQSDrug2): OQSDrug/BulkQualificationService.cs,
//   Form1.cs (GenerateXML): header MedicalInstitutionCode and
//   ArbitraryFileIdentifier, search info in MessageBody, Shift_JIS with
//   `<?xml version="1.0" encoding="Shift_JIS" standalone="no"?>`;
// - SmartKarte (Sotatek-ChinhVu/smart-test): UseCase/XmlDTD/QCBIXmlMsgRequest,
//   UseCase/Online/QualificationConfirmation/QualificationConfirmSearchInfo.cs
//   and its agent's list of search-info elements (別紙3-1 order).
// No client sends ProcessExecutionTime, SegmentOfResult, ErrorCode/Message or
// CharacterCodeIdentifier: they are answer-only. ReferenceClassification is
// answer-only too: it is never written, only read, so that the simulator can
// answer a stray card request (1) as a terminal may, with an error.
constexpr RequestElement requestElements[] = {
    {RequestPart::Header, "QualificationConfirmationDate", &RequestText::confirmationDate},
    {RequestPart::Header, "MedicalInstitutionCode", &RequestText::medicalInstitutionCode},
    {RequestPart::Header, "ArbitraryFileIdentifier", &RequestText::fileIdentifier},
    {RequestPart::Header, "ReferenceClassification", &RequestText::referenceClassification},
    {RequestPart::SearchInfo, "InsurerNumber", &RequestText::insurerNumber},
    {RequestPart::SearchInfo, "InsuredCardSymbol", &RequestText::symbol},
    {RequestPart::SearchInfo, "InsuredIdentificationNumber", &RequestText::number},
    {RequestPart::SearchInfo, "InsuredBranchNumber", &RequestText::branch},
    {RequestPart::SearchInfo, "Birthdate", &RequestText::birthdate},
    {RequestPart::SearchInfo, "LimitApplicationCertificateRelatedConsFlg",
     &RequestText::limitCertificateConsent},
    {RequestPart::SearchInfo, "ArbitraryIdentifier", &RequestText::arbitraryIdentifier},
};

}  // namespace

std::string oqsRequestFileName(std::string_view requestId) {
    return std::string(requestPrefix) + std::string(requestId) + std::string(xmlSuffix);
}

bool isOqsRequestFileName(std::string_view fileName) {
    return fileName.starts_with(requestPrefix) && fileName.ends_with(xmlSuffix);
}

std::string oqsResultFileName(std::string_view requestFileName) {
    if (!isOqsRequestFileName(requestFileName)) return std::string(requestFileName);
    return std::string(resultPrefix) + std::string(requestFileName.substr(requestPrefix.size()));
}

EligibilityResultOr<std::string> oqsRequestXml(const CheckRequest& request,
                                               const OqsRequestSettings& settings,
                                               std::string_view fileIdentifier) {
    RequestText text;
    text.confirmationDate = request.confirmationDate.compact();
    text.medicalInstitutionCode = settings.medicalInstitutionCode;
    text.fileIdentifier = std::string(fileIdentifier);
    text.arbitraryIdentifier = request.arbitraryIdentifier;
    if (request.reference == CheckReference::Card) {
        return fail(EligibilityError{EligibilityError::BadInput,
                                     "a card check is not requested: the face reader answers by "
                                     "itself (DOMAIN.md §7)"});
    }
    text.insurerNumber = insurerNumberInRequest(request.insurerNumber);
    text.symbol = request.symbol;
    text.number = request.number;
    text.branch = request.branch;
    text.birthdate = request.birthDate ? request.birthDate->compact() : "";
    text.limitCertificateConsent = settings.limitCertificateConsent ? "1" : "0";
    pugi::xml_document doc;
    auto root = doc.append_child("XmlMsg");
    auto header = root.append_child("MessageHeader");
    auto search = root.append_child("MessageBody").append_child("QualificationConfirmSearchInfo");
    for (const auto& e : requestElements) {
        const auto& value = text.*e.member;
        if (value.empty()) continue;
        auto parent = e.part == RequestPart::Header ? header : search;
        addOqsElement(parent, e.name, value);
    }
    if (!search.first_child()) search.parent().remove_child(search);
    return serializeOqsDocument(doc, settings.charset, "request");
}

EligibilityResultOr<std::filesystem::path> writeOqsRequest(const std::filesystem::path& oqsDir,
                                                           std::string_view requestId,
                                                           const CheckRequest& request,
                                                           const OqsRequestSettings& settings) {
    auto xml = oqsRequestXml(request, settings, requestId);
    if (!xml) return fail(xml.error());
    const auto path = oqsDir / "req" / oqsRequestFileName(requestId);
    auto written = writeFileAtomically(path, *xml);
    if (!written) return fail(written.error());
    return path;
}

EligibilityResultOr<ParsedOqsRequest> parseOqsRequest(std::string_view bytes) {
    auto doc = loadOqsDocument(bytes, "request file");
    if (!doc) return fail(doc.error());
    const auto& header = (*doc)->header;
    const auto search =
        (*doc)->xml.document_element().child("MessageBody").child("QualificationConfirmSearchInfo");
    RequestText text;
    for (const auto& e : requestElements) {
        text.*e.member = oqsText(e.part == RequestPart::Header ? header : search, e.name);
    }
    ParsedOqsRequest parsed;
    parsed.charset = (*doc)->charset;
    parsed.medicalInstitutionCode = text.medicalInstitutionCode;
    parsed.fileIdentifier = text.fileIdentifier;
    parsed.limitCertificateConsent = text.limitCertificateConsent;
    auto& request = parsed.request;
    if (text.referenceClassification == "1") {
        request.reference = CheckReference::Card;
    } else if (text.referenceClassification.empty() || text.referenceClassification == "2") {
        request.reference = CheckReference::InsuranceCard;
    } else {
        return fail(oqsUnknownCode("ReferenceClassification", text.referenceClassification));
    }
    auto date = CivilDate::parse(text.confirmationDate);
    if (!date) {
        return fail(EligibilityError{EligibilityError::Malformed,
                                     "request file: QualificationConfirmationDate: not a date"});
    }
    request.confirmationDate = *date;
    request.insurerNumber = text.insurerNumber;
    request.symbol = text.symbol;
    request.number = text.number;
    request.branch = text.branch;
    request.birthDate = CivilDate::parse(text.birthdate);
    request.arbitraryIdentifier = text.arbitraryIdentifier;
    return parsed;
}

}  // namespace kiosk
