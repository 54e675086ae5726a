// Issue 11 item 10: the desk deletes what the 申立書 promised to delete, once
// a day: closed records past their purge date, nothing else.
#include <gtest/gtest.h>

#include "desk/DailyPurge.h"
#include "integration/store/SampleRecords.h"
#include "integration/store/StoreFileTest.h"

namespace kiosk {
namespace {

class DailyPurgeTest : public test::StoreFileTest {};

TEST_F(DailyPurgeTest, ClosedRecordsPastTheirDateGoOnceADay) {
    auto store = openStore();
    const CivilDate today = *CivilDate::make(2026, 12, 3);
    auto closed = test::sampleRecord(1);
    closed.status = RecordStatus::Closed;
    const auto due = store->create(closed, "kiosk:1").value();
    ASSERT_TRUE(store->setPurgeAfter(due, today.plusDays(-1), "sato"));
    const auto later = store->create(closed, "kiosk:1").value();
    ASSERT_TRUE(store->setPurgeAfter(later, today.plusDays(1), "sato"));
    auto open = test::sampleRecord(2);
    open.status = RecordStatus::Open;
    const auto stillOpen = store->create(open, "kiosk:1").value();
    ASSERT_TRUE(store->setPurgeAfter(stillOpen, today.plusDays(-1), "sato"));

    DailyPurge purge;
    EXPECT_EQ(purge.runIfDue(*store, today, "受付PC").value(), 1u);
    EXPECT_FALSE(store->get(due)) << "past its date: gone";
    EXPECT_TRUE(store->get(later)) << "not yet due";
    EXPECT_TRUE(store->get(stillOpen)) << "claim work not finished";
    EXPECT_EQ(purge.runIfDue(*store, today, "受付PC").value(), 0u) << "once a day";
    EXPECT_EQ(purge.runIfDue(*store, today.plusDays(2), "受付PC").value(), 1u) << "the next day's";
    const auto log = store->auditLog().value();
    EXPECT_EQ(std::ranges::count(log, std::string("desk:受付PC"), &AuditEntry::actor), 2);
}

}  // namespace
}  // namespace kiosk
