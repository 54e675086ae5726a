// Issue 11 item 10: the 申立書 promises deletion once the claim work is
// done. A closed record past its purge date goes with its attachments and
// follow-ups, and its values are then nowhere in the file's bytes (nor in
// its journal); what is not due stays. In a real SQLite file.
#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>

#include "SampleRecords.h"
#include "TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk {
namespace {

constexpr std::string_view kName = "消去予定太郎";
constexpr std::string_view kSignature = "SIGNATURE-OF-THE-PURGED-PATIENT";
const CivilDate kToday = *CivilDate::make(2026, 12, 3);

bool contains(const std::vector<char>& bytes, std::string_view what) {
    return std::search(bytes.begin(), bytes.end(), what.begin(), what.end()) != bytes.end();
}

class PurgeTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = SqliteRecordStore::open(path_);
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(opened).value();
        due_ = add(RecordStatus::Closed, kToday.plusDays(-1), std::string(kName));
        notYet_ = add(RecordStatus::Closed, kToday.plusDays(30), "まだ保存花子");
        stillOpen_ = add(RecordStatus::Open, kToday.plusDays(-10), "受付中次郎");
        const std::vector<std::uint8_t> png(kSignature.begin(), kSignature.end());
        ASSERT_TRUE(store_->addAttachment(due_, AttachmentKind::Signature, "image/png", png, "t"));
        ASSERT_TRUE(store_->addFollowUp(due_, FollowUpKind::ConfirmIdentity, kToday, "", "t"));
    }

    std::int64_t add(RecordStatus status, CivilDate purgeAfter, const std::string& name) {
        CheckInRecord record = test::sampleRecord(7);
        record.status = status;
        record.declaration->name = name;
        auto id = store_->create(record, "kiosk");
        EXPECT_TRUE(id);
        EXPECT_TRUE(store_->setPurgeAfter(*id, purgeAfter, "desk"));
        return *id;
    }

    test::TempDir dir_;
    std::string path_ = dir_.file("kiosk.db");
    std::unique_ptr<SqliteRecordStore> store_;
    std::int64_t due_ = 0, notYet_ = 0, stillOpen_ = 0;
};

TEST_F(PurgeTest, ADryRunNamesWhatIsDueAndDeletesNothing) {
    const auto due = store_->purgeDue(kToday, true, "kioskctl");
    ASSERT_TRUE(due) << due.error().message;
    EXPECT_EQ(*due, (std::vector<std::int64_t>{due_}));
    EXPECT_TRUE(store_->get(due_));
}

TEST_F(PurgeTest, AClosedRecordPastItsDateGoesWithItsAttachmentsAndFollowUps) {
    const auto purged = store_->purgeDue(kToday, false, "kioskctl");
    ASSERT_TRUE(purged) << purged.error().message;
    EXPECT_EQ(*purged, (std::vector<std::int64_t>{due_}));
    EXPECT_EQ(store_->get(due_).error().kind, StoreError::NotFound);
    EXPECT_TRUE(store_->get(notYet_)) << "its date has not come";
    EXPECT_TRUE(store_->get(stillOpen_)) << "its claim work is not finished";
    const auto followUps = store_->openFollowUps();
    ASSERT_TRUE(followUps);
    EXPECT_TRUE(std::none_of(followUps->begin(), followUps->end(),
                             [&](const FollowUp& f) { return f.recordId == due_; }));
    // One entry, ids and dates only.
    const auto trail = store_->auditTrail(due_);
    ASSERT_TRUE(trail);
    ASSERT_FALSE(trail->empty());
    EXPECT_EQ(trail->back().action, "purge");
    EXPECT_EQ(trail->back().detail.find(kName), std::string::npos) << trail->back().detail;
    // Nothing more to purge today.
    EXPECT_TRUE(store_->purgeDue(kToday, false, "kioskctl")->empty());
}

TEST_F(PurgeTest, ThePurgedValuesAreNowhereInTheFilesBytes) {
    ASSERT_TRUE(store_->purgeDue(kToday, false, "kioskctl"));
    for (const char* suffix : {"", "-wal"}) {
        const auto bytes = test::readFile(path_ + suffix);
        EXPECT_FALSE(contains(bytes, kName)) << "the name is still in kiosk.db" << suffix;
        EXPECT_FALSE(contains(bytes, kSignature)) << "the signature is still in kiosk.db" << suffix;
    }
    // What stays is still there, and readable.
    EXPECT_EQ(store_->get(notYet_)->record.declaration->name, "まだ保存花子");
}

}  // namespace
}  // namespace kiosk
