#pragma once
// The embedded backend: one SQLite file on the kiosk. Durable by
// configuration (WAL, synchronous=FULL): a call that returned success has
// reached the disk and survives kill -9 and power loss.
//
// One object is one connection: use it from one thread at a time. Several
// objects, in one process or several, may share a file.
#include <memory>
#include <string>

#include "AuditEvents.h"
#include "RecordStore.h"
#include "SqliteDatabase.h"
#include "SqliteOpenFiles.h"

namespace kiosk {

// How a connection writes, as SQLite reports it.
struct SqliteDurability {
    std::string journalMode;   // "wal"
    std::int64_t synchronous;  // 2 = FULL
};

class SqliteRecordStore final : public RecordStore {
public:
    // Opens `path`, creating it when missing or empty, and brings its schema
    // up to date. A file that is not a kiosk database (NotADatabase) or has a
    // newer schema (SchemaTooNew) is refused and left byte for byte as it was.
    // Several stores of one process may share a file (SqliteOpenFiles.h).
    static StoreResult<std::unique_ptr<SqliteRecordStore>> open(const std::string& path);

    StoreResult<std::int64_t> create(const CheckInRecord& record, std::string_view actor) override;
    StoreResult<SavedCheckIn> createCheckIn(const NewCheckIn& checkIn,
                                            std::string_view actor) override;
    StoreResult<std::int64_t> update(const CheckInRecord& record, std::int64_t expectedRevision,
                                     std::string_view actor) override;
    StoreResult<std::vector<std::int64_t>> purgeDue(CivilDate today, bool dryRun,
                                                    std::string_view actor) override;
    Status<StoreError> setPurgeAfter(std::int64_t recordId, std::optional<CivilDate> date,
                                     std::string_view actor) override;
    StoreResult<StoredRecord> get(std::int64_t recordId) override;
    StoreResult<std::int64_t> saveStaffAction(const CheckInRecord& record,
                                              std::int64_t expectedRevision,
                                              std::string_view action,
                                              std::string_view actor) override;
    StoreResult<std::vector<StoredRecord>> list(const RecordQuery& query) override;
    StoreResult<std::int64_t> othersChangeStamp() override;

    StoreResult<std::int64_t> addAttachment(std::int64_t recordId, AttachmentKind kind,
                                            std::string_view mimeType,
                                            std::span<const std::uint8_t> bytes,
                                            std::string_view actor) override;
    StoreResult<std::vector<AttachmentInfo>> listAttachments(std::int64_t recordId) override;
    StoreResult<std::vector<std::uint8_t>> attachmentBytes(std::int64_t attachmentId) override;

    StoreResult<std::int64_t> addFollowUp(std::int64_t recordId, FollowUpKind kind, CivilDate due,
                                          std::string_view note, std::string_view actor) override;
    Status<StoreError> completeFollowUp(std::int64_t followUpId, std::string_view actor) override;
    StoreResult<std::vector<FollowUp>> openFollowUps() override;

    StoreResult<std::vector<AuditEntry>> auditTrail(std::int64_t recordId) override;
    Status<StoreError> noteRecordSeen(std::int64_t recordId, std::string_view how,
                                      std::string_view actor) override;
    Status<StoreError> noteRecordsSeen(std::span<const std::int64_t> recordIds,
                                       std::string_view how, std::string_view actor) override;
    StoreResult<std::vector<AuditEntry>> auditLog() override;

    StoreResult<bool> noteFaceAnswer(const FaceAnswerKey& key, FaceAnswerDisposition disposition,
                                     std::string_view reason, std::string_view actor) override;
    StoreResult<bool> faceAnswerNoted(const FaceAnswerKey& key) override;
    StoreResult<std::vector<FaceAnswerNote>> faceAnswers(
        FaceAnswerDisposition disposition) override;
    StoreResult<std::int64_t> beginFaceWait(const FaceWaitClaim& claim,
                                            UtcTime staleBefore) override;
    Status<StoreError> keepFaceWait(std::int64_t claimId) override;
    Status<StoreError> endFaceWait(std::int64_t claimId) override;
    StoreResult<std::int64_t> openStaffCall(std::string_view kioskName, StaffCallReason reason,
                                            std::string_view actor) override;
    Status<StoreError> endStaffCall(std::int64_t callId, StaffCallEnd how,
                                    std::string_view actor) override;
    StoreResult<std::vector<StaffCall>> staffCalls(bool openOnly) override;
    StoreResult<std::int64_t> addStaffAccount(const StaffAccount& account,
                                              std::string_view actor) override;
    Status<StoreError> setStaffPassword(std::string_view login, std::string_view passwordHash,
                                        std::string_view actor) override;
    Status<StoreError> setStaffDisabled(std::string_view login, bool disabled,
                                        std::string_view actor) override;
    StoreResult<std::vector<StaffAccount>> staffAccounts() override;
    StoreResult<std::optional<StaffAccount>> staffAccount(std::string_view login) override;
    StoreResult<StaffAccount> noteLoginFailed(std::string_view login, int maxFailures, UtcTime now,
                                              std::chrono::milliseconds lockFor) override;
    StoreResult<StaffAccount> noteLoginSucceeded(std::string_view login) override;
    Status<StoreError> noteUnknownLogin(std::string_view where) override;
    Status<StoreError> noteDisabledLogin(std::string_view login) override;
    StoreResult<std::vector<FaceWaitClaim>> faceWaits(const std::string& faceDir,
                                                      UtcTime freshSince) override;

    // This object's own connection's settings: synchronous is per connection,
    // so only it can show what this store's commits rely on. Reads only.
    StoreResult<SqliteDurability> durability() const;

    SqliteRecordStore(const SqliteRecordStore&) = delete;
    SqliteRecordStore& operator=(const SqliteRecordStore&) = delete;

private:
    SqliteRecordStore(SqliteOpenFileLease lease, SqliteDatabase db)
        : lease_(std::move(lease)), db_(std::move(db)) {}

    template <class T, class Body>
    StoreResult<T> inTransaction(std::string_view actor, Body body);
    template <class T, class Change>
    StoreResult<T> audited(std::string_view actor, Change change);
    // The statement positioned on the row `query` finds for `id` (its only
    // parameter); NotFound naming `what` when there is none.
    StoreResult<SqliteStatement> findRow(std::string_view query, std::int64_t id,
                                         const std::string& what);
    StoreResult<StoredRecord> loadRecord(std::int64_t recordId);
    Status<StoreError> fillNameKeys();
    StoreResult<std::int64_t> replaceRecord(const CheckInRecord& record,
                                            std::int64_t expectedRevision, std::string_view actor,
                                            std::string_view staffAction);
    StoreResult<StaffAccount> loadStaffAccount(std::string_view login);
    // Runs `sql` (login bound as ?1 after `bind`'s parameters) on an existing
    // account, audited as `event`.
    template <class Bind>
    Status<StoreError> changeStaffAccount(std::string_view login, const char* sql, Bind bind,
                                          AuditEvent event, std::string_view actor);
    Status<StoreError> requireRecord(std::int64_t recordId);
    template <class T, class Read>
    StoreResult<std::vector<T>> readAll(SqliteStatement statement, Read read);

    SqliteOpenFileLease lease_;  // before db_: released after the connection closed
    SqliteDatabase db_;
};

}  // namespace kiosk
