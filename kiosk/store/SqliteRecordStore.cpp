#include "SqliteRecordStore.h"

#include "AuditEvents.h"
#include "PrivateFiles.h"
#include "SqliteFileCheck.h"
#include "SqliteSchema.h"
#include "core/IdentityMatcher.h"
#include "core/KanaText.h"
#include "core/RecordEnumNames.h"
#include "core/RecordJson.h"
#include "core/VisitHistory.h"

namespace kiosk {

namespace {

// Long enough to ride out another kiosk's write, short enough for a person.
// secure_delete: what is deleted is overwritten with zeros in the file, not
// left in free pages for anyone with the file to read (the purge).
constexpr const char* kConnectionPragmas =
    "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";

constexpr const char* kRecordColumns =
    "id, revision, created_at, updated_at, purge_after, payload, reception_number";
constexpr const char* kAttachmentColumns = "id, record_id, kind, mime_type, size, created_at";
constexpr const char* kFollowUpColumns =
    "id, record_id, kind, due_date, note, done, created_at, done_at";
constexpr const char* kAuditColumns = "id, at, actor, action, record_id, detail";
constexpr const char* kStaffCallColumns = "id, kiosk_name, reason, called_at, ended_at, ended_how";
constexpr const char* kStaffAccountColumns =
    "id, login, display_name, role, password_hash, disabled, failed_logins, locked_until";
constexpr const char* kFaceAnswerColumns =
    "id, file_name, file_modified, content_sha256, disposition, reason, noted_at";

std::string sql(std::initializer_list<std::string_view> parts) {
    std::string text;
    for (auto part : parts) text += part;
    return text;
}

StoreError invalid(std::string message) {
    return {StoreError::Invalid, std::move(message)};
}

std::string recordName(std::int64_t id) {
    return "record " + std::to_string(id);
}

// What was read back from a row of `what` (e.g. "record 12"), or an error
// naming it: stored data that does not parse is reported, never dropped.
class RowReader {
public:
    explicit RowReader(std::string what) : what_(std::move(what)) {}

    UtcTime time(const std::string& text, const char* column) {
        if (auto t = parseUtc(text)) return *t;
        bad(column);
        return UtcTime{};
    }
    std::optional<UtcTime> optionalTime(const std::optional<std::string>& text,
                                        const char* column) {
        if (!text) return std::nullopt;
        return time(*text, column);
    }
    CivilDate date(const std::string& text, const char* column) {
        if (auto d = CivilDate::parse(text)) return *d;
        bad(column);
        return CivilDate::fromDayNumber(0);
    }
    std::optional<CivilDate> optionalDate(const std::optional<std::string>& text,
                                          const char* column) {
        if (!text) return std::nullopt;
        return date(*text, column);
    }
    template <class E>
    E enumeration(const std::string& text, const char* column) {
        if (auto e = enumFromName<E>(text)) return *e;
        bad(column);
        return E{};
    }
    void bad(std::string_view what) {
        if (!error_) error_ = invalid(what_ + ": stored " + std::string(what) + " is unreadable");
    }

    template <class T>
    StoreResult<T> finish(T value) const {
        if (error_) return fail(*error_);
        return value;
    }

private:
    std::string what_;
    std::optional<StoreError> error_;
};

StoreResult<StoredRecord> readRecord(const SqliteStatement& row) {
    StoredRecord stored;
    auto id = row.integer(0);
    RowReader reader(recordName(id));
    stored.revision = row.integer(1);
    stored.createdAt = reader.time(row.text(2), "created_at");
    stored.updatedAt = reader.time(row.text(3), "updated_at");
    stored.purgeAfter = reader.optionalDate(row.optionalText(4), "purge_after");
    auto json = nlohmann::json::parse(row.text(5), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) {
        reader.bad("payload (not JSON)");
    } else if (auto record = recordFromJson(json); !record) {
        reader.bad("payload at " + record.error().path + " (" + record.error().reason + ")");
    } else {
        stored.record = std::move(record).value();
        // The row's id and 受付番号 are authoritative.
        stored.record.id = id;
        if (auto number = row.optionalInteger(6)) {
            stored.record.receptionNumber = static_cast<int>(*number);
        }
    }
    return reader.finish(std::move(stored));
}

StoreResult<AttachmentInfo> readAttachment(const SqliteStatement& row) {
    AttachmentInfo info;
    info.id = row.integer(0);
    RowReader reader("attachment " + std::to_string(info.id));
    info.recordId = row.integer(1);
    info.kind = reader.enumeration<AttachmentKind>(row.text(2), "kind");
    info.mimeType = row.text(3);
    info.size = row.integer(4);
    info.createdAt = reader.time(row.text(5), "created_at");
    return reader.finish(std::move(info));
}

StoreResult<FollowUp> readFollowUp(const SqliteStatement& row) {
    FollowUp followUp;
    followUp.id = row.integer(0);
    RowReader reader("follow-up " + std::to_string(followUp.id));
    followUp.recordId = row.integer(1);
    followUp.kind = reader.enumeration<FollowUpKind>(row.text(2), "kind");
    followUp.due = reader.date(row.text(3), "due_date");
    followUp.note = row.text(4);
    followUp.done = row.integer(5) != 0;
    followUp.createdAt = reader.time(row.text(6), "created_at");
    followUp.doneAt = reader.optionalTime(row.optionalText(7), "done_at");
    return reader.finish(std::move(followUp));
}

StoreResult<AuditEntry> readAuditEntry(const SqliteStatement& row) {
    AuditEntry entry;
    entry.id = row.integer(0);
    RowReader reader("audit entry " + std::to_string(entry.id));
    entry.at = reader.time(row.text(1), "at");
    entry.actor = row.text(2);
    entry.action = row.text(3);
    entry.recordId = row.optionalInteger(4);
    entry.detail = row.text(5);
    return reader.finish(std::move(entry));
}

StoreResult<FaceAnswerNote> readFaceAnswer(const SqliteStatement& row) {
    FaceAnswerNote note;
    note.id = row.integer(0);
    RowReader reader("face answer " + std::to_string(note.id));
    note.key = {row.text(1), row.integer(2), row.text(3)};
    note.disposition = reader.enumeration<FaceAnswerDisposition>(row.text(4), "disposition");
    note.reason = row.text(5);
    note.notedAt = reader.time(row.text(6), "noted_at");
    return reader.finish(std::move(note));
}

StoreResult<StaffCall> readStaffCall(const SqliteStatement& row) {
    StaffCall call;
    call.id = row.integer(0);
    RowReader reader("staff call " + std::to_string(call.id));
    call.kioskName = row.text(1);
    call.reason = reader.enumeration<StaffCallReason>(row.text(2), "reason");
    call.calledAt = reader.time(row.text(3), "called_at");
    call.endedAt = reader.optionalTime(row.optionalText(4), "ended_at");
    if (auto how = row.optionalText(5))
        call.end = reader.enumeration<StaffCallEnd>(*how, "ended_how");
    return reader.finish(std::move(call));
}

StoreResult<StaffAccount> readStaffAccount(const SqliteStatement& row) {
    StaffAccount account;
    account.id = row.integer(0);
    RowReader reader("staff account " + std::to_string(account.id));
    account.login = row.text(1);
    account.displayName = row.text(2);
    account.role = reader.enumeration<StaffRole>(row.text(3), "role");
    account.passwordHash = row.text(4);
    account.disabled = row.integer(5) != 0;
    account.failedLogins = static_cast<int>(row.integer(6));
    account.lockedUntil = reader.optionalTime(row.optionalText(7), "locked_until");
    return reader.finish(std::move(account));
}

// The record as the payload column holds it: the id and the 受付番号 live
// in their own columns.
StoreResult<std::string> payloadOf(CheckInRecord record, std::string_view what) {
    record.id = 0;
    record.receptionNumber.reset();
    try {
        return recordToJson(record).dump();
    } catch (const nlohmann::json::exception&) {
        return fail(invalid(std::string(what) + ": contains text that is not valid UTF-8"));
    }
}

// The name search's keys of a patient (RecordQuery::patientName); "" when
// the record names nobody, so that a filled row is never filled again.
struct NameKeys {
    std::string name;
    std::string kana;
};

NameKeys nameKeysOf(const CheckInRecord& record) {
    const IdentityFields who = patientIdentityOf(record);
    return {nameMatchKey(who.name), katakanaMatchKey(who.nameKana)};
}

// Binds the queryable columns, in the order both INSERT and UPDATE list them.
void bindRecordColumns(SqliteStatement& statement, const CheckInRecord& record) {
    const auto birth = patientIdentityOf(record).birthDate;
    NameKeys keys = nameKeysOf(record);
    statement.bind(1, record.visitDate.iso())
        .bind(2, enumName(record.status))
        .bind(3, enumName(record.outcome))
        .bind(4, enumName(record.source))
        .bind(5, record.templateId)
        .bind(6, std::int64_t{record.templateVersion})
        .bind(7, birth ? std::optional(birth->iso()) : std::nullopt)
        .bind(8, keys.name)
        .bind(9, keys.kana);
}

// The single row a statement with RETURNING yields; NotFound, naming
// `target`, when the statement matched no row.
StoreResult<std::int64_t> returnedId(SqliteStatement& statement, const std::string& target) {
    auto row = statement.step();
    if (!row) return fail(row.error());
    if (!*row) return fail(StoreError{StoreError::NotFound, target + " not found"});
    return statement.integer(0);
}

// Sets the journal mode; SQLite answers with the mode now in force.
StoreResult<std::string> journalMode(const SqliteDatabase& db, const std::string& mode) {
    auto row = db.queryRow("PRAGMA journal_mode = " + mode);
    if (!row) return fail(row.error());
    return row->text(0);
}

// What a mutation did: its result, and the audit entry describing it.
template <class T>
struct Change {
    T result;
    std::optional<std::int64_t> recordId;
    AuditEvent event;
};

// The result of `changed` once its audit entry is written, in the caller's
// transaction: it commits both or neither.
template <class T>
StoreResult<T> logged(SqliteDatabase& db, UtcTime now, std::string_view actor,
                      StoreResult<Change<T>> changed) {
    if (!changed) return fail(changed.error());
    auto statement =
        db.prepare(sql({"INSERT INTO audit_log (at, actor, action, record_id, detail) ",
                        "VALUES (?, ?, ?, ?, ?)"}));
    if (!statement) return fail(statement.error());
    statement->bind(1, formatUtc(now))
        .bind(2, actor)
        .bind(3, changed->event.action)
        .bind(4, changed->recordId)
        .bind(5, changed->event.detail);
    if (auto written = statement->run(); !written) return fail(written.error());
    return std::move(changed->result);
}

// New rows, inserted the same way by the single-part calls and by
// createCheckIn, inside a transaction the caller holds.

StoreResult<Change<std::int64_t>> insertRecord(SqliteDatabase& db, const CheckInRecord& record,
                                               const std::string& payload, UtcTime now) {
    auto statement = db.prepare(
        sql({"INSERT INTO records (visit_date, status, outcome, source, template_id, ",
             "template_version, patient_birth_date, patient_name_key, patient_kana_key, ",
             "created_at, updated_at, revision, purge_after, payload, reception_number) ",
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, NULL, ?12, ",
             // The day's next 受付番号: read under the write lock the
             // transaction holds, so no other kiosk takes the same.
             "(SELECT coalesce(max(reception_number), 0) + 1 FROM records ",
             "WHERE visit_date = ?1)) RETURNING id"}));
    if (!statement) return fail(statement.error());
    bindRecordColumns(*statement, record);
    statement->bind(10, formatUtc(now)).bind(11, formatUtc(now)).bind(12, payload);
    auto id = returnedId(*statement, "new record");
    if (!id) return fail(id.error());
    return Change<std::int64_t>{*id, *id, recordCreated(record)};
}

Status<StoreError> checkAttachment(const NewAttachment& attachment) {
    if (!isMimeType(attachment.mimeType)) return fail(invalid("attachment: not a MIME type"));
    if (attachment.bytes.empty()) return fail(invalid("attachment: no content"));
    return Done{};
}

StoreResult<Change<std::int64_t>> insertAttachment(SqliteDatabase& db, std::int64_t recordId,
                                                   const NewAttachment& attachment, UtcTime now) {
    auto statement = db.prepare(
        sql({"INSERT INTO attachments (record_id, kind, mime_type, size, created_at, content) ",
             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"}));
    if (!statement) return fail(statement.error());
    statement->bind(1, recordId)
        .bind(2, enumName(attachment.kind))
        .bind(3, attachment.mimeType)
        .bind(4, static_cast<std::int64_t>(attachment.bytes.size()))
        .bind(5, formatUtc(now))
        .bind(6, attachment.bytes);
    auto id = returnedId(*statement, "new attachment");
    if (!id) return fail(id.error());
    return Change<std::int64_t>{
        *id, recordId,
        attachmentAdded(*id, attachment.kind, attachment.mimeType, attachment.bytes.size())};
}

StoreResult<Change<std::int64_t>> insertFollowUp(SqliteDatabase& db, std::int64_t recordId,
                                                 const NewFollowUp& followUp, UtcTime now) {
    auto statement = db.prepare(
        sql({"INSERT INTO follow_ups (record_id, kind, due_date, note, done, created_at) ",
             "VALUES (?, ?, ?, ?, 0, ?) RETURNING id"}));
    if (!statement) return fail(statement.error());
    statement->bind(1, recordId)
        .bind(2, enumName(followUp.kind))
        .bind(3, followUp.due.iso())
        .bind(4, followUp.note)
        .bind(5, formatUtc(now));
    auto id = returnedId(*statement, "new follow-up");
    if (!id) return fail(id.error());
    return Change<std::int64_t>{*id, recordId, followUpAdded(*id, followUp.kind, followUp.due)};
}

}  // namespace

StoreResult<std::unique_ptr<SqliteRecordStore>> SqliteRecordStore::open(const std::string& path) {
    auto openFiles = lockSqliteOpenFiles();
    const auto key = sqliteOpenFileKey(path);
    // Open here already: it was checked then, and reading it outside SQLite
    // now would drop the open connection's locks.
    if (!sqliteFileOpenHere(key)) {
        if (auto checked = checkSqliteFile(path); !checked) return fail(checked.error());
        // A new file is this system user's alone, before SQLite writes to it.
        if (auto made = createPrivateFile(path); !made) return fail(made.error());
    }
    auto db = SqliteDatabase::open(path);
    if (!db) return fail(db.error());
    // Nothing may be written before the schema check has passed.
    if (auto set = db->exec(kConnectionPragmas); !set) return fail(set.error());
    if (auto checked = checkSqliteSchema(*db); !checked) return fail(checked.error());

    if (auto mode = journalMode(*db, "WAL"); !mode) {
        return fail(mode.error());
    } else if (*mode != "wal") {
        return fail(StoreError{StoreError::Io, path + ": the file system does not allow WAL mode"});
    }
    // FULL: in WAL mode, NORMAL may lose the last commits on power loss.
    if (auto set = db->exec("PRAGMA synchronous = FULL"); !set) return fail(set.error());
    if (auto migrated = migrateSqliteSchema(*db); !migrated) return fail(migrated.error());
    std::unique_ptr<SqliteRecordStore> store(
        new SqliteRecordStore(SqliteOpenFileLease(key), std::move(db).value()));
    if (auto filled = store->fillNameKeys(); !filled) return fail(filled.error());
    return store;
}

// Records stored before schema 8 get their search keys once, in one
// transaction; not a change of the record, so not audited.
Status<StoreError> SqliteRecordStore::fillNameKeys() {
    auto missing = db_.prepare("SELECT id FROM records WHERE patient_name_key IS NULL");
    if (!missing) return fail(missing.error());
    std::vector<std::int64_t> ids;
    for (;;) {
        auto row = missing->step();
        if (!row) return fail(row.error());
        if (!*row) break;
        ids.push_back(missing->integer(0));
    }
    if (ids.empty()) return Done{};
    auto transaction = SqliteTransaction::begin(db_);
    if (!transaction) return fail(transaction.error());
    for (std::int64_t id : ids) {
        auto stored = loadRecord(id);
        if (!stored) return fail(stored.error());
        const NameKeys keys = nameKeysOf(stored->record);
        auto update = db_.prepare(
            "UPDATE records SET patient_name_key = ?, patient_kana_key = ? WHERE id = ?");
        if (!update) return fail(update.error());
        update->bind(1, keys.name).bind(2, keys.kana).bind(3, id);
        if (auto done = update->run(); !done) return fail(done.error());
    }
    return transaction->commit();
}

// One write transaction for everything `body(now)` writes, each change with
// its audit entry (logged): committed only if all of it succeeded.
template <class T, class Body>
StoreResult<T> SqliteRecordStore::inTransaction(std::string_view actor, Body body) {
    if (actor.empty()) return fail(invalid("every change needs an actor"));
    auto transaction = SqliteTransaction::begin(db_);
    if (!transaction) return fail(transaction.error());
    StoreResult<T> result = body(utcNow());
    if (!result) return result;
    if (auto committed = transaction->commit(); !committed) return fail(committed.error());
    return result;
}

// Runs `change` in one write transaction together with the audit entry it
// describes: both are committed, or neither.
template <class T, class ChangeFn>
StoreResult<T> SqliteRecordStore::audited(std::string_view actor, ChangeFn change) {
    return inTransaction<T>(actor,
                            [&](UtcTime now) { return logged<T>(db_, now, actor, change(now)); });
}

template <class T, class Read>
StoreResult<std::vector<T>> SqliteRecordStore::readAll(SqliteStatement statement, Read read) {
    std::vector<T> rows;
    for (;;) {
        auto row = statement.step();
        if (!row) return fail(row.error());
        if (!*row) return rows;
        auto value = read(statement);
        if (!value) return fail(value.error());
        rows.push_back(std::move(value).value());
    }
}

StoreResult<SqliteStatement> SqliteRecordStore::findRow(std::string_view query, std::int64_t id,
                                                        const std::string& what) {
    auto statement = db_.prepare(query);
    if (!statement) return statement;
    statement->bind(1, id);
    auto row = statement->step();
    if (!row) return fail(row.error());
    if (!*row) return fail(StoreError{StoreError::NotFound, what + " not found"});
    return statement;
}

StoreResult<StoredRecord> SqliteRecordStore::loadRecord(std::int64_t recordId) {
    auto row = findRow(sql({"SELECT ", kRecordColumns, " FROM records WHERE id = ?"}), recordId,
                       recordName(recordId));
    if (!row) return fail(row.error());
    return readRecord(*row);
}

Status<StoreError> SqliteRecordStore::requireRecord(std::int64_t recordId) {
    auto row = findRow("SELECT id FROM records WHERE id = ?", recordId, recordName(recordId));
    if (!row) return fail(row.error());
    return Done{};
}

StoreResult<std::int64_t> SqliteRecordStore::create(const CheckInRecord& record,
                                                    std::string_view actor) {
    auto payload = payloadOf(record, "new record");
    if (!payload) return fail(payload.error());
    return audited<std::int64_t>(
        actor, [&](UtcTime now) { return insertRecord(db_, record, *payload, now); });
}

StoreResult<SavedCheckIn> SqliteRecordStore::createCheckIn(const NewCheckIn& checkIn,
                                                           std::string_view actor) {
    auto payload = payloadOf(checkIn.record, "new record");
    if (!payload) return fail(payload.error());
    for (const auto& attachment : checkIn.attachments) {
        if (auto checked = checkAttachment(attachment); !checked) return fail(checked.error());
    }
    return inTransaction<SavedCheckIn>(actor, [&](UtcTime now) -> StoreResult<SavedCheckIn> {
        SavedCheckIn saved;
        auto recordId =
            logged<std::int64_t>(db_, now, actor, insertRecord(db_, checkIn.record, *payload, now));
        if (!recordId) return fail(recordId.error());
        saved.recordId = *recordId;
        auto number = findRow("SELECT reception_number FROM records WHERE id = ?", saved.recordId,
                              recordName(saved.recordId));
        if (!number) return fail(number.error());
        saved.receptionNumber = static_cast<int>(number->integer(0));
        for (const auto& attachment : checkIn.attachments) {
            auto id = logged<std::int64_t>(db_, now, actor,
                                           insertAttachment(db_, saved.recordId, attachment, now));
            if (!id) return fail(id.error());
            saved.attachmentIds.push_back(*id);
        }
        for (const auto& followUp : checkIn.followUps) {
            auto id = logged<std::int64_t>(db_, now, actor,
                                           insertFollowUp(db_, saved.recordId, followUp, now));
            if (!id) return fail(id.error());
            saved.followUpIds.push_back(*id);
        }
        return saved;
    });
}

StoreResult<std::int64_t> SqliteRecordStore::update(const CheckInRecord& record,
                                                    std::int64_t expectedRevision,
                                                    std::string_view actor) {
    return replaceRecord(record, expectedRevision, actor, "");
}

StoreResult<std::int64_t> SqliteRecordStore::saveStaffAction(const CheckInRecord& record,
                                                             std::int64_t expectedRevision,
                                                             std::string_view action,
                                                             std::string_view actor) {
    if (action.empty()) return fail(invalid("a staff action needs its name"));
    return replaceRecord(record, expectedRevision, actor, action);
}

// update() and saveStaffAction(): the audit entry is an "update" listing the
// changed fields, or for a staff action named for it.
StoreResult<std::int64_t> SqliteRecordStore::replaceRecord(const CheckInRecord& record,
                                                           std::int64_t expectedRevision,
                                                           std::string_view actor,
                                                           std::string_view staffAction) {
    auto payload = payloadOf(record, recordName(record.id));
    if (!payload) return fail(payload.error());
    return audited<std::int64_t>(actor, [&](UtcTime now) -> StoreResult<Change<std::int64_t>> {
        auto before = loadRecord(record.id);
        if (!before) return fail(before.error());
        if (before->revision != expectedRevision) {
            return fail(StoreError{StoreError::Conflict,
                                   recordName(record.id) +
                                       " was changed by someone else (revision " +
                                       std::to_string(expectedRevision) + " read, " +
                                       std::to_string(before->revision) + " stored)"});
        }
        auto statement = db_.prepare(
            sql({"UPDATE records SET visit_date = ?, status = ?, outcome = ?, source = ?, ",
                 "template_id = ?, template_version = ?, patient_birth_date = ?, ",
                 "patient_name_key = ?, patient_kana_key = ?, updated_at = ?, payload = ?, ",
                 "revision = revision + 1 WHERE id = ? AND revision = ? RETURNING revision"}));
        if (!statement) return fail(statement.error());
        bindRecordColumns(*statement, record);
        statement->bind(10, formatUtc(now))
            .bind(11, *payload)
            .bind(12, record.id)
            .bind(13, expectedRevision);
        auto revision = returnedId(*statement, recordName(record.id));
        if (!revision) return fail(revision.error());
        // The 受付番号 is the store's: never a change the caller made.
        CheckInRecord after = record;
        after.receptionNumber = before->record.receptionNumber;
        AuditEvent event = recordUpdated(before->record, after);
        if (!staffAction.empty()) event = staffActionTaken(staffAction, event);
        return Change<std::int64_t>{*revision, record.id, std::move(event)};
    });
}

StoreResult<std::vector<std::int64_t>> SqliteRecordStore::purgeDue(CivilDate today, bool dryRun,
                                                                   std::string_view actor) {
    const auto due = [&]() -> StoreResult<std::vector<std::int64_t>> {
        auto statement = db_.prepare(
            "SELECT id FROM records WHERE status = ? AND purge_after IS NOT NULL AND "
            "purge_after <= ? ORDER BY id");
        if (!statement) return fail(statement.error());
        statement->bind(1, enumName(RecordStatus::Closed)).bind(2, today.iso());
        return readAll<std::int64_t>(
            std::move(statement).value(),
            [](const SqliteStatement& row) -> StoreResult<std::int64_t> { return row.integer(0); });
    };
    if (dryRun) return due();
    auto purged = inTransaction<std::vector<std::int64_t>>(
        actor, [&](UtcTime now) -> StoreResult<std::vector<std::int64_t>> {
            auto ids = due();
            if (!ids) return ids;
            for (std::int64_t id : *ids) {
                auto row = findRow(
                    "SELECT visit_date, purge_after, "
                    "(SELECT count(*) FROM attachments WHERE record_id = records.id), "
                    "(SELECT count(*) FROM follow_ups WHERE record_id = records.id) "
                    "FROM records WHERE id = ?",
                    id, recordName(id));
                if (!row) return fail(row.error());
                RowReader reader(recordName(id));
                const CivilDate visit = reader.date(row->text(0), "visit_date");
                const CivilDate after = reader.date(row->text(1), "purge_after");
                const AuditEvent event =
                    recordPurged(visit, after, row->integer(2), row->integer(3));
                if (auto checked = reader.finish(Done{}); !checked) return fail(checked.error());
                for (const char* sql : {"DELETE FROM attachments WHERE record_id = ?",
                                        "DELETE FROM follow_ups WHERE record_id = ?",
                                        "DELETE FROM records WHERE id = ?"}) {
                    auto statement = db_.prepare(sql);
                    if (!statement) return fail(statement.error());
                    statement->bind(1, id);
                    if (auto done = statement->run(); !done) return fail(done.error());
                }
                auto noted = logged<Done>(db_, now, actor, Change<Done>{Done{}, id, event});
                if (!noted) return fail(noted.error());
            }
            return ids;
        });
    if (!purged) return purged;
    // The journal still holds the pages as they were: written back and cut
    // to nothing, so the purged values are in neither file.
    auto checkpoint = db_.queryRow("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!checkpoint) return fail(checkpoint.error());
    if (checkpoint->integer(0) != 0) {
        return fail(StoreError{StoreError::Busy,
                               db_.path() + ": purged, but another program is reading the file: "
                                            "its journal still holds the purged pages; purge "
                                            "again when it has finished"});
    }
    return purged;
}

Status<StoreError> SqliteRecordStore::setPurgeAfter(std::int64_t recordId,
                                                    std::optional<CivilDate> date,
                                                    std::string_view actor) {
    return audited<Done>(actor, [&](UtcTime now) -> StoreResult<Change<Done>> {
        auto statement = db_.prepare(
            "UPDATE records SET purge_after = ?, updated_at = ? WHERE id = ? RETURNING id");
        if (!statement) return fail(statement.error());
        statement->bind(1, date ? std::optional(date->iso()) : std::nullopt)
            .bind(2, formatUtc(now))
            .bind(3, recordId);
        if (auto id = returnedId(*statement, recordName(recordId)); !id) return fail(id.error());
        return Change<Done>{Done{}, recordId, purgeAfterSet(date)};
    });
}

StoreResult<StoredRecord> SqliteRecordStore::get(std::int64_t recordId) {
    return loadRecord(recordId);
}

StoreResult<std::vector<StoredRecord>> SqliteRecordStore::list(const RecordQuery& query) {
    std::string text = sql({"SELECT ", kRecordColumns, " FROM records WHERE 1 = 1"});
    std::vector<std::string> values;
    if (query.visitFrom) {
        text += " AND visit_date >= ?";
        values.push_back(query.visitFrom->iso());
    }
    if (query.visitTo) {
        text += " AND visit_date <= ?";
        values.push_back(query.visitTo->iso());
    }
    if (query.status) {
        text += " AND status = ?";
        values.emplace_back(enumName(*query.status));
    }
    if (query.patientBirthDate) {
        text += " AND patient_birth_date = ?";
        values.push_back(query.patientBirthDate->iso());
    }
    if (const std::string name = nameMatchKey(query.patientName); !name.empty()) {
        // The keys' own index is read, not every row's payload.
        text += sql({" AND id IN (SELECT id FROM records INDEXED BY records_by_patient_name ",
                     "WHERE instr(patient_name_key, ?) > 0 OR instr(patient_kana_key, ?) > 0)"});
        values.push_back(name);
        values.push_back(katakanaMatchKey(query.patientName));
    }
    text += " ORDER BY visit_date DESC, id DESC";
    auto statement = db_.prepare(text);
    if (!statement) return fail(statement.error());
    for (std::size_t i = 0; i < values.size(); ++i) {
        statement->bind(static_cast<int>(i + 1), values[i]);
    }
    return readAll<StoredRecord>(std::move(statement).value(), readRecord);
}

StoreResult<std::int64_t> SqliteRecordStore::othersChangeStamp() {
    // Reads no table: a few microseconds, whatever the file's size.
    auto row = db_.queryRow("PRAGMA data_version");
    if (!row) return fail(row.error());
    return row->integer(0);
}

StoreResult<std::int64_t> SqliteRecordStore::addAttachment(std::int64_t recordId,
                                                           AttachmentKind kind,
                                                           std::string_view mimeType,
                                                           std::span<const std::uint8_t> bytes,
                                                           std::string_view actor) {
    const NewAttachment attachment{kind, std::string(mimeType), bytes};
    if (auto checked = checkAttachment(attachment); !checked) return fail(checked.error());
    return audited<std::int64_t>(actor, [&](UtcTime now) -> StoreResult<Change<std::int64_t>> {
        if (auto found = requireRecord(recordId); !found) return fail(found.error());
        return insertAttachment(db_, recordId, attachment, now);
    });
}

StoreResult<std::vector<AttachmentInfo>> SqliteRecordStore::listAttachments(std::int64_t recordId) {
    auto statement = db_.prepare(
        sql({"SELECT ", kAttachmentColumns, " FROM attachments WHERE record_id = ? ORDER BY id"}));
    if (!statement) return fail(statement.error());
    statement->bind(1, recordId);
    return readAll<AttachmentInfo>(std::move(statement).value(), readAttachment);
}

StoreResult<std::vector<std::uint8_t>> SqliteRecordStore::attachmentBytes(
    std::int64_t attachmentId) {
    auto row = findRow("SELECT content FROM attachments WHERE id = ?", attachmentId,
                       "attachment " + std::to_string(attachmentId));
    if (!row) return fail(row.error());
    return row->blob(0);
}

StoreResult<std::int64_t> SqliteRecordStore::addFollowUp(std::int64_t recordId, FollowUpKind kind,
                                                         CivilDate due, std::string_view note,
                                                         std::string_view actor) {
    const NewFollowUp followUp{kind, due, std::string(note)};
    return audited<std::int64_t>(actor, [&](UtcTime now) -> StoreResult<Change<std::int64_t>> {
        if (auto found = requireRecord(recordId); !found) return fail(found.error());
        return insertFollowUp(db_, recordId, followUp, now);
    });
}

Status<StoreError> SqliteRecordStore::completeFollowUp(std::int64_t followUpId,
                                                       std::string_view actor) {
    std::string name = "follow-up " + std::to_string(followUpId);
    return audited<Done>(actor, [&](UtcTime now) -> StoreResult<Change<Done>> {
        auto found =
            findRow("SELECT record_id, done FROM follow_ups WHERE id = ?", followUpId, name);
        if (!found) return fail(found.error());
        if (found->integer(1) != 0) {
            return fail(StoreError{StoreError::Conflict, name + " is already done"});
        }
        auto recordId = found->integer(0);
        auto statement = db_.prepare("UPDATE follow_ups SET done = 1, done_at = ? WHERE id = ?");
        if (!statement) return fail(statement.error());
        statement->bind(1, formatUtc(now)).bind(2, followUpId);
        if (auto written = statement->run(); !written) return fail(written.error());
        return Change<Done>{Done{}, recordId, followUpCompleted(followUpId)};
    });
}

StoreResult<std::vector<FollowUp>> SqliteRecordStore::openFollowUps() {
    auto statement = db_.prepare(sql(
        {"SELECT ", kFollowUpColumns, " FROM follow_ups WHERE done = 0 ORDER BY due_date, id"}));
    if (!statement) return fail(statement.error());
    return readAll<FollowUp>(std::move(statement).value(), readFollowUp);
}

StoreResult<SqliteDurability> SqliteRecordStore::durability() const {
    auto mode = db_.queryRow("PRAGMA journal_mode");
    if (!mode) return fail(mode.error());
    auto synchronous = db_.queryRow("PRAGMA synchronous");
    if (!synchronous) return fail(synchronous.error());
    return SqliteDurability{mode->text(0), synchronous->integer(0)};
}

Status<StoreError> SqliteRecordStore::noteRecordSeen(std::int64_t recordId, std::string_view how,
                                                     std::string_view actor) {
    return audited<Done>(actor, [&](UtcTime) -> StoreResult<Change<Done>> {
        if (auto there = requireRecord(recordId); !there) return fail(there.error());
        return Change<Done>{Done{}, recordId, recordSeen(how)};
    });
}

Status<StoreError> SqliteRecordStore::noteRecordsSeen(std::span<const std::int64_t> recordIds,
                                                      std::string_view how,
                                                      std::string_view actor) {
    auto done = inTransaction<Done>(actor, [&](UtcTime now) -> StoreResult<Done> {
        for (std::int64_t id : recordIds) {
            auto noted = logged<Done>(db_, now, actor, [&]() -> StoreResult<Change<Done>> {
                if (auto there = requireRecord(id); !there) return fail(there.error());
                return Change<Done>{Done{}, id, recordSeen(how)};
            }());
            if (!noted) return fail(noted.error());
        }
        return Done{};
    });
    if (!done) return fail(done.error());
    return Done{};
}

StoreResult<std::vector<AuditEntry>> SqliteRecordStore::auditTrail(std::int64_t recordId) {
    auto statement = db_.prepare(
        sql({"SELECT ", kAuditColumns, " FROM audit_log WHERE record_id = ? ORDER BY id"}));
    if (!statement) return fail(statement.error());
    statement->bind(1, recordId);
    return readAll<AuditEntry>(std::move(statement).value(), readAuditEntry);
}

StoreResult<std::vector<AuditEntry>> SqliteRecordStore::auditLog() {
    auto statement = db_.prepare(sql({"SELECT ", kAuditColumns, " FROM audit_log ORDER BY id"}));
    if (!statement) return fail(statement.error());
    return readAll<AuditEntry>(std::move(statement).value(), readAuditEntry);
}

StoreResult<bool> SqliteRecordStore::noteFaceAnswer(const FaceAnswerKey& key,
                                                    FaceAnswerDisposition disposition,
                                                    std::string_view reason,
                                                    std::string_view actor) {
    if (key.fileName.empty() || key.contentSha256.empty()) {
        return fail(invalid("face answer: no file name or content hash"));
    }
    return inTransaction<bool>(actor, [&](UtcTime now) -> StoreResult<bool> {
        // The unique key decides who noted it first, across connections.
        auto statement =
            db_.prepare(sql({"INSERT INTO face_answers (file_name, file_modified, content_sha256, ",
                             "disposition, reason, noted_at) VALUES (?, ?, ?, ?, ?, ?) ",
                             "ON CONFLICT DO NOTHING RETURNING id"}));
        if (!statement) return fail(statement.error());
        statement->bind(1, key.fileName)
            .bind(2, key.modified)
            .bind(3, key.contentSha256)
            .bind(4, enumName(disposition))
            .bind(5, reason)
            .bind(6, formatUtc(now));
        auto row = statement->step();
        if (!row) return fail(row.error());
        if (!*row) return false;
        return logged<bool>(db_, now, actor,
                            StoreResult<Change<bool>>(Change<bool>{
                                true, std::nullopt, faceAnswerRecorded(key, disposition, reason)}));
    });
}

StoreResult<bool> SqliteRecordStore::faceAnswerNoted(const FaceAnswerKey& key) {
    auto statement = db_.prepare(
        "SELECT id FROM face_answers WHERE file_name = ? AND file_modified = ? AND "
        "content_sha256 = ?");
    if (!statement) return fail(statement.error());
    statement->bind(1, key.fileName).bind(2, key.modified).bind(3, key.contentSha256);
    auto row = statement->step();
    if (!row) return fail(row.error());
    return *row;
}

StoreResult<std::vector<FaceAnswerNote>> SqliteRecordStore::faceAnswers(
    FaceAnswerDisposition disposition) {
    auto statement = db_.prepare(sql(
        {"SELECT ", kFaceAnswerColumns, " FROM face_answers WHERE disposition = ? ORDER BY id"}));
    if (!statement) return fail(statement.error());
    statement->bind(1, enumName(disposition));
    return readAll<FaceAnswerNote>(std::move(statement).value(), readFaceAnswer);
}

StoreResult<std::int64_t> SqliteRecordStore::beginFaceWait(const FaceWaitClaim& claim,
                                                           UtcTime staleBefore) {
    auto transaction = SqliteTransaction::begin(db_);
    if (!transaction) return fail(transaction.error());
    auto stale = db_.prepare("DELETE FROM face_waits WHERE heartbeat_at < ?");
    if (!stale) return fail(stale.error());
    stale->bind(1, formatUtc(staleBefore));
    if (auto dropped = stale->run(); !dropped) return fail(dropped.error());
    StoreResult<std::int64_t> id = [&]() -> StoreResult<std::int64_t> {
        // Finished before the commit: SQLite refuses to commit under a
        // statement still running.
        auto insert = db_.prepare(
            "INSERT INTO face_waits (face_dir, reader_id, owner, heartbeat_at) VALUES (?, ?, ?, ?) "
            "RETURNING id");
        if (!insert) return fail(insert.error());
        insert->bind(1, claim.faceDir)
            .bind(2, claim.readerId)
            .bind(3, claim.owner)
            .bind(4, formatUtc(utcNow()));
        return returnedId(*insert, "face wait");
    }();
    if (!id) return fail(id.error());
    if (auto committed = transaction->commit(); !committed) return fail(committed.error());
    return *id;
}

Status<StoreError> SqliteRecordStore::keepFaceWait(std::int64_t claimId) {
    auto statement = db_.prepare("UPDATE face_waits SET heartbeat_at = ? WHERE id = ?");
    if (!statement) return fail(statement.error());
    statement->bind(1, formatUtc(utcNow())).bind(2, claimId);
    return statement->run();
}

Status<StoreError> SqliteRecordStore::endFaceWait(std::int64_t claimId) {
    auto statement = db_.prepare("DELETE FROM face_waits WHERE id = ?");
    if (!statement) return fail(statement.error());
    statement->bind(1, claimId);
    return statement->run();
}

StoreResult<std::vector<FaceWaitClaim>> SqliteRecordStore::faceWaits(const std::string& faceDir,
                                                                     UtcTime freshSince) {
    auto statement = db_.prepare(
        "SELECT id, face_dir, reader_id, owner, heartbeat_at FROM face_waits "
        "WHERE face_dir = ? AND heartbeat_at >= ? ORDER BY id");
    if (!statement) return fail(statement.error());
    statement->bind(1, faceDir).bind(2, formatUtc(freshSince));
    return readAll<FaceWaitClaim>(
        std::move(statement).value(), [](const SqliteStatement& row) -> StoreResult<FaceWaitClaim> {
            FaceWaitClaim claim{row.integer(0), row.text(1), row.text(2), row.text(3), {}};
            RowReader reader("face wait " + std::to_string(claim.id));
            claim.heartbeat = reader.time(row.text(4), "heartbeat_at");
            return reader.finish(std::move(claim));
        });
}

StoreResult<std::int64_t> SqliteRecordStore::openStaffCall(std::string_view kioskName,
                                                           StaffCallReason reason,
                                                           std::string_view actor) {
    if (kioskName.empty()) return fail(invalid("staff call: no kiosk name"));
    return audited<std::int64_t>(actor, [&](UtcTime now) -> StoreResult<Change<std::int64_t>> {
        auto statement = db_.prepare(
            "INSERT INTO staff_calls (kiosk_name, reason, called_at) VALUES (?, ?, ?) RETURNING "
            "id");
        if (!statement) return fail(statement.error());
        statement->bind(1, kioskName).bind(2, enumName(reason)).bind(3, formatUtc(now));
        auto id = returnedId(*statement, "staff call");
        if (!id) return fail(id.error());
        return Change<std::int64_t>{*id, std::nullopt, staffCallOpened(*id, kioskName, reason)};
    });
}

Status<StoreError> SqliteRecordStore::endStaffCall(std::int64_t callId, StaffCallEnd how,
                                                   std::string_view actor) {
    std::string name = "staff call " + std::to_string(callId);
    return audited<Done>(actor, [&](UtcTime now) -> StoreResult<Change<Done>> {
        auto found = findRow("SELECT ended_at FROM staff_calls WHERE id = ?", callId, name);
        if (!found) return fail(found.error());
        if (found->optionalText(0)) {
            return fail(StoreError{StoreError::Conflict, name + " has already ended"});
        }
        auto statement =
            db_.prepare("UPDATE staff_calls SET ended_at = ?, ended_how = ? WHERE id = ?");
        if (!statement) return fail(statement.error());
        statement->bind(1, formatUtc(now)).bind(2, enumName(how)).bind(3, callId);
        if (auto written = statement->run(); !written) return fail(written.error());
        return Change<Done>{Done{}, std::nullopt, staffCallEnded(callId, how)};
    });
}

StoreResult<std::vector<StaffCall>> SqliteRecordStore::staffCalls(bool openOnly) {
    auto statement = db_.prepare(sql({"SELECT ", kStaffCallColumns, " FROM staff_calls",
                                      openOnly ? " WHERE ended_at IS NULL" : "", " ORDER BY id"}));
    if (!statement) return fail(statement.error());
    return readAll<StaffCall>(std::move(statement).value(), readStaffCall);
}

// ---- staff accounts ----

StoreResult<std::int64_t> SqliteRecordStore::addStaffAccount(const StaffAccount& account,
                                                             std::string_view actor) {
    if (account.login.empty() || account.passwordHash.empty()) {
        return fail(invalid("staff account: a login and a password are needed"));
    }
    return audited<std::int64_t>(actor, [&](UtcTime now) -> StoreResult<Change<std::int64_t>> {
        auto taken = db_.prepare("SELECT 1 FROM staff_accounts WHERE login = ?");
        if (!taken) return fail(taken.error());
        taken->bind(1, account.login);
        auto row = taken->step();
        if (!row) return fail(row.error());
        if (*row) {
            return fail(StoreError{StoreError::Conflict,
                                   "staff account " + account.login + " already exists"});
        }
        auto statement = db_.prepare(
            "INSERT INTO staff_accounts (login, display_name, role, password_hash, disabled, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
        if (!statement) return fail(statement.error());
        statement->bind(1, account.login)
            .bind(2, account.displayName)
            .bind(3, enumName(account.role))
            .bind(4, account.passwordHash)
            .bind(5, std::int64_t{account.disabled ? 1 : 0})
            .bind(6, formatUtc(now));
        auto id = returnedId(*statement, "staff account");
        if (!id) return fail(id.error());
        return Change<std::int64_t>{*id, std::nullopt, staffAccountAdded(account)};
    });
}

StoreResult<StaffAccount> SqliteRecordStore::loadStaffAccount(std::string_view login) {
    auto found = staffAccount(login);
    if (!found) return fail(found.error());
    if (!*found) {
        return fail(
            StoreError{StoreError::NotFound, "staff account " + std::string(login) + " not found"});
    }
    return std::move(**found);
}

template <class Bind>
Status<StoreError> SqliteRecordStore::changeStaffAccount(std::string_view login, const char* sql,
                                                         Bind bind, AuditEvent event,
                                                         std::string_view actor) {
    return audited<Done>(actor, [&](UtcTime) -> StoreResult<Change<Done>> {
        if (auto found = loadStaffAccount(login); !found) return fail(found.error());
        auto statement = db_.prepare(sql);
        if (!statement) return fail(statement.error());
        bind(*statement);
        if (auto written = statement->run(); !written) return fail(written.error());
        return Change<Done>{Done{}, std::nullopt, std::move(event)};
    });
}

Status<StoreError> SqliteRecordStore::setStaffPassword(std::string_view login,
                                                       std::string_view passwordHash,
                                                       std::string_view actor) {
    if (passwordHash.empty()) return fail(invalid("staff account: an empty password"));
    return changeStaffAccount(
        login,
        "UPDATE staff_accounts SET password_hash = ?1, failed_logins = 0, locked_until = NULL "
        "WHERE login = ?2",
        [&](SqliteStatement& s) { s.bind(1, passwordHash).bind(2, login); },
        staffPasswordSet(login), actor);
}

Status<StoreError> SqliteRecordStore::setStaffDisabled(std::string_view login, bool disabled,
                                                       std::string_view actor) {
    return changeStaffAccount(
        login, "UPDATE staff_accounts SET disabled = ?1 WHERE login = ?2",
        [&](SqliteStatement& s) { s.bind(1, std::int64_t{disabled ? 1 : 0}).bind(2, login); },
        staffAccountDisabled(login, disabled), actor);
}

StoreResult<std::vector<StaffAccount>> SqliteRecordStore::staffAccounts() {
    auto statement =
        db_.prepare(sql({"SELECT ", kStaffAccountColumns, " FROM staff_accounts ORDER BY login"}));
    if (!statement) return fail(statement.error());
    return readAll<StaffAccount>(std::move(statement).value(), readStaffAccount);
}

StoreResult<std::optional<StaffAccount>> SqliteRecordStore::staffAccount(std::string_view login) {
    auto statement =
        db_.prepare(sql({"SELECT ", kStaffAccountColumns, " FROM staff_accounts WHERE login = ?"}));
    if (!statement) return fail(statement.error());
    statement->bind(1, login);
    auto row = statement->step();
    if (!row) return fail(row.error());
    if (!*row) return std::optional<StaffAccount>();
    auto account = readStaffAccount(*statement);
    if (!account) return fail(account.error());
    return std::optional<StaffAccount>(std::move(account).value());
}

StoreResult<StaffAccount> SqliteRecordStore::noteLoginFailed(std::string_view login,
                                                             int maxFailures, UtcTime now,
                                                             std::chrono::milliseconds lockFor) {
    return inTransaction<StaffAccount>(login, [&](UtcTime at) -> StoreResult<StaffAccount> {
        auto account = loadStaffAccount(login);
        if (!account) return account;
        AuditEvent event;
        if (account->lockedUntil && *account->lockedUntil > now) {
            event = staffLoginWhileLocked(login, *account->lockedUntil);
        } else if (account->failedLogins + 1 >= maxFailures) {
            account->failedLogins = 0;
            account->lockedUntil = now + lockFor;
            event = staffAccountLocked(login, *account->lockedUntil);
        } else {
            ++account->failedLogins;
            account->lockedUntil.reset();
            event = staffLoginFailed(login, account->failedLogins);
        }
        auto statement = db_.prepare(
            "UPDATE staff_accounts SET failed_logins = ?, locked_until = ? WHERE login = ?");
        if (!statement) return fail(statement.error());
        statement->bind(1, std::int64_t{account->failedLogins})
            .bind(2, account->lockedUntil ? std::optional(formatUtc(*account->lockedUntil))
                                          : std::nullopt)
            .bind(3, login);
        if (auto written = statement->run(); !written) return fail(written.error());
        StaffAccount after = std::move(account).value();
        return logged<StaffAccount>(db_, at, login,
                                    Change<StaffAccount>{after, std::nullopt, std::move(event)});
    });
}

StoreResult<StaffAccount> SqliteRecordStore::noteLoginSucceeded(std::string_view login) {
    return audited<StaffAccount>(login, [&](UtcTime) -> StoreResult<Change<StaffAccount>> {
        auto account = loadStaffAccount(login);
        if (!account) return fail(account.error());
        auto statement = db_.prepare(
            "UPDATE staff_accounts SET failed_logins = 0, locked_until = NULL WHERE login = ?");
        if (!statement) return fail(statement.error());
        statement->bind(1, login);
        if (auto written = statement->run(); !written) return fail(written.error());
        account->failedLogins = 0;
        account->lockedUntil.reset();
        return Change<StaffAccount>{std::move(account).value(), std::nullopt, staffLoggedIn(login)};
    });
}

Status<StoreError> SqliteRecordStore::noteUnknownLogin(std::string_view where) {
    return audited<Done>(where, [&](UtcTime) -> StoreResult<Change<Done>> {
        return Change<Done>{Done{}, std::nullopt, staffLoginUnknown(where)};
    });
}

Status<StoreError> SqliteRecordStore::noteDisabledLogin(std::string_view login) {
    return audited<Done>(login, [&](UtcTime) -> StoreResult<Change<Done>> {
        return Change<Done>{Done{}, std::nullopt, staffLoginWhileDisabled(login)};
    });
}

}  // namespace kiosk
