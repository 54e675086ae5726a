#pragma once
// The terminal's answer file is kept with the record, byte for byte, as
// evidence of what the check said (issue 4: "keep what was received").
#include <cstdint>
#include <string_view>

#include "EligibilityResult.h"
#include "store/RecordStore.h"

namespace kiosk {

// Adds `result.rawResponse` to record `recordId` as a TerminalResponse
// attachment (application/xml). Nothing received: Invalid, nothing stored.
StoreResult<std::int64_t> keepTerminalResponse(RecordStore& store, std::int64_t recordId,
                                               const EligibilityResult& result,
                                               std::string_view actor);

}  // namespace kiosk
