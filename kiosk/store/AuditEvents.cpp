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

AuditEvent staffActionTaken(std::string_view action, const AuditEvent& update) {
    return {"staff_action", std::string(action) + "; " + update.detail};
}

AuditEvent purgeAfterSet(std::optional<CivilDate> date) {
    return {"set_purge_after", date ? "purge after " + date->iso() : "purge date cleared"};
}

AuditEvent recordSeen(std::string_view how) {
    return {"view_record", std::string(how)};
}

AuditEvent recordPurged(CivilDate visit, CivilDate purgeAfter, std::int64_t attachments,
                        std::int64_t followUps) {
    return {"purge", "visit " + visit.iso() + ", purge after " + purgeAfter.iso() + ": " +
                         std::to_string(attachments) + " attachments, " +
                         std::to_string(followUps) + " follow-ups"};
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

AuditEvent staffAccountAdded(const StaffAccount& account) {
    return {"staff_account_added",
            "account " + account.login + " " + std::string(enumName(account.role))};
}

AuditEvent staffPasswordSet(std::string_view login) {
    return {"staff_password_set", "account " + std::string(login)};
}

AuditEvent staffAccountDisabled(std::string_view login, bool disabled) {
    return {disabled ? "staff_account_disabled" : "staff_account_enabled",
            "account " + std::string(login)};
}

AuditEvent staffLoginFailed(std::string_view login, int inARow) {
    return {"staff_login_failed",
            "account " + std::string(login) + ": " + std::to_string(inARow) + " wrong in a row"};
}

AuditEvent staffAccountLocked(std::string_view login, UtcTime until) {
    return {"staff_account_locked",
            "account " + std::string(login) + " locked until " + formatUtc(until)};
}

AuditEvent staffLoginWhileLocked(std::string_view login, UtcTime until) {
    return {"staff_login_refused",
            "account " + std::string(login) + " is locked until " + formatUtc(until)};
}

AuditEvent staffLoggedIn(std::string_view login) {
    return {"staff_logged_in", "account " + std::string(login)};
}

AuditEvent staffLoginUnknown(std::string_view where) {
    return {"staff_login_failed", "no such account, at " + std::string(where)};
}

AuditEvent staffLoginWhileDisabled(std::string_view login) {
    return {"staff_login_refused", "account " + std::string(login) + " is disabled"};
}

}  // namespace kiosk
