#include "OqsRequestFile.h"

#include <chrono>
#include <ctime>

#include "AtomicFile.h"
#include "OqsDocument.h"

namespace kiosk {

namespace {

constexpr std::string_view requestPrefix = "OQSsiquc01req_";
constexpr std::string_view resultPrefix = "OQSsiquc01res_";
constexpr std::string_view xmlSuffix = ".xml";

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
                                               std::string_view executionTime) {
    pugi::xml_document doc;
    auto root = doc.append_child("XmlMsg");
    auto header = root.append_child("MessageHeader");
    addOqsElement(header, "ProcessExecutionTime", executionTime);
    addOqsElement(header, "QualificationConfirmationDate", request.confirmationDate.compact());
    addOqsElement(header, "MedicalInstitutionCode", settings.medicalInstitutionCode);
    const bool card = request.reference == CheckReference::Card;
    addOqsElement(header, "ReferenceClassification", card ? "1" : "2");
    addOqsElement(header, "CharacterCodeIdentifier", charsetIdentifier(settings.charset));
    auto search = header.append_child("QualificationConfirmSearchInfo");
    if (!card) {
        addOqsElement(search, "InsurerNumber", request.insurerNumber);
        addOqsElement(search, "InsuredCardSymbol", request.symbol);
        addOqsElement(search, "InsuredIdentificationNumber", request.number);
        addOqsElement(search, "InsuredBranchNumber", request.branch);
        addOqsElement(search, "Birthdate", request.birthDate ? request.birthDate->compact() : "");
    }
    addOqsElement(search, "ArbitraryIdentifier", request.arbitraryIdentifier);
    return serializeOqsDocument(doc, settings.charset, "request");
}

EligibilityResultOr<std::filesystem::path> writeOqsRequest(const std::filesystem::path& oqsDir,
                                                           std::string_view requestId,
                                                           const CheckRequest& request,
                                                           const OqsRequestSettings& settings) {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char executionTime[16];
    std::strftime(executionTime, sizeof executionTime, "%Y%m%d%H%M%S", &local);
    auto xml = oqsRequestXml(request, settings, executionTime);
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
    ParsedOqsRequest parsed;
    parsed.charset = (*doc)->charset;
    parsed.medicalInstitutionCode = oqsText(header, "MedicalInstitutionCode");
    auto& request = parsed.request;
    const auto reference = oqsText(header, "ReferenceClassification");
    if (reference == "1") {
        request.reference = CheckReference::Card;
    } else if (reference == "2") {
        request.reference = CheckReference::InsuranceCard;
    } else {
        return fail(oqsUnknownCode("ReferenceClassification", reference));
    }
    auto date = CivilDate::parse(oqsText(header, "QualificationConfirmationDate"));
    if (!date) {
        return fail(EligibilityError{EligibilityError::Malformed,
                                     "request file: QualificationConfirmationDate: not a date"});
    }
    request.confirmationDate = *date;
    const auto search = header.child("QualificationConfirmSearchInfo");
    request.insurerNumber = oqsText(search, "InsurerNumber");
    request.symbol = oqsText(search, "InsuredCardSymbol");
    request.number = oqsText(search, "InsuredIdentificationNumber");
    request.branch = oqsText(search, "InsuredBranchNumber");
    request.birthDate = CivilDate::parse(oqsText(search, "Birthdate"));
    request.arbitraryIdentifier = oqsText(search, "ArbitraryIdentifier");
    return parsed;
}

}  // namespace kiosk
