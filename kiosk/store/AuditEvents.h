#pragma once
// The audit entry each mutation writes. Shared by every backend so that logs
// read alike whatever the database. Details name fields, kinds, ids and
// dates of bookkeeping, never a personal value.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "Attachment.h"
#include "FaceAnswerNote.h"
#include "FollowUp.h"
#include "StaffAccount.h"
#include "StaffCall.h"
#include "core/CheckInRecord.h"

namespace kiosk {

struct AuditEvent {
    std::string action;
    std::string detail;
};

AuditEvent recordCreated(const CheckInRecord& record);
// e.g. "status open→closed; changed /declaration/address, /confirmedQualification"
AuditEvent recordUpdated(const CheckInRecord& before, const CheckInRecord& after);
// A staff action (issue 11 item 6): its name, then what the update changed.
AuditEvent staffActionTaken(std::string_view action, const AuditEvent& update);
AuditEvent purgeAfterSet(std::optional<CivilDate> date);
AuditEvent recordSeen(std::string_view how);
// e.g. "visit 2026-06-15, purge after 2026-12-01: 2 attachments, 1 follow-up"
AuditEvent recordPurged(CivilDate visit, CivilDate purgeAfter, std::int64_t attachments,
                        std::int64_t followUps);
AuditEvent attachmentAdded(std::int64_t attachmentId, AttachmentKind kind,
                           std::string_view mimeType, std::size_t size);
AuditEvent followUpAdded(std::int64_t followUpId, FollowUpKind kind, CivilDate due);
AuditEvent followUpCompleted(std::int64_t followUpId);
// e.g. "OQSsiquc01res_face_20250101.xml unattributed: no reader identifier"
AuditEvent faceAnswerRecorded(const FaceAnswerKey& key, FaceAnswerDisposition disposition,
                              std::string_view reason);
// e.g. "call 3 from 受付1 identity_denied"
AuditEvent staffCallOpened(std::int64_t callId, std::string_view kioskName, StaffCallReason reason);
AuditEvent staffCallEnded(std::int64_t callId, StaffCallEnd how);
// e.g. "account sato reception"; never a password or its hash.
AuditEvent staffAccountAdded(const StaffAccount& account);
AuditEvent staffPasswordSet(std::string_view login);
AuditEvent staffAccountDisabled(std::string_view login, bool disabled);
// e.g. "account sato: 3 wrong in a row"; "account sato locked until 2025-…"
AuditEvent staffLoginFailed(std::string_view login, int inARow);
AuditEvent staffAccountLocked(std::string_view login, UtcTime until);
AuditEvent staffLoginWhileLocked(std::string_view login, UtcTime until);
AuditEvent staffLoggedIn(std::string_view login);
AuditEvent staffLoginUnknown(std::string_view where);
AuditEvent staffLoginWhileDisabled(std::string_view login);

}  // namespace kiosk
