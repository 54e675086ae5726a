#pragma once
// The request file (DOMAIN.md §7): OQSsiquc01req_<id>.xml in <dir>/req, its
// answer OQSsiquc01res_<id>.xml in <dir>/res. Written by the kiosk, read by the
// simulator.
#include <filesystem>
#include <string>
#include <string_view>

#include "CheckRequest.h"
#include "OqsCharset.h"

namespace kiosk {

struct OqsRequestSettings {
    std::string medicalInstitutionCode;  // 医療機関コード, 10 digits
    OqsCharset charset = OqsCharset::ShiftJis;
};

std::string oqsRequestFileName(std::string_view requestId);
// req → res in a request's file name; unchanged if it is not a request name.
std::string oqsResultFileName(std::string_view requestFileName);
bool isOqsRequestFileName(std::string_view fileName);

// `executionTime` is ProcessExecutionTime, YYYYMMDDhhmmss.
EligibilityResultOr<std::string> oqsRequestXml(const CheckRequest& request,
                                               const OqsRequestSettings& settings,
                                               std::string_view executionTime);

// Writes the request atomically into <oqsDir>/req; returns the file's path.
EligibilityResultOr<std::filesystem::path> writeOqsRequest(const std::filesystem::path& oqsDir,
                                                           std::string_view requestId,
                                                           const CheckRequest& request,
                                                           const OqsRequestSettings& settings);

struct ParsedOqsRequest {
    CheckRequest request;
    OqsCharset charset = OqsCharset::ShiftJis;
    std::string medicalInstitutionCode;
};

EligibilityResultOr<ParsedOqsRequest> parseOqsRequest(std::string_view bytes);

}  // namespace kiosk
