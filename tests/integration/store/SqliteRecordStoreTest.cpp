#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "RawSqlite.h"
#include "SampleRecords.h"
#include "StoreFileTest.h"
#include "store/SqliteRecordStore.h"
#include "store/SqliteSchema.h"

using kiosk::AttachmentKind;
using kiosk::CheckInRecord;
using kiosk::CivilDate;
using kiosk::FollowUpKind;
using kiosk::RecordQuery;
using kiosk::RecordStatus;
using kiosk::SqliteRecordStore;
using kiosk::StoreError;
using kiosk::test::RawSqlite;
using kiosk::test::sampleRecord;
using kiosk::test::withoutReceptionNumber;

namespace {

constexpr const char* kActor = "reception-1";

class SqliteRecordStoreTest : public kiosk::test::StoreFileTest {
protected:
    std::int64_t createSample(SqliteRecordStore& store, std::int64_t seed) {
        auto id = store.create(sampleRecord(seed), kActor);
        EXPECT_TRUE(id) << id.error().message;
        return id ? *id : 0;
    }
};

CheckInRecord withId(CheckInRecord record, std::int64_t id) {
    record.id = id;
    return record;
}

std::vector<std::uint8_t> everyByteValue(std::size_t size) {
    std::vector<std::uint8_t> bytes(size);
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<std::uint8_t>(i * 131 % 256);
    return bytes;
}

}  // namespace

TEST_F(SqliteRecordStoreTest, CreatedRecordReadsBackWithBookkeeping) {
    auto store = openStore();
    auto id = createSample(*store, 7);
    ASSERT_GT(id, 0);
    auto stored = store->get(id);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(withoutReceptionNumber(stored->record), withId(sampleRecord(7), id));
    EXPECT_EQ(stored->revision, 1);
    EXPECT_EQ(stored->createdAt, stored->updatedAt);
    EXPECT_LE(stored->createdAt, kiosk::utcNow());
    EXPECT_FALSE(stored->purgeAfter);
}

TEST_F(SqliteRecordStoreTest, CreateIgnoresTheCallersId) {
    auto store = openStore();
    auto record = sampleRecord(1);
    record.id = 999;
    auto id = store->create(record, kActor);
    ASSERT_TRUE(id);
    EXPECT_NE(*id, 999);
    EXPECT_EQ(store->get(*id)->record.id, *id);
}

TEST_F(SqliteRecordStoreTest, UnknownIdIsNotFound) {
    auto store = openStore();
    auto stored = store->get(42);
    ASSERT_FALSE(stored);
    EXPECT_EQ(stored.error().kind, StoreError::NotFound);
    EXPECT_NE(stored.error().message.find("record 42"), std::string::npos);
}

TEST_F(SqliteRecordStoreTest, UpdateReplacesContentAndCountsRevisions) {
    auto store = openStore();
    auto id = createSample(*store, 3);
    auto created = store->get(id).value();
    auto changed = withId(sampleRecord(4), id);
    auto revision = store->update(changed, 1, kActor);
    ASSERT_TRUE(revision) << revision.error().message;
    EXPECT_EQ(*revision, 2);
    auto stored = store->get(id).value();
    EXPECT_EQ(withoutReceptionNumber(stored.record), changed);
    EXPECT_EQ(stored.revision, 2);
    EXPECT_EQ(stored.createdAt, created.createdAt);
    EXPECT_GE(stored.updatedAt, created.updatedAt);
    EXPECT_EQ(store->update(changed, 2, kActor).value(), 3);
}

TEST_F(SqliteRecordStoreTest, StaleRevisionIsAConflictAndChangesNothing) {
    auto store = openStore();
    auto id = createSample(*store, 3);
    ASSERT_TRUE(store->update(withId(sampleRecord(4), id), 1, kActor));
    auto stale = store->update(withId(sampleRecord(5), id), 1, kActor);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind, StoreError::Conflict);
    EXPECT_NE(stale.error().message.find("record " + std::to_string(id)), std::string::npos);
    EXPECT_EQ(withoutReceptionNumber(store->get(id)->record), withId(sampleRecord(4), id));
    EXPECT_EQ(store->get(id)->revision, 2);
}

TEST_F(SqliteRecordStoreTest, UpdateOfUnknownRecordIsNotFound) {
    auto store = openStore();
    auto result = store->update(withId(sampleRecord(1), 77), 1, kActor);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreError::NotFound);
}

TEST_F(SqliteRecordStoreTest, ListFiltersByVisitDatesAndStatusNewestFirst) {
    auto store = openStore();
    auto make = [&](int day, RecordStatus status) {
        auto record = sampleRecord(day);
        record.visitDate = *CivilDate::make(2025, 3, day);
        record.status = status;
        return store->create(record, kActor).value();
    };
    auto a = make(1, RecordStatus::Open);
    auto b = make(2, RecordStatus::Closed);
    auto c = make(2, RecordStatus::Open);
    auto d = make(3, RecordStatus::Open);
    auto e = make(4, RecordStatus::AwaitingInsurerNumber);
    auto ids = [&](const RecordQuery& query) {
        std::vector<std::int64_t> out;
        auto listed = store->list(query).value();
        for (const auto& s : listed) out.push_back(s.record.id);
        return out;
    };
    EXPECT_EQ(ids({}), (std::vector<std::int64_t>{e, d, c, b, a}));
    EXPECT_EQ(ids({CivilDate::make(2025, 3, 2), CivilDate::make(2025, 3, 3), std::nullopt, {}, {}}),
              (std::vector<std::int64_t>{d, c, b}));
    EXPECT_EQ(ids({std::nullopt, std::nullopt, RecordStatus::Open, {}, {}}),
              (std::vector<std::int64_t>{d, c, a}));
    EXPECT_EQ(ids({CivilDate::make(2025, 3, 2), std::nullopt, RecordStatus::Open, {}, {}}),
              (std::vector<std::int64_t>{d, c}));
    EXPECT_TRUE(ids({CivilDate::make(2025, 4, 1), std::nullopt, std::nullopt, {}, {}}).empty());
}

// The 2023-07-04 check looks for the same person's earlier visits: by the
// 申立書's birth date where there is one, else the terminal's.
TEST_F(SqliteRecordStoreTest, ListFindsAPatientsVisitsByBirthDate) {
    auto store = openStore();
    const CivilDate birth = *CivilDate::make(1961, 7, 7);
    auto declared = sampleRecord(1);
    declared.declaration->birthDate = birth;
    auto shownByTerminal = sampleRecord(2);
    shownByTerminal.declaration.reset();
    shownByTerminal.terminalIdentity =
        kiosk::IdentityFields{"端末 花子", "", kiosk::Sex::Female, birth, ""};
    auto someoneElse = sampleRecord(3);
    someoneElse.terminalIdentity = kiosk::IdentityFields{"別人", "", kiosk::Sex::Female, birth, ""};
    someoneElse.declaration->birthDate = CivilDate::make(1961, 7, 8);  // the 申立書 wins
    const auto a = store->create(declared, kActor).value();
    const auto b = store->create(shownByTerminal, kActor).value();
    store->create(someoneElse, kActor).value();
    RecordQuery query;
    query.patientBirthDate = birth;
    std::vector<std::int64_t> found;
    const auto listed = store->list(query).value();
    for (const auto& s : listed) found.push_back(s.record.id);
    std::ranges::sort(found);
    EXPECT_EQ(found, (std::vector<std::int64_t>{a, b}));

    // An update moves the record with its new birth date.
    auto stored = store->get(a).value();
    stored.record.declaration->birthDate = CivilDate::make(1970, 1, 1);
    ASSERT_TRUE(store->update(stored.record, stored.revision, kActor));
    EXPECT_EQ(store->list(query).value().size(), 1u);
}

// A file from schema 1 gains the birth-date column, filled from the payloads.
TEST_F(SqliteRecordStoreTest, SchemaOneFileIsUpgradedWithBirthDates) {
    std::int64_t id = 0;
    {
        auto store = openStore();
        id = createSample(*store, 4);
    }
    {
        RawSqlite raw(path_);
        ASSERT_EQ(raw.exec(std::string(kiosk::test::kBackToSchema7) +
                           "DROP TABLE staff_accounts; DROP TABLE staff_calls; DROP TABLE "
                           "face_waits; DROP TABLE face_answers; "
                           "DROP INDEX records_reception_number; "
                           "ALTER TABLE records DROP COLUMN reception_number; "
                           "DROP INDEX records_by_patient_birth_date; "
                           "ALTER TABLE records DROP COLUMN patient_birth_date; "
                           "PRAGMA user_version = 1"),
                  SQLITE_OK);
    }
    auto store = openStore();
    EXPECT_EQ(RawSqlite(path_).text("PRAGMA user_version"),
              std::to_string(kiosk::kSqliteSchemaVersion));
    RecordQuery query;
    query.patientBirthDate = sampleRecord(4).declaration->birthDate;
    auto listed = store->list(query).value();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().record.id, id);
}

// The desk's search (issue 11 item 4): part of the name in kanji or kana,
// with variant kanji, widths and spaces folded, from the 申立書 or, without
// one, the terminal's answer.
TEST_F(SqliteRecordStoreTest, ListFindsPatientsByPartOfTheirNameInKanjiOrKana) {
    auto store = openStore();
    auto declared = sampleRecord(1);
    declared.declaration->name = "渡辺　太郎";
    declared.declaration->nameKana = "ワタナベ　タロウ";
    auto shownByTerminal = sampleRecord(2);
    shownByTerminal.declaration.reset();
    shownByTerminal.terminalIdentity =
        kiosk::IdentityFields{"髙橋 花子", "ﾀｶﾊｼ ﾊﾅｺ", kiosk::Sex::Female, std::nullopt, ""};
    auto nobody = sampleRecord(3);
    nobody.declaration.reset();
    const auto a = store->create(declared, kActor).value();
    const auto b = store->create(shownByTerminal, kActor).value();
    store->create(nobody, kActor).value();
    auto found = [&](const std::string& name) {
        RecordQuery query;
        query.patientName = name;
        std::vector<std::int64_t> ids;
        const auto listed = store->list(query).value();  // not a temporary's inside
        for (const auto& s : listed) ids.push_back(s.record.id);
        return ids;
    };
    const std::vector<std::int64_t> onlyA{a}, onlyB{b}, none;
    EXPECT_EQ(found("渡邊"), onlyA);
    EXPECT_EQ(found("ﾜﾀﾅﾍﾞ"), onlyA);
    EXPECT_EQ(found("わたなべ"), onlyA);
    EXPECT_EQ(found("渡辺 太郎"), onlyA);
    EXPECT_EQ(found("タロウ"), onlyA);
    EXPECT_EQ(found("高橋"), onlyB);
    EXPECT_EQ(found("タカハシ"), onlyB);
    EXPECT_EQ(found("渡部"), none);
    EXPECT_EQ(found("%"), none);
    EXPECT_EQ(found("").size(), 3u);

    // The keys follow an update of the name.
    auto stored = store->get(a).value();
    stored.record.declaration->name = "渡部　太郎";
    stored.record.declaration->nameKana = "ワタベ　タロウ";
    ASSERT_TRUE(store->update(stored.record, stored.revision, kActor));
    EXPECT_EQ(found("渡邊"), none);
    EXPECT_EQ(found("渡部"), onlyA);
}

// Records from before the search keys are found once the file is opened.
TEST_F(SqliteRecordStoreTest, RecordsFromBeforeTheSearchKeysAreFoundByName) {
    std::int64_t id = 0;
    {
        auto store = openStore();
        auto record = sampleRecord(5);
        record.declaration->name = "渡邊　一郎";
        id = store->create(record, kActor).value();
    }
    ASSERT_EQ(
        RawSqlite(path_).exec(std::string(kiosk::test::kBackToSchema7) + "PRAGMA user_version = 7"),
        SQLITE_OK);
    auto store = openStore();
    RecordQuery query;
    query.patientName = "渡辺";
    auto listed = store->list(query).value();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed.front().record.id, id);
}

// Issue 11 item 6: a staff action is one audit entry, named for it, under
// the staff member's login; a second desk saving over a newer revision is
// refused, never a silent overwrite.
TEST_F(SqliteRecordStoreTest, AStaffActionIsOneNamedAuditEntryAndAStaleOneIsRefused) {
    auto store = openStore();
    const auto id = createSample(*store, 6);
    auto stored = store->get(id).value();
    auto changed = stored.record;
    changed.validCardConfirmedByStaff = !changed.validCardConfirmedByStaff;
    const auto before = store->auditTrail(id).value().size();
    ASSERT_TRUE(store->saveStaffAction(changed, stored.revision, "valid_card_seen", "sato"));
    const auto trail = store->auditTrail(id).value();
    ASSERT_EQ(trail.size(), before + 1);
    EXPECT_EQ(trail.back().actor, "sato");
    EXPECT_EQ(trail.back().action, "staff_action");
    EXPECT_EQ(trail.back().detail.rfind("valid_card_seen; changed /validCardConfirmedByStaff", 0),
              0u)
        << trail.back().detail;

    // Another desk read revision 1 and saves now: refused, nothing written.
    auto stale = store->saveStaffAction(stored.record, stored.revision, "self_pay_kept", "suzuki");
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().kind, StoreError::Conflict);
    EXPECT_EQ(store->auditTrail(id).value().size(), before + 1);
    EXPECT_EQ(store->get(id).value().record.validCardConfirmedByStaff,
              changed.validCardConfirmedByStaff);
}

TEST_F(SqliteRecordStoreTest, ListReturnsFullRecords) {
    auto store = openStore();
    auto id = createSample(*store, 11);
    auto listed = store->list({});
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(withoutReceptionNumber(listed->front().record), withId(sampleRecord(11), id));
}

TEST_F(SqliteRecordStoreTest, PurgeDateIsStoredAndCleared) {
    auto store = openStore();
    auto id = createSample(*store, 1);
    auto date = *CivilDate::make(2031, 3, 31);
    ASSERT_TRUE(store->setPurgeAfter(id, date, kActor));
    EXPECT_EQ(store->get(id)->purgeAfter, date);
    EXPECT_EQ(store->get(id)->revision, 1);  // bookkeeping, not content
    ASSERT_TRUE(store->setPurgeAfter(id, std::nullopt, kActor));
    EXPECT_FALSE(store->get(id)->purgeAfter);
    EXPECT_EQ(store->setPurgeAfter(id + 1, date, kActor).error().kind, StoreError::NotFound);
}

TEST_F(SqliteRecordStoreTest, AttachmentsKeepTheirBytesExactly) {
    auto store = openStore();
    auto id = createSample(*store, 1);
    auto signature = everyByteValue(4096);
    auto scan = everyByteValue(3 * 1024 * 1024 + 7);
    auto first =
        store->addAttachment(id, AttachmentKind::Signature, "image/png", signature, kActor);
    auto second = store->addAttachment(id, AttachmentKind::ScanPage, "image/tiff", scan, kActor);
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_TRUE(second) << second.error().message;

    EXPECT_EQ(store->attachmentBytes(*first).value(), signature);
    EXPECT_EQ(store->attachmentBytes(*second).value(), scan);
    auto listed = store->listAttachments(id).value();
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].id, *first);
    EXPECT_EQ(listed[0].recordId, id);
    EXPECT_EQ(listed[0].kind, AttachmentKind::Signature);
    EXPECT_EQ(listed[0].mimeType, "image/png");
    EXPECT_EQ(listed[0].size, 4096);
    EXPECT_EQ(listed[1].kind, AttachmentKind::ScanPage);
    EXPECT_EQ(listed[1].size, static_cast<std::int64_t>(scan.size()));
    EXPECT_TRUE(store->listAttachments(id + 1).value().empty());
}

TEST_F(SqliteRecordStoreTest, AttachmentsAreRefusedWithoutRecordTypeOrContent) {
    auto store = openStore();
    auto id = createSample(*store, 1);
    auto bytes = everyByteValue(10);
    EXPECT_EQ(store->addAttachment(id + 1, AttachmentKind::Signature, "image/png", bytes, kActor)
                  .error()
                  .kind,
              StoreError::NotFound);
    EXPECT_EQ(
        store->addAttachment(id, AttachmentKind::Signature, "山田.png", bytes, kActor).error().kind,
        StoreError::Invalid);
    EXPECT_EQ(
        store->addAttachment(id, AttachmentKind::Signature, "image/png", {}, kActor).error().kind,
        StoreError::Invalid);
    EXPECT_EQ(store->attachmentBytes(12345).error().kind, StoreError::NotFound);
    EXPECT_TRUE(store->listAttachments(id).value().empty());
}

TEST_F(SqliteRecordStoreTest, FollowUpsFormAWorklistUntilDone) {
    auto store = openStore();
    auto id = createSample(*store, 1);
    auto later = store->addFollowUp(id, FollowUpKind::ReportInsurerNumber,
                                    *CivilDate::make(2025, 6, 30), "保険者番号の連絡待ち", kActor);
    auto sooner = store->addFollowUp(id, FollowUpKind::SystemFailureModeLookup,
                                     *CivilDate::make(2025, 6, 2), "", kActor);
    ASSERT_TRUE(later && sooner);

    auto open = store->openFollowUps().value();
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].id, *sooner);
    EXPECT_EQ(open[0].kind, FollowUpKind::SystemFailureModeLookup);
    EXPECT_EQ(open[1].id, *later);
    EXPECT_EQ(open[1].recordId, id);
    EXPECT_EQ(open[1].due, *CivilDate::make(2025, 6, 30));
    EXPECT_EQ(open[1].note, "保険者番号の連絡待ち");
    EXPECT_FALSE(open[1].done);
    EXPECT_FALSE(open[1].doneAt);

    ASSERT_TRUE(store->completeFollowUp(*sooner, kActor));
    open = store->openFollowUps().value();
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].id, *later);
    EXPECT_EQ(store->completeFollowUp(*sooner, kActor).error().kind, StoreError::Conflict);
    EXPECT_EQ(store->completeFollowUp(999, kActor).error().kind, StoreError::NotFound);
    EXPECT_EQ(
        store->addFollowUp(id + 1, FollowUpKind::Other, *CivilDate::make(2025, 1, 1), "", kActor)
            .error()
            .kind,
        StoreError::NotFound);
}

TEST_F(SqliteRecordStoreTest, EveryMutationWritesOneImpersonalAuditEntry) {
    auto store = openStore();
    auto record = sampleRecord(3);  // status open
    record.status = RecordStatus::Open;
    auto id = store->create(record, "kiosk-A").value();
    auto changed = withId(record, id);
    changed.status = RecordStatus::Closed;
    changed.declaration->address = "大阪府大阪市北区";
    ASSERT_TRUE(store->update(changed, 1, "staff-suzuki"));
    ASSERT_TRUE(store->setPurgeAfter(id, CivilDate::make(2030, 1, 31), "staff-suzuki"));
    auto attachment = store->addAttachment(id, AttachmentKind::Signature, "image/png",
                                           everyByteValue(5), "kiosk-A");
    auto followUp = store->addFollowUp(id, FollowUpKind::ConfirmProof, *CivilDate::make(2025, 5, 1),
                                       "電話 090-1111-2222", "staff");
    ASSERT_TRUE(store->completeFollowUp(*followUp, "staff"));
    auto other = createSample(*store, 8);

    auto trail = store->auditTrail(id).value();
    ASSERT_EQ(trail.size(), 6u);
    std::vector<std::string> actions;
    for (const auto& entry : trail) {
        actions.push_back(entry.action);
        EXPECT_EQ(entry.recordId, id);
        for (const auto& personal : {changed.declaration->name, changed.declaration->address,
                                     changed.declaration->phone, std::string("090-1111-2222")}) {
            EXPECT_EQ(entry.detail.find(personal), std::string::npos) << entry.detail;
        }
    }
    EXPECT_EQ(actions,
              (std::vector<std::string>{"create", "update", "set_purge_after", "add_attachment",
                                        "add_follow_up", "complete_follow_up"}));
    EXPECT_EQ(trail[0].actor, "kiosk-A");
    EXPECT_EQ(trail[1].actor, "staff-suzuki");
    EXPECT_EQ(trail[1].detail, "status open→closed; changed /declaration/address");
    EXPECT_EQ(trail[2].detail, "purge after 2030-01-31");
    EXPECT_EQ(trail[3].detail,
              "attachment " + std::to_string(*attachment) + " signature image/png 5 bytes");
    EXPECT_TRUE(std::is_sorted(trail.begin(), trail.end(),
                               [](const auto& a, const auto& b) { return a.at < b.at; }));

    auto log = store->auditLog().value();
    ASSERT_EQ(log.size(), 7u);
    EXPECT_EQ(log.back().recordId, other);
    EXPECT_EQ(log.back().action, "create");
}

TEST_F(SqliteRecordStoreTest, FailedMutationsWriteNoAuditEntry) {
    auto store = openStore();
    auto id = createSample(*store, 1);
    ASSERT_FALSE(store->update(withId(sampleRecord(2), id), 5, kActor));
    ASSERT_FALSE(
        store->addFollowUp(id + 1, FollowUpKind::Other, *CivilDate::make(2025, 1, 1), "", kActor));
    ASSERT_FALSE(store->create(sampleRecord(2), ""));
    EXPECT_EQ(store->auditLog()->size(), 1u);
    EXPECT_EQ(store->list({})->size(), 1u);
}

TEST_F(SqliteRecordStoreTest, ChangesWithoutAnActorAreRefused) {
    auto store = openStore();
    auto result = store->create(sampleRecord(1), "");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreError::Invalid);
    EXPECT_TRUE(store->list({})->empty());
}

TEST_F(SqliteRecordStoreTest, AuditLogCannotBeRewrittenInTheDatabase) {
    auto store = openStore();
    createSample(*store, 1);
    auto before = store->auditLog().value();
    RawSqlite raw(path_);
    EXPECT_NE(raw.exec("UPDATE audit_log SET actor = 'someone else'"), SQLITE_OK);
    EXPECT_NE(raw.exec("DELETE FROM audit_log"), SQLITE_OK);
    EXPECT_EQ(store->auditLog().value(), before);
}

TEST_F(SqliteRecordStoreTest, TextThatIsNotUtf8IsRefusedNotMangled) {
    auto store = openStore();
    auto record = sampleRecord(1);
    record.declaration->name = "\xff\xfe";
    auto result = store->create(record, kActor);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, StoreError::Invalid);
    EXPECT_TRUE(store->list({})->empty());
}

TEST_F(SqliteRecordStoreTest, UnreadablePayloadIsAnErrorNamingTheRecord) {
    auto store = openStore();
    auto good = createSample(*store, 1);
    auto bad = createSample(*store, 2);
    {
        RawSqlite raw(path_);
        ASSERT_EQ(raw.exec("UPDATE records SET payload = '{\"format\": 1, \"status\": \"maybe\"}' "
                           "WHERE id = " +
                           std::to_string(bad)),
                  SQLITE_OK);
    }
    auto read = store->get(bad);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().kind, StoreError::Invalid);
    EXPECT_NE(read.error().message.find("record " + std::to_string(bad)), std::string::npos);
    EXPECT_EQ(read.error().message.find("maybe"), std::string::npos);
    auto listed = store->list({});
    ASSERT_FALSE(listed);  // never a shorter list that hides the record
    EXPECT_NE(listed.error().message.find("record " + std::to_string(bad)), std::string::npos);
    EXPECT_TRUE(store->get(good));

    RawSqlite(path_).exec("UPDATE records SET payload = 'not json' WHERE id = " +
                          std::to_string(bad));
    EXPECT_EQ(store->get(bad).error().kind, StoreError::Invalid);
}

TEST_F(SqliteRecordStoreTest, ReopeningKeepsEverything) {
    std::int64_t id = 0, attachment = 0;
    auto bytes = everyByteValue(70000);
    {
        auto store = openStore();
        id = createSample(*store, 5);
        ASSERT_TRUE(store->update(withId(sampleRecord(6), id), 1, kActor));
        ASSERT_TRUE(store->setPurgeAfter(id, CivilDate::make(2030, 12, 31), kActor));
        attachment =
            store->addAttachment(id, AttachmentKind::ScanPage, "image/png", bytes, kActor).value();
        ASSERT_TRUE(store->addFollowUp(id, FollowUpKind::Other, *CivilDate::make(2025, 1, 2),
                                       "note", kActor));
    }
    auto store = openStore();
    auto stored = store->get(id).value();
    EXPECT_EQ(withoutReceptionNumber(stored.record), withId(sampleRecord(6), id));
    EXPECT_EQ(stored.revision, 2);
    EXPECT_EQ(stored.purgeAfter, CivilDate::make(2030, 12, 31));
    EXPECT_EQ(store->attachmentBytes(attachment).value(), bytes);
    EXPECT_EQ(store->openFollowUps()->size(), 1u);
    EXPECT_EQ(store->auditTrail(id)->size(), 5u);
    EXPECT_EQ(RawSqlite(path_).text("PRAGMA user_version"),
              std::to_string(kiosk::kSqliteSchemaVersion));
}

TEST_F(SqliteRecordStoreTest, TwoConnectionsShareRecordsAndDetectConflicts) {
    auto kioskA = openStore();
    auto kioskB = openStore();
    auto id = createSample(*kioskA, 1);
    auto seenByB = kioskB->get(id);
    ASSERT_TRUE(seenByB);
    EXPECT_EQ(withoutReceptionNumber(seenByB->record), withId(sampleRecord(1), id));

    auto seenByA = kioskA->get(id).value();
    ASSERT_TRUE(kioskB->update(withId(sampleRecord(2), id), seenByB->revision, "B"));
    auto lost = kioskA->update(withId(sampleRecord(3), id), seenByA.revision, "A");
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().kind, StoreError::Conflict);
    EXPECT_EQ(withoutReceptionNumber(kioskA->get(id)->record), withId(sampleRecord(2), id));
}

TEST_F(SqliteRecordStoreTest, ConcurrentWritersOnOneFileLoseNothing) {
    auto first = openStore();
    auto second = openStore();
    constexpr int kPerWriter = 40;
    std::vector<std::int64_t> idsA, idsB;
    auto write = [](SqliteRecordStore& store, int base, std::vector<std::int64_t>& ids) {
        for (int i = 0; i < kPerWriter; ++i) {
            auto id = store.create(sampleRecord(base + i), "writer");
            if (id) ids.push_back(*id);
        }
    };
    std::thread a(write, std::ref(*first), 1000, std::ref(idsA));
    std::thread b(write, std::ref(*second), 2000, std::ref(idsB));
    a.join();
    b.join();
    ASSERT_EQ(idsA.size(), static_cast<std::size_t>(kPerWriter));
    ASSERT_EQ(idsB.size(), static_cast<std::size_t>(kPerWriter));
    for (int i = 0; i < kPerWriter; ++i) {
        EXPECT_EQ(withoutReceptionNumber(first->get(idsB[i])->record),
                  withId(sampleRecord(2000 + i), idsB[i]));
        EXPECT_EQ(withoutReceptionNumber(second->get(idsA[i])->record),
                  withId(sampleRecord(1000 + i), idsA[i]));
    }
    EXPECT_EQ(first->auditLog()->size(), 2u * kPerWriter);
}

// 受付番号 (issue 10 item 13): 1, 2, 3… for each visit date, never
// repeated, whichever kiosk on the file saved the visit.
TEST_F(SqliteRecordStoreTest, ReceptionNumbersCountFromOneEachDay) {
    auto store = openStore();
    auto onDay = [&](int day) {
        auto record = sampleRecord(1);
        record.visitDate = *CivilDate::make(2026, 12, day);
        record.receptionNumber = 77;  // the caller's number is not the store's
        return store->createCheckIn({record, {}, {}}, kActor).value();
    };
    EXPECT_EQ(onDay(1).receptionNumber, 1);
    EXPECT_EQ(onDay(1).receptionNumber, 2);
    const auto third = onDay(1);
    EXPECT_EQ(third.receptionNumber, 3);
    EXPECT_EQ(onDay(2).receptionNumber, 1) << "a new day starts again at 1";
    EXPECT_EQ(onDay(1).receptionNumber, 4);
    EXPECT_EQ(store->get(third.recordId)->record.receptionNumber, 3) << "kept in the record";
}

TEST_F(SqliteRecordStoreTest, ReceptionNumberSurvivesAnUpdate) {
    auto store = openStore();
    auto id = createSample(*store, 3);
    auto number = store->get(id)->record.receptionNumber;
    ASSERT_EQ(number, 1);
    auto changed = withId(sampleRecord(4), id);
    changed.visitDate = sampleRecord(3).visitDate;
    changed.receptionNumber.reset();
    ASSERT_TRUE(store->update(changed, 1, kActor));
    EXPECT_EQ(store->get(id)->record.receptionNumber, number);
}

TEST_F(SqliteRecordStoreTest, TwoKiosksOnOneFileNeverShareAReceptionNumber) {
    auto kioskA = openStore();
    auto kioskB = openStore();
    constexpr int kPerKiosk = 30;
    auto record = sampleRecord(1);
    std::vector<int> numbersA, numbersB;
    auto write = [&record](SqliteRecordStore& store, std::vector<int>& numbers) {
        for (int i = 0; i < kPerKiosk; ++i) {
            if (auto saved = store.createCheckIn({record, {}, {}}, "kiosk")) {
                numbers.push_back(saved->receptionNumber);
            }
        }
    };
    std::thread a(write, std::ref(*kioskA), std::ref(numbersA));
    std::thread b(write, std::ref(*kioskB), std::ref(numbersB));
    a.join();
    b.join();
    std::vector<int> all = numbersA;
    all.insert(all.end(), numbersB.begin(), numbersB.end());
    std::ranges::sort(all);
    ASSERT_EQ(all.size(), 2u * kPerKiosk);
    for (int i = 0; i < 2 * kPerKiosk; ++i) EXPECT_EQ(all[i], i + 1);
}

// synchronous is a setting of each connection, not of the file: only the
// store's own connection shows what its commits rely on.
TEST_F(SqliteRecordStoreTest, OwnConnectionIsWalWithSynchronousFull) {
    auto creator = openStore();
    auto reopener = openStore();  // the file exists and is migrated already
    for (auto* store : {creator.get(), reopener.get()}) {
        auto durability = store->durability();
        ASSERT_TRUE(durability) << durability.error().message;
        EXPECT_EQ(durability->journalMode, "wal");
        EXPECT_EQ(durability->synchronous, 2);  // FULL
    }
}
