#pragma once
// The request file (DOMAIN.md §7): OQSsiquc01req_<id>.xml in <dir>/req, its
// answer OQSsiquc01res_<id>.xml in <dir>/res. Written by the kiosk, read by the
// simulator. Its element set, as the clients write it, is in OqsRequestFile.cpp.
#include <filesystem>
#include <string>
#include <string_view>

#include "CheckRequest.h"
#include "OqsCharset.h"

namespace kiosk {

struct OqsRequestSettings {
    std::string medicalInstitutionCode;  // 医療機関コード, 10 digits
    OqsCharset charset = OqsCharset::ShiftJis;
    // LimitApplicationCertificateRelatedConsFlg (1 同意, 0 未同意): whether the
    // patient agrees that the 限度額適用認定証 details are disclosed. The clients
    // send 1 unless staff untick it.
    bool limitCertificateConsent = true;
};

std::string oqsRequestFileName(std::string_view requestId);
// req → res in a request's file name; unchanged if it is not a request name.
std::string oqsResultFileName(std::string_view requestFileName);
bool isOqsRequestFileName(std::string_view fileName);

// `fileIdentifier` is the header's ArbitraryFileIdentifier, unique per request.
EligibilityResultOr<std::string> oqsRequestXml(const CheckRequest& request,
                                               const OqsRequestSettings& settings,
                                               std::string_view fileIdentifier);

// Writes the request atomically into <oqsDir>/req, with `requestId` as its
// ArbitraryFileIdentifier; returns the file's path.
EligibilityResultOr<std::filesystem::path> writeOqsRequest(const std::filesystem::path& oqsDir,
                                                           std::string_view requestId,
                                                           const CheckRequest& request,
                                                           const OqsRequestSettings& settings);

struct ParsedOqsRequest {
    CheckRequest request;
    OqsCharset charset = OqsCharset::ShiftJis;
    std::string medicalInstitutionCode;
    std::string fileIdentifier;           // ArbitraryFileIdentifier
    std::string limitCertificateConsent;  // LimitApplicationCertificateRelatedConsFlg as sent
};

// A request in the layout above. ReferenceClassification is optional: the
// clients do not send it; 1 marks a card request, which no client writes.
EligibilityResultOr<ParsedOqsRequest> parseOqsRequest(std::string_view bytes);

}  // namespace kiosk
