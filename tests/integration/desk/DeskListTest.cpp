// Issue 11 item 4: the desk's list follows the file. A record a kiosk saves
// through its own connection shows on the desk's next refresh; a refresh with
// nothing new reads no records; the filter selects by date, status and name.
#include <gtest/gtest.h>

#include "desk/DeskList.h"
#include "integration/store/SampleRecords.h"
#include "integration/store/StoreFileTest.h"

namespace kiosk {
namespace {

class DeskListTest : public test::StoreFileTest {
protected:
    void SetUp() override {
        kiosk_ = openStore();
        desk_ = openStore();
        ASSERT_TRUE(kiosk_ && desk_);
    }

    std::int64_t checkIn(int seed, CivilDate visit, RecordStatus status = RecordStatus::Open) {
        auto record = test::sampleRecord(seed);
        record.visitDate = visit;
        record.status = status;
        auto id = kiosk_->create(record, "kiosk:1");
        EXPECT_TRUE(id) << id.error().message;
        return id ? *id : 0;
    }

    DeskFilter today() const { return {today_, today_, std::nullopt, "", std::nullopt}; }

    std::vector<std::int64_t> ids(const DeskList& list) const {
        std::vector<std::int64_t> out;
        for (const auto& row : list.rows()) out.push_back(row.recordId);
        return out;
    }

    CivilDate today_ = *CivilDate::make(2026, 12, 3);
    std::unique_ptr<SqliteRecordStore> kiosk_;
    std::unique_ptr<SqliteRecordStore> desk_;
};

TEST_F(DeskListTest, AKioskCheckInShowsOnTheNextRefreshAndNothingElseReloads) {
    DeskList list(today());
    EXPECT_TRUE(list.refresh(*desk_));
    EXPECT_TRUE(list.rows().empty());
    EXPECT_FALSE(list.refresh(*desk_)) << "nothing new: no reload";

    const auto first = checkIn(1, today_);
    EXPECT_TRUE(list.refresh(*desk_));
    EXPECT_EQ(ids(list), (std::vector<std::int64_t>{first}));
    EXPECT_FALSE(list.refresh(*desk_));

    const auto second = checkIn(2, today_);
    EXPECT_TRUE(list.refresh(*desk_));
    EXPECT_EQ(ids(list), (std::vector<std::int64_t>{second, first})) << "latest first";
}

TEST_F(DeskListTest, TheDesksOwnChangeReloadsWhenMarkedStale) {
    const auto id = checkIn(1, today_);
    DeskList list(today());
    list.refresh(*desk_);
    ASSERT_EQ(list.rows().front().status, RecordStatus::Open);
    auto stored = desk_->get(id).value();
    stored.record.status = RecordStatus::Closed;
    ASSERT_TRUE(desk_->update(stored.record, stored.revision, "sato"));
    list.markStale();
    EXPECT_TRUE(list.refresh(*desk_));
    EXPECT_EQ(list.rows().front().status, RecordStatus::Closed);
}

TEST_F(DeskListTest, TheFilterSelectsDatesStatusAndName) {
    const auto yesterday = checkIn(1, today_.plusDays(-1));
    const auto open = checkIn(2, today_);
    const auto closed = checkIn(3, today_, RecordStatus::Closed);
    DeskList list(today());
    list.refresh(*desk_);
    EXPECT_EQ(ids(list), (std::vector<std::int64_t>{closed, open}));

    DeskFilter filter = today();
    filter.status = RecordStatus::Open;
    list.setFilter(filter);
    EXPECT_TRUE(list.refresh(*desk_));
    EXPECT_EQ(ids(list), (std::vector<std::int64_t>{open}));

    filter = today();
    filter.from = today_.plusDays(-7);
    filter.name = "患者1";  // sampleRecord(1): 「患者 1」
    list.setFilter(filter);
    list.refresh(*desk_);
    EXPECT_EQ(ids(list), (std::vector<std::int64_t>{yesterday}));
}

// Item 7: the follow-ups not yet done, oldest first, whatever the list's
// filter, each with the keys a システム障害時モード look-up asks for.
TEST_F(DeskListTest, TheWorklistHoldsOpenFollowUpsOldestFirstWithTheLookUpKeys) {
    auto lastMonth = test::sampleRecord(4);
    lastMonth.visitDate = today_.plusDays(-30);
    NewCheckIn older{lastMonth, {}, {{FollowUpKind::SystemFailureModeLookup, today_, ""}}};
    const auto first = kiosk_->createCheckIn(older, "kiosk:1").value().recordId;
    auto todays = test::sampleRecord(5);
    todays.visitDate = today_;
    NewCheckIn newer{todays, {}, {{FollowUpKind::ReportInsurerNumber, today_, ""}}};
    const auto second = kiosk_->createCheckIn(newer, "kiosk:1").value();
    DeskList list(today());
    list.refresh(*desk_);
    ASSERT_EQ(list.worklist().size(), 2u);
    EXPECT_EQ(list.worklist()[0].row.recordId, first) << "oldest first, though not today's";
    EXPECT_EQ(list.worklist()[0].followUp.kind, FollowUpKind::SystemFailureModeLookup);
    const WorklistItem& item = list.worklist()[0];
    EXPECT_EQ(item.row.birthDate, lastMonth.declaration->birthDate);
    EXPECT_EQ(item.sex, lastMonth.declaration->sex);
    EXPECT_EQ(item.address, lastMonth.declaration->address);
    EXPECT_EQ(item.insurerName, lastMonth.declaration->insurerName);
    EXPECT_EQ(item.row.visitDate, lastMonth.visitDate);

    ASSERT_TRUE(kiosk_->completeFollowUp(second.followUpIds.front(), "sato"));
    EXPECT_TRUE(list.refresh(*desk_));
    ASSERT_EQ(list.worklist().size(), 1u);
}

}  // namespace
}  // namespace kiosk
