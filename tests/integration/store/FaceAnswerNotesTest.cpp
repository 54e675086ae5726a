// The face answers a kiosk dealt with (taken, or unattributed for staff), in a
// real SQLite file: noted once across connections, listed by disposition, and
// a schema-2 file gains the table.
#include <gtest/gtest.h>

#include "RawSqlite.h"
#include "SampleRecords.h"
#include "StoreFileTest.h"
#include "store/SqliteSchema.h"

namespace kiosk {
namespace {

constexpr const char* kActor = "kiosk";

FaceAnswerKey key(const std::string& name, std::int64_t modified = 1'700'000'000'000'000'000,
                  const std::string& hash = std::string(64, 'a')) {
    return {name, modified, hash};
}

using FaceAnswerNotesTest = test::StoreFileTest;

TEST_F(FaceAnswerNotesTest, AnAnswerIsNotedOnceAcrossConnections) {
    auto kioskA = openStore();
    auto kioskB = openStore();
    EXPECT_FALSE(kioskB->faceAnswerNoted(key("f1.xml")).value());
    EXPECT_TRUE(
        kioskA->noteFaceAnswer(key("f1.xml"), FaceAnswerDisposition::Taken, "", kActor).value());
    EXPECT_FALSE(
        kioskB->noteFaceAnswer(key("f1.xml"), FaceAnswerDisposition::Taken, "", kActor).value())
        << "the second taker is told it was taken already";
    EXPECT_TRUE(kioskB->faceAnswerNoted(key("f1.xml")).value());
    const auto log = kioskA->auditLog().value();
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log.front().action, "face_answer");
    EXPECT_EQ(log.front().detail, "f1.xml taken");
    EXPECT_FALSE(log.front().recordId);
}

TEST_F(FaceAnswerNotesTest, NewTimeStampOrContentIsAnotherAnswer) {
    auto store = openStore();
    ASSERT_TRUE(store->noteFaceAnswer(key("f.xml"), FaceAnswerDisposition::Taken, "", kActor));
    EXPECT_FALSE(store->faceAnswerNoted(key("f.xml", 5)).value());
    EXPECT_FALSE(
        store->faceAnswerNoted(key("f.xml", 1'700'000'000'000'000'000, std::string(64, 'b')))
            .value());
}

// Kiosks see each other's waits on one folder; a kiosk that stopped without
// ending its wait stops counting once its heartbeat is old, and its claim
// is dropped when a later wait begins.
TEST_F(FaceAnswerNotesTest, WaitsOnAFolderAreSeenAcrossConnectionsUntilEndedOrStale) {
    using namespace std::chrono_literals;
    auto kioskA = openStore();
    auto kioskB = openStore();
    const auto now = utcNow();
    const auto a = kioskA->beginFaceWait({0, "/oqs/face", "R1", "host-a pid 1", {}}, now - 1min);
    ASSERT_TRUE(a) << a.error().message;
    ASSERT_TRUE(kioskB->beginFaceWait({0, "/oqs/face", "R2", "host-b pid 2", {}}, now - 1min));
    ASSERT_TRUE(kioskB->beginFaceWait({0, "/other/face", "R3", "host-b pid 2", {}}, now - 1min));
    auto onFolder = kioskB->faceWaits("/oqs/face", now - 10s).value();
    ASSERT_EQ(onFolder.size(), 2u);
    EXPECT_EQ(onFolder.front().readerId, "R1");
    EXPECT_EQ(onFolder.front().owner, "host-a pid 1");

    ASSERT_TRUE(kioskA->endFaceWait(*a).ok());
    onFolder = kioskB->faceWaits("/oqs/face", now - 10s).value();
    ASSERT_EQ(onFolder.size(), 1u);
    EXPECT_EQ(onFolder.front().readerId, "R2");
    // Seen from a minute on, R2's heartbeat is stale: it no longer counts,
    // and the next wait to begin drops it.
    EXPECT_TRUE(kioskB->faceWaits("/oqs/face", now + 1min).value().empty());
    ASSERT_TRUE(kioskA->beginFaceWait({0, "/oqs/face", "R1", "host-a pid 1", {}}, now + 1min));
    onFolder = kioskB->faceWaits("/oqs/face", now - 10s).value();
    ASSERT_EQ(onFolder.size(), 1u);
    EXPECT_EQ(onFolder.front().readerId, "R1");
}

TEST_F(FaceAnswerNotesTest, ListsTheAnswersOfOneDispositionOldestFirst) {
    auto store = openStore();
    ASSERT_TRUE(store->noteFaceAnswer(key("a.xml"), FaceAnswerDisposition::Unattributed,
                                      "no reader identifier in the answer", kActor));
    ASSERT_TRUE(store->noteFaceAnswer(key("b.xml"), FaceAnswerDisposition::Taken, "", kActor));
    ASSERT_TRUE(store->noteFaceAnswer(key("c.xml"), FaceAnswerDisposition::Unattributed,
                                      "several answers at once", kActor));
    const auto forStaff = store->faceAnswers(FaceAnswerDisposition::Unattributed).value();
    ASSERT_EQ(forStaff.size(), 2u);
    EXPECT_EQ(forStaff[0].key, key("a.xml"));
    EXPECT_EQ(forStaff[0].reason, "no reader identifier in the answer");
    EXPECT_EQ(forStaff[1].key.fileName, "c.xml");
    EXPECT_LE(forStaff[0].notedAt, forStaff[1].notedAt);
    EXPECT_EQ(store->faceAnswers(FaceAnswerDisposition::Taken).value().size(), 1u);
}

TEST_F(FaceAnswerNotesTest, AnswerWithoutNameOrHashIsRefused) {
    auto store = openStore();
    auto noted = store->noteFaceAnswer(key(""), FaceAnswerDisposition::Taken, "", kActor);
    ASSERT_FALSE(noted);
    EXPECT_EQ(noted.error().kind, StoreError::Invalid);
    EXPECT_FALSE(store->noteFaceAnswer(key("f.xml"), FaceAnswerDisposition::Taken, "", ""))
        << "every change needs an actor";
}

// A file from schema 2 gains the face-answer table; its records stay.
TEST_F(FaceAnswerNotesTest, SchemaTwoFileIsUpgradedWithTheFaceAnswerTable) {
    std::int64_t id = 0;
    {
        auto store = openStore();
        id = store->create(test::sampleRecord(3), kActor).value();
    }
    {
        test::RawSqlite raw(path_);
        ASSERT_EQ(raw.exec(std::string(test::kBackToSchema7) +
                           "DROP TABLE staff_accounts; DROP TABLE staff_calls; DROP TABLE "
                           "face_waits; DROP TABLE face_answers; "
                           "DROP INDEX records_reception_number; "
                           "ALTER TABLE records DROP COLUMN reception_number; "
                           "PRAGMA user_version = 2"),
                  SQLITE_OK);
    }
    auto store = openStore();
    EXPECT_EQ(test::RawSqlite(path_).text("PRAGMA user_version"),
              std::to_string(kSqliteSchemaVersion));
    EXPECT_EQ(store->get(id).value().record.id, id);
    EXPECT_TRUE(
        store->noteFaceAnswer(key("f.xml"), FaceAnswerDisposition::Taken, "", kActor).value());
}

}  // namespace
}  // namespace kiosk
