#include "AuditEvents.h"

#include "core/RecordEnumNames.h"
#include "core/RecordJson.h"

namespace kiosk {

AuditEvent recordCreated(const CheckInRecord& record) {
    return {"create", "status " + std::string(enumName(record.status))};
}

AuditEvent recordUpdated(const CheckInRecord& before, const CheckInRecord& after) {
    std::string detail;
    if (before.status != after.status) {
        detail = "status " + std::string(enumName(before.status)) + "→" +
                 std::string(enumName(after.status));
    }
    // A JSON patch's paths name the changed fields; its values are dropped.
    std::string changed;
    for (const auto& op : nlohmann::json::diff(recordToJson(before), recordToJson(after))) {
        const auto& path = op["path"].get_ref<const std::string&>();
        if (path == "/status" || path == "/id") continue;
        changed += (changed.empty() ? "" : ", ") + path;
    }
    if (!changed.empty()) detail += (detail.empty() ? "changed " : "; changed ") + changed;
    return {"update", detail.empty() ? "no change" : detail};
}

AuditEvent purgeAfterSet(std::optional<CivilDate> date) {
    return {"set_purge_after", date ? "purge after " + date->iso() : "purge date cleared"};
}

AuditEvent attachmentAdded(std::int64_t attachmentId, AttachmentKind kind,
                           std::string_view mimeType, std::size_t size) {
    return {"add_attachment", "attachment " + std::to_string(attachmentId) + " " +
                                  std::string(enumName(kind)) + " " + std::string(mimeType) + " " +
                                  std::to_string(size) + " bytes"};
}

AuditEvent followUpAdded(std::int64_t followUpId, FollowUpKind kind, CivilDate due) {
    return {"add_follow_up", "follow-up " + std::to_string(followUpId) + " " +
                                 std::string(enumName(kind)) + " due " + due.iso()};
}

AuditEvent followUpCompleted(std::int64_t followUpId) {
    return {"complete_follow_up", "follow-up " + std::to_string(followUpId) + " done"};
}

AuditEvent faceAnswerRecorded(const FaceAnswerKey& key, FaceAnswerDisposition disposition,
                              std::string_view reason) {
    std::string detail = key.fileName + " " + std::string(enumName(disposition));
    if (!reason.empty()) detail += ": " + std::string(reason);
    return {"face_answer", detail};
}

AuditEvent staffCallOpened(std::int64_t callId, std::string_view kioskName,
                           StaffCallReason reason) {
    return {"staff_call_opened", "call " + std::to_string(callId) + " from " +
                                     std::string(kioskName) + " " + std::string(enumName(reason))};
}

AuditEvent staffCallEnded(std::int64_t callId, StaffCallEnd how) {
    return {"staff_call_ended",
            "call " + std::to_string(callId) + " " + std::string(enumName(how))};
}

}  // namespace kiosk
