// A check-in is saved whole: the record, its attachments, its follow-ups and
// an audit entry for each, or nothing at all.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>

#include "RawSqlite.h"
#include "SampleRecords.h"
#include "TestFiles.h"
#include "store/SqliteRecordStore.h"

using kiosk::AttachmentKind;
using kiosk::NewCheckIn;
using kiosk::SqliteRecordStore;
using kiosk::StoreError;
using kiosk::test::RawSqlite;
using kiosk::test::sampleCheckIn;
using kiosk::test::sampleRecord;

namespace {

constexpr const char* kActor = "kiosk-A";

class CreateCheckInTest : public ::testing::Test {
protected:
    std::unique_ptr<SqliteRecordStore> openStore() {
        auto store = SqliteRecordStore::open(path_);
        EXPECT_TRUE(store) << store.error().message;
        return store ? std::move(store).value() : nullptr;
    }

    std::int64_t count(const std::string& table) {
        return std::stoll(RawSqlite(path_).text("SELECT count(*) FROM " + table));
    }

    // Only what was there before: `records` records, each with its audit
    // entries, and no part of the failed check-in.
    void expectUnchanged(SqliteRecordStore& store, std::int64_t records, std::int64_t attachments,
                         std::int64_t followUps, std::int64_t auditEntries) {
        EXPECT_EQ(count("records"), records);
        EXPECT_EQ(count("attachments"), attachments);
        EXPECT_EQ(count("follow_ups"), followUps);
        EXPECT_EQ(count("audit_log"), auditEntries);
        // The failing connection itself sees the same: its transaction is gone.
        EXPECT_EQ(static_cast<std::int64_t>(store.list({})->size()), records);
        EXPECT_EQ(static_cast<std::int64_t>(store.openFollowUps()->size()), followUps);
        EXPECT_EQ(static_cast<std::int64_t>(store.auditLog()->size()), auditEntries);
    }

    kiosk::test::TempDir dir_;
    std::string path_ = dir_.file("records.sqlite");
};

TEST_F(CreateCheckInTest, SavesTheRecordEveryAttachmentAndFollowUp) {
    auto store = openStore();
    auto sample = sampleCheckIn(7);
    ASSERT_EQ(sample.followUps.size(), 2u);
    auto saved = store->createCheckIn(sample.toSave(), kActor);
    ASSERT_TRUE(saved) << saved.error().message;

    auto expected = sample.record;
    expected.id = saved->recordId;
    auto stored = store->get(saved->recordId);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(kiosk::test::withoutReceptionNumber(stored->record), expected);
    EXPECT_EQ(stored->revision, 1);

    auto attachments = store->listAttachments(saved->recordId).value();
    ASSERT_EQ(attachments.size(), 2u);
    EXPECT_EQ(saved->attachmentIds,
              (std::vector<std::int64_t>{attachments[0].id, attachments[1].id}));
    EXPECT_EQ(attachments[0].kind, AttachmentKind::Signature);
    EXPECT_EQ(attachments[0].mimeType, "image/png");
    EXPECT_EQ(store->attachmentBytes(attachments[0].id).value(), sample.signature);
    EXPECT_EQ(attachments[1].kind, AttachmentKind::TerminalResponse);
    EXPECT_EQ(attachments[1].mimeType, "application/xml");
    EXPECT_EQ(store->attachmentBytes(attachments[1].id).value(), sample.terminalResponse);

    auto followUps = store->openFollowUps().value();
    ASSERT_EQ(followUps.size(), 2u);
    for (std::size_t i = 0; i < followUps.size(); ++i) {
        EXPECT_EQ(followUps[i].id, saved->followUpIds[i]);
        EXPECT_EQ(followUps[i].recordId, saved->recordId);
        EXPECT_EQ(followUps[i].kind, sample.followUps[i].kind);
        EXPECT_EQ(followUps[i].due, sample.followUps[i].due);
        EXPECT_EQ(followUps[i].note, sample.followUps[i].note);
        EXPECT_FALSE(followUps[i].done);
    }
}

TEST_F(CreateCheckInTest, WritesAnImpersonalAuditEntryForEachPart) {
    auto store = openStore();
    auto sample = sampleCheckIn(7);
    auto saved = store->createCheckIn(sample.toSave(), kActor).value();

    auto trail = store->auditTrail(saved.recordId).value();
    std::vector<std::string> actions;
    for (const auto& entry : trail) {
        actions.push_back(entry.action);
        EXPECT_EQ(entry.actor, kActor);
        EXPECT_EQ(entry.recordId, saved.recordId);
        EXPECT_EQ(entry.at, trail.front().at);  // one transaction, one moment
        for (const auto& personal : {sample.record.declaration->name, sample.followUps[0].note,
                                     sample.followUps[1].note}) {
            EXPECT_EQ(entry.detail.find(personal), std::string::npos) << entry.detail;
        }
    }
    EXPECT_EQ(actions, (std::vector<std::string>{"create", "add_attachment", "add_attachment",
                                                 "add_follow_up", "add_follow_up"}));
    EXPECT_EQ(trail[1].detail, "attachment " + std::to_string(saved.attachmentIds[0]) +
                                   " signature image/png " +
                                   std::to_string(sample.signature.size()) + " bytes");
    EXPECT_EQ(trail[3].detail, "follow-up " + std::to_string(saved.followUpIds[0]) + " " +
                                   std::string(kiosk::enumName(sample.followUps[0].kind)) +
                                   " due " + sample.followUps[0].due.iso());
    EXPECT_EQ(store->auditLog()->size(), trail.size());
}

TEST_F(CreateCheckInTest, WithoutPartsIsJustTheRecord) {
    auto store = openStore();
    auto saved = store->createCheckIn(NewCheckIn{sampleRecord(3), {}, {}}, kActor);
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_TRUE(saved->attachmentIds.empty());
    EXPECT_TRUE(saved->followUpIds.empty());
    EXPECT_EQ(store->get(saved->recordId)->record.templateId, sampleRecord(3).templateId);
    EXPECT_EQ(store->auditLog()->size(), 1u);
}

TEST_F(CreateCheckInTest, RefusedInputStoresNoPart) {
    auto store = openStore();
    auto sample = sampleCheckIn(4);

    auto badType = sample.toSave();
    badType.attachments[1].mimeType = "申立書.xml";
    auto empty = sample.toSave();
    empty.attachments[1].bytes = {};
    auto notUtf8 = sample.toSave();
    notUtf8.record.declaration->name = "\xff\xfe";

    EXPECT_EQ(store->createCheckIn(badType, kActor).error().kind, StoreError::Invalid);
    EXPECT_EQ(store->createCheckIn(empty, kActor).error().kind, StoreError::Invalid);
    EXPECT_EQ(store->createCheckIn(notUtf8, kActor).error().kind, StoreError::Invalid);
    EXPECT_EQ(store->createCheckIn(sample.toSave(), "").error().kind, StoreError::Invalid);
    expectUnchanged(*store, 0, 0, 0, 0);
}

// A part that the database refuses after the record and earlier parts were
// written: a trigger stands in for whatever may fail there.
struct MidwayFailure {
    const char* name;
    const char* trigger;

    friend void PrintTo(const MidwayFailure& failure, std::ostream* out) { *out << failure.name; }
};

class CreateCheckInFailsMidway : public CreateCheckInTest,
                                 public ::testing::WithParamInterface<MidwayFailure> {};

TEST_P(CreateCheckInFailsMidway, LeavesNoPartBehindAndCanBeRetried) {
    auto store = openStore();
    auto earlier = sampleCheckIn(1);
    ASSERT_TRUE(store->createCheckIn(earlier.toSave(), kActor));
    const std::int64_t earlierFollowUps = static_cast<std::int64_t>(earlier.followUps.size());
    const std::int64_t earlierAudit = 3 + earlierFollowUps;

    auto sample = sampleCheckIn(7);
    sample.followUps.push_back({kiosk::FollowUpKind::Other, sample.record.visitDate, "last"});
    ASSERT_EQ(RawSqlite(path_).exec(GetParam().trigger), SQLITE_OK);

    auto failed = store->createCheckIn(sample.toSave(), kActor);
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().message.find("simulated failure"), std::string::npos)
        << failed.error().message;
    expectUnchanged(*store, 1, 2, earlierFollowUps, earlierAudit);

    // Once the cause is gone the patient may try again, on the same connection.
    ASSERT_EQ(RawSqlite(path_).exec("DROP TRIGGER simulated_failure"), SQLITE_OK);
    auto saved = store->createCheckIn(sample.toSave(), kActor);
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_EQ(saved->followUpIds.size(), 3u);
    EXPECT_EQ(count("audit_log"), earlierAudit + 1 + 2 + 3);
}

INSTANTIATE_TEST_SUITE_P(
    EachPart, CreateCheckInFailsMidway,
    ::testing::Values(MidwayFailure{"SecondAttachment",
                                    "CREATE TRIGGER simulated_failure BEFORE INSERT ON attachments "
                                    "WHEN NEW.kind = 'terminal_response' "
                                    "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"},
                      MidwayFailure{"LastFollowUp",
                                    "CREATE TRIGGER simulated_failure BEFORE INSERT ON follow_ups "
                                    "WHEN NEW.note = 'last' "
                                    "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"},
                      MidwayFailure{"AuditEntryOfAFollowUp",
                                    "CREATE TRIGGER simulated_failure BEFORE INSERT ON audit_log "
                                    "WHEN NEW.action = 'add_follow_up' "
                                    "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"}),
    [](const auto& param) { return std::string(param.param.name); });

// The files may not grow past their size, as on a full disk: the commit
// cannot be written and nothing of the check-in may remain.
TEST_F(CreateCheckInTest, FullDiskLeavesNoPartBehind) {
    auto store = openStore();
    auto earlier = sampleCheckIn(1);
    ASSERT_TRUE(store->createCheckIn(earlier.toSave(), kActor));
    const std::int64_t earlierFollowUps = static_cast<std::int64_t>(earlier.followUps.size());

    auto sample = sampleCheckIn(7);
    sample.signature = kiosk::test::sampleBytes(7, 4 * 1024 * 1024, 1);  // more than fits
    std::uintmax_t largest = 0;
    for (const auto& file :
         std::filesystem::directory_iterator(std::filesystem::path(path_).parent_path())) {
        largest = std::max(largest, file.file_size());
    }
    rlimit before{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &before), 0);
    rlimit full = before;
    full.rlim_cur = largest + 256 * 1024;             // room for the record, not the signature
    auto previousHandler = signal(SIGXFSZ, SIG_IGN);  // a failed write, not a killed process
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &full), 0);
    auto failed = store->createCheckIn(sample.toSave(), kActor);
    setrlimit(RLIMIT_FSIZE, &before);
    signal(SIGXFSZ, previousHandler);

    ASSERT_FALSE(failed);
    expectUnchanged(*store, 1, 2, earlierFollowUps, 3 + earlierFollowUps);
    EXPECT_EQ(RawSqlite(path_).text("PRAGMA integrity_check"), "ok");
    // With room again the same connection saves it whole.
    auto saved = store->createCheckIn(sample.toSave(), kActor);
    ASSERT_TRUE(saved) << saved.error().message;
    EXPECT_EQ(store->attachmentBytes(saved->attachmentIds[0]).value(), sample.signature);
}

}  // namespace
