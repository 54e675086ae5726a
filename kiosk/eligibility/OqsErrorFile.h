#pragma once
// How the terminal reports a request it could not process: the request is
// moved from req/ to res/ and a file named after it with ".err" in place of
// ".xml" (OQSsiquc01req_<id>.err) is put beside it. SmartKarte's agent
// (Sotatek-ChinhVu/smart-test, the SignalR file service) waits for exactly
// this pair and hands the .err's content on unread; no client we checked
// parses it, so its layout is unknown (DOMAIN.md §7):
// - XML with MessageHeader ErrorCode/ErrorMessage (or MessageBody
//   ProcessingResultCode/Message) gives the code and the message;
// - anything else is kept as text (UTF-8 or Shift_JIS) as the message.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "EligibilityResult.h"

namespace kiosk {

// "OQSsiquc01req_<id>.xml" → "OQSsiquc01req_<id>.err".
std::string oqsErrorFileName(std::string_view requestFileName);

// A TerminalError carrying what the .err says; `raw` is kept as the response.
EligibilityResult oqsErrorFileResult(std::vector<std::uint8_t> raw);

// A TerminalError for a request moved back to res/ with no .err beside it.
EligibilityResult oqsReturnedRequestResult(std::string_view requestFileName);

}  // namespace kiosk
