#include "SqliteSchema.h"

#include <string>

namespace kiosk {

namespace {

// kMigrations[i] takes a database from version i to i + 1. Released entries
// never change; a new schema is a new entry.
constexpr const char* kMigrations[] = {
    // 1: records with their queryable columns and JSON payload (RecordJson),
    // attachments, follow-ups, and the audit log.
    R"sql(
    CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        visit_date TEXT NOT NULL,
        status TEXT NOT NULL,
        outcome TEXT NOT NULL,
        source TEXT NOT NULL,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL,
        purge_after TEXT,
        payload TEXT NOT NULL
    );
    CREATE INDEX records_by_visit ON records (visit_date, id);
    CREATE INDEX records_by_status ON records (status, visit_date);
    CREATE INDEX records_by_purge ON records (purge_after);

    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        record_id INTEGER NOT NULL REFERENCES records (id),
        kind TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        content BLOB NOT NULL
    );
    CREATE INDEX attachments_by_record ON attachments (record_id);

    CREATE TABLE follow_ups (
        id INTEGER PRIMARY KEY,
        record_id INTEGER NOT NULL REFERENCES records (id),
        kind TEXT NOT NULL,
        due_date TEXT NOT NULL,
        note TEXT NOT NULL,
        done INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        done_at TEXT
    );
    CREATE INDEX follow_ups_open ON follow_ups (done, due_date);
    CREATE INDEX follow_ups_by_record ON follow_ups (record_id);

    -- No foreign key: the log outlives the records it mentions (retention).
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        record_id INTEGER,
        detail TEXT NOT NULL
    );
    CREATE INDEX audit_log_by_record ON audit_log (record_id, id);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    )sql",
    // 2: the patient's birth date (patientIdentityOf) as a column, so that a
    // check-in finds the same person's earlier visits (the 2023-07-04
    // cross-check) by index.
    R"sql(
    ALTER TABLE records ADD COLUMN patient_birth_date TEXT;
    UPDATE records SET patient_birth_date = CASE
        WHEN json_type(payload, '$.declaration') IS NOT NULL
        THEN json_extract(payload, '$.declaration.birthDate')
        ELSE json_extract(payload, '$.terminalIdentity.birthDate') END;
    CREATE INDEX records_by_patient_birth_date ON records (patient_birth_date, visit_date);
    )sql",
    // 3: face-reader answers the kiosk dealt with (FaceAnswerNote.h): the
    // face folder is read, never emptied, so what was taken must be
    // remembered across restarts; unattributed answers wait here for staff.
    R"sql(
    CREATE TABLE face_answers (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_modified INTEGER NOT NULL,
        content_sha256 TEXT NOT NULL,
        disposition TEXT NOT NULL,
        reason TEXT NOT NULL,
        noted_at TEXT NOT NULL,
        UNIQUE (file_name, file_modified, content_sha256)
    );
    CREATE INDEX face_answers_by_disposition ON face_answers (disposition, id);
    )sql",
    // 4: the day's 受付番号 (1, 2, 3… from each visit date), given by the
    // store as the record is inserted; the unique index keeps two kiosks on
    // one file from ever sharing one. Earlier records have none.
    R"sql(
    ALTER TABLE records ADD COLUMN reception_number INTEGER;
    CREATE UNIQUE INDEX records_reception_number ON records (visit_date, reception_number);
    )sql",
    // 5: kiosks waiting for face answers (FaceWaitClaim.h), so that kiosks
    // on one face folder see each other and never take another's answer.
    // Short-lived rows: nothing personal, no audit.
    R"sql(
    CREATE TABLE face_waits (
        id INTEGER PRIMARY KEY,
        face_dir TEXT NOT NULL,
        reader_id TEXT NOT NULL,
        owner TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL
    );
    CREATE INDEX face_waits_by_dir ON face_waits (face_dir, heartbeat_at);
    )sql",
    // 6: patients' calls for staff (StaffCall.h), for the front desk to see
    // and close. Nothing personal: kiosk, reason, times.
    R"sql(
    CREATE TABLE staff_calls (
        id INTEGER PRIMARY KEY,
        kiosk_name TEXT NOT NULL,
        reason TEXT NOT NULL,
        called_at TEXT NOT NULL,
        ended_at TEXT,
        ended_how TEXT
    );
    CREATE INDEX staff_calls_open ON staff_calls (ended_at, id);
    )sql",
    // 7: staff accounts for the front desk (StaffAccount.h): the password as
    // an argon2id string only; failed tries and the lock, shared by desks.
    R"sql(
    CREATE TABLE staff_accounts (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
    );
    )sql",
    // 8: the patient's name as search keys (nameMatchKey, katakanaMatchKey),
    // so the desk finds 渡辺 when 渡邊 is typed and ワタナベ for ﾜﾀﾅﾍﾞ without
    // reading every payload. NULL until the store fills them (earlier rows
    // on first open: the keys are computed in C++, not SQL).
    R"sql(
    ALTER TABLE records ADD COLUMN patient_name_key TEXT;
    ALTER TABLE records ADD COLUMN patient_kana_key TEXT;
    CREATE INDEX records_by_patient_name ON records (patient_name_key, patient_kana_key);
    )sql",
};
static_assert(std::size(kMigrations) == kSqliteSchemaVersion);

StoreResult<std::int64_t> pragmaValue(const SqliteDatabase& db, const char* sql) {
    auto row = db.queryRow(sql);
    if (!row) return fail(row.error());
    return row->integer(0);
}

}  // namespace

Status<StoreError> checkSqliteSchema(const SqliteDatabase& db) {
    // Reading the schema also makes SQLite look at every page header it
    // needs: a damaged file fails here, before anything is written.
    auto objects = pragmaValue(db, "SELECT count(*) FROM sqlite_schema");
    if (!objects) return fail(objects.error());
    auto applicationId = pragmaValue(db, "PRAGMA application_id");
    if (!applicationId) return fail(applicationId.error());
    auto version = pragmaValue(db, "PRAGMA user_version");
    if (!version) return fail(version.error());

    bool fresh = *applicationId == 0 && *version == 0 && *objects == 0;
    if (!fresh && *applicationId != kSqliteApplicationId) {
        return fail(
            StoreError{StoreError::NotADatabase,
                       db.path() + ": a SQLite database of another program; left untouched"});
    }
    if (*version > kSqliteSchemaVersion) {
        return fail(StoreError{StoreError::SchemaTooNew,
                               db.path() + ": schema version " + std::to_string(*version) +
                                   " is newer than this program knows (" +
                                   std::to_string(kSqliteSchemaVersion) + "); left untouched"});
    }
    return Done{};
}

Status<StoreError> migrateSqliteSchema(SqliteDatabase& db) {
    for (std::int64_t target = 1; target <= kSqliteSchemaVersion; ++target) {
        auto transaction = SqliteTransaction::begin(db);
        if (!transaction) return fail(transaction.error());
        // Read under the write lock: another process may have migrated meanwhile.
        auto version = pragmaValue(db, "PRAGMA user_version");
        if (!version) return fail(version.error());
        if (*version >= target) continue;
        std::string sql = std::string(kMigrations[target - 1]) +
                          "; PRAGMA user_version = " + std::to_string(target) +
                          "; PRAGMA application_id = " + std::to_string(kSqliteApplicationId) + ";";
        if (auto migrated = db.exec(sql.c_str()); !migrated) return migrated;
        if (auto committed = transaction->commit(); !committed) return committed;
    }
    return Done{};
}

}  // namespace kiosk
