#include "TerminalResponseAttachment.h"

namespace kiosk {

StoreResult<std::int64_t> keepTerminalResponse(RecordStore& store, std::int64_t recordId,
                                               const EligibilityResult& result,
                                               std::string_view actor) {
    if (result.rawResponse.empty()) {
        return fail(StoreError{StoreError::Invalid, "record " + std::to_string(recordId) +
                                                        ": no terminal response to keep"});
    }
    return store.addAttachment(recordId, AttachmentKind::TerminalResponse, "application/xml",
                               result.rawResponse, actor);
}

}  // namespace kiosk
