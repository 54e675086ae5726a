#pragma once
// Where check-in records live. One interface, several backends: SQLite on a
// single kiosk now, a shared server database later; callers never see SQL.
//
// Every mutating call names its `actor` and writes its audit entry in the
// same transaction as the change, so the log never misses or invents one.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "Attachment.h"
#include "AuditEntry.h"
#include "FaceAnswerNote.h"
#include "FaceWaitClaim.h"
#include "FollowUp.h"
#include "StaffAccount.h"
#include "StaffCall.h"
#include "StoreError.h"
#include "StoredRecord.h"

namespace kiosk {

// A patient's finished check-in: the record and what is kept with it.
struct NewCheckIn {
    CheckInRecord record;  // record.id is ignored
    std::vector<NewAttachment> attachments;
    std::vector<NewFollowUp> followUps;
};

// The ids a stored check-in was given; attachments and follow-ups in the
// order NewCheckIn listed them.
struct SavedCheckIn {
    std::int64_t recordId = 0;
    int receptionNumber = 0;  // the day's 受付番号 (record.receptionNumber)
    std::vector<std::int64_t> attachmentIds;
    std::vector<std::int64_t> followUpIds;
};

class RecordStore {
public:
    virtual ~RecordStore() = default;

    // Stores a new record at revision 1 (record.id is ignored) with the next
    // 受付番号 of its visit date, unique among every kiosk sharing the
    // store; returns its id.
    virtual StoreResult<std::int64_t> create(const CheckInRecord& record,
                                             std::string_view actor) = 0;
    // Replaces record `record.id` if nobody changed it since `expectedRevision`
    // was read (else Conflict); returns the new revision.
    virtual StoreResult<std::int64_t> update(const CheckInRecord& record,
                                             std::int64_t expectedRevision,
                                             std::string_view actor) = 0;
    // A member of staff's action on a record (issue 11 item 6), saved like
    // update() under one audit entry named for the action and listing the
    // fields it changed (never their values).
    virtual StoreResult<std::int64_t> saveStaffAction(const CheckInRecord& record,
                                                      std::int64_t expectedRevision,
                                                      std::string_view action,
                                                      std::string_view actor) = 0;
    // Stores a new record with its attachments and follow-ups, and an audit
    // entry for each part, in one transaction: all of it or, on failure,
    // nothing. A signed 申立書 is never kept without its signature.
    virtual StoreResult<SavedCheckIn> createCheckIn(const NewCheckIn& checkIn,
                                                    std::string_view actor) = 0;
    // Deletes what the 申立書 promised to delete (issue 11 item 10): each
    // closed record whose purge date is `today` or earlier, with its
    // attachments and follow-ups, overwritten in the file (secure_delete)
    // and gone from the journal; one audit entry each, ids and dates only.
    // The ids purged, oldest first; with `dryRun`, those that would be.
    virtual StoreResult<std::vector<std::int64_t>> purgeDue(CivilDate today, bool dryRun,
                                                            std::string_view actor) = 0;
    virtual Status<StoreError> setPurgeAfter(std::int64_t recordId, std::optional<CivilDate> date,
                                             std::string_view actor) = 0;
    virtual StoreResult<StoredRecord> get(std::int64_t recordId) = 0;
    // Newest visit first; among one day's visits, the latest created first.
    virtual StoreResult<std::vector<StoredRecord>> list(const RecordQuery& query) = 0;
    // A number that changes whenever another connection (a kiosk, another
    // desk) has committed a change: the desk polls it, cheaply, to reload
    // its list only when something is new. This connection's own changes
    // do not move it.
    virtual StoreResult<std::int64_t> othersChangeStamp() = 0;

    virtual StoreResult<std::int64_t> addAttachment(std::int64_t recordId, AttachmentKind kind,
                                                    std::string_view mimeType,
                                                    std::span<const std::uint8_t> bytes,
                                                    std::string_view actor) = 0;
    // In the order they were added.
    virtual StoreResult<std::vector<AttachmentInfo>> listAttachments(std::int64_t recordId) = 0;
    virtual StoreResult<std::vector<std::uint8_t>> attachmentBytes(std::int64_t attachmentId) = 0;

    virtual StoreResult<std::int64_t> addFollowUp(std::int64_t recordId, FollowUpKind kind,
                                                  CivilDate due, std::string_view note,
                                                  std::string_view actor) = 0;
    // Conflict if it is already done.
    virtual Status<StoreError> completeFollowUp(std::int64_t followUpId,
                                                std::string_view actor) = 0;
    // The worklist: follow-ups not yet done, earliest due first.
    virtual StoreResult<std::vector<FollowUp>> openFollowUps() = 0;

    // Oldest first.
    virtual StoreResult<std::vector<AuditEntry>> auditTrail(std::int64_t recordId) = 0;
    // Someone saw the record's values, or took them away (`how`: "show",
    // "slip", "print", "export"): audited like a change (issue 11 item 1).
    virtual Status<StoreError> noteRecordSeen(std::int64_t recordId, std::string_view how,
                                              std::string_view actor) = 0;
    // Records taken away together (an export): one view_record entry each,
    // in one transaction, so an export of thousands stays quick.
    virtual Status<StoreError> noteRecordsSeen(std::span<const std::int64_t> recordIds,
                                               std::string_view how, std::string_view actor) = 0;
    virtual StoreResult<std::vector<AuditEntry>> auditLog() = 0;

    // Face-reader answers dealt with (FaceAnswerNote.h). Notes `key` once:
    // true when this call noted it, false when it was noted before (by this
    // kiosk or another sharing the database), so that two callers never both
    // take one answer.
    virtual StoreResult<bool> noteFaceAnswer(const FaceAnswerKey& key,
                                             FaceAnswerDisposition disposition,
                                             std::string_view reason, std::string_view actor) = 0;
    virtual StoreResult<bool> faceAnswerNoted(const FaceAnswerKey& key) = 0;
    // Oldest first; only those of `disposition`.
    virtual StoreResult<std::vector<FaceAnswerNote>> faceAnswers(
        FaceAnswerDisposition disposition) = 0;

    // Waits for face answers (FaceWaitClaim.h). beginFaceWait drops claims
    // whose heartbeat is older than `staleBefore` (kiosks that stopped
    // without ending theirs) and returns the new claim's id.
    virtual StoreResult<std::int64_t> beginFaceWait(const FaceWaitClaim& claim,
                                                    UtcTime staleBefore) = 0;
    virtual Status<StoreError> keepFaceWait(std::int64_t claimId) = 0;
    virtual Status<StoreError> endFaceWait(std::int64_t claimId) = 0;
    // Every claim on `faceDir` whose heartbeat is not older than `freshSince`.
    virtual StoreResult<std::vector<FaceWaitClaim>> faceWaits(const std::string& faceDir,
                                                              UtcTime freshSince) = 0;

    // Calls for staff (StaffCall.h), audited. Opening returns the call's id;
    // ending one already ended is a Conflict (the desk and the kiosk may both
    // try), an unknown id NotFound.
    virtual StoreResult<std::int64_t> openStaffCall(std::string_view kioskName,
                                                    StaffCallReason reason,
                                                    std::string_view actor) = 0;
    virtual Status<StoreError> endStaffCall(std::int64_t callId, StaffCallEnd how,
                                            std::string_view actor) = 0;
    // Oldest first; only those still open when `openOnly`.
    virtual StoreResult<std::vector<StaffCall>> staffCalls(bool openOnly) = 0;

    // Staff accounts (StaffAccount.h), every change audited under `actor`
    // with the account's login, never its password. A login already taken
    // is a Conflict, an unknown one NotFound.
    virtual StoreResult<std::int64_t> addStaffAccount(const StaffAccount& account,
                                                      std::string_view actor) = 0;
    // A new password also lifts a lock and forgets the failed tries.
    virtual Status<StoreError> setStaffPassword(std::string_view login,
                                                std::string_view passwordHash,
                                                std::string_view actor) = 0;
    virtual Status<StoreError> setStaffDisabled(std::string_view login, bool disabled,
                                                std::string_view actor) = 0;
    virtual StoreResult<std::vector<StaffAccount>> staffAccounts() = 0;
    virtual StoreResult<std::optional<StaffAccount>> staffAccount(std::string_view login) = 0;
    // One login attempt, counted in one transaction so that two desks
    // cannot both get a fifth try. A failure on a locked account changes
    // nothing; else it counts, and at `maxFailures` the account is locked
    // for `lockFor` from `now` and the count starts again. A success
    // forgets the count. The account as it now is.
    virtual StoreResult<StaffAccount> noteLoginFailed(std::string_view login, int maxFailures,
                                                      UtcTime now,
                                                      std::chrono::milliseconds lockFor) = 0;
    virtual StoreResult<StaffAccount> noteLoginSucceeded(std::string_view login) = 0;
    // A login typed that names no account: audited without what was typed
    // (it may be a password typed in the wrong box).
    virtual Status<StoreError> noteUnknownLogin(std::string_view where) = 0;
    // The right password for a disabled account: refused, audited, not counted.
    virtual Status<StoreError> noteDisabledLogin(std::string_view login) = 0;
};

}  // namespace kiosk
