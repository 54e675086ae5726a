// Patients' calls for staff (issue 10 item 6) in a real SQLite file: opened
// by one kiosk and seen by another connection (the desk), ended once, audited
// without anything personal, and added to a file of the previous schema.
#include <gtest/gtest.h>

#include "RawSqlite.h"
#include "SampleRecords.h"
#include "StoreFileTest.h"
#include "store/SqliteSchema.h"

namespace kiosk {
namespace {

constexpr const char* kActor = "kiosk";

using StaffCallsTest = test::StoreFileTest;

TEST_F(StaffCallsTest, ACallFromOneKioskIsSeenOpenByTheDesk) {
    auto kiosk = openStore();
    auto desk = openStore();
    const UtcTime before = utcNow();
    const auto id = kiosk->openStaffCall("受付1", StaffCallReason::IdentityDenied, kActor).value();
    const auto open = desk->staffCalls(true).value();
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].id, id);
    EXPECT_EQ(open[0].kioskName, "受付1");
    EXPECT_EQ(open[0].reason, StaffCallReason::IdentityDenied);
    EXPECT_GE(open[0].calledAt, before);
    EXPECT_FALSE(open[0].endedAt);
    EXPECT_FALSE(open[0].end);
}

TEST_F(StaffCallsTest, AnEndedCallLeavesTheOpenListButStaysInTheHistory) {
    auto store = openStore();
    const auto first = store->openStaffCall("受付1", StaffCallReason::PatientAsked, kActor).value();
    const auto second =
        store->openStaffCall("受付2", StaffCallReason::PatientAsked, kActor).value();
    ASSERT_TRUE(store->endStaffCall(first, StaffCallEnd::CancelledByPatient, kActor));
    const auto open = store->staffCalls(true).value();
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].id, second);
    const auto all = store->staffCalls(false).value();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, first) << "oldest first";
    EXPECT_EQ(all[0].end, StaffCallEnd::CancelledByPatient);
    ASSERT_TRUE(all[0].endedAt);
    EXPECT_GE(*all[0].endedAt, all[0].calledAt);
}

// The desk and the kiosk may both close one call: the second is told.
TEST_F(StaffCallsTest, ACallEndsOnlyOnce) {
    auto store = openStore();
    const auto id = store->openStaffCall("受付1", StaffCallReason::PatientAsked, kActor).value();
    ASSERT_TRUE(store->endStaffCall(id, StaffCallEnd::StaffAtDesk, "desk"));
    auto again = store->endStaffCall(id, StaffCallEnd::StaffAtKiosk, kActor);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, StoreError::Conflict);
    EXPECT_EQ(store->staffCalls(false).value()[0].end, StaffCallEnd::StaffAtDesk);
    auto unknown = store->endStaffCall(id + 100, StaffCallEnd::StaffAtDesk, "desk");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, StoreError::NotFound);
}

TEST_F(StaffCallsTest, OpeningAndEndingAreAuditedWithoutPatientData) {
    auto store = openStore();
    const auto id = store->openStaffCall("受付1", StaffCallReason::PatientAsked, kActor).value();
    ASSERT_TRUE(store->endStaffCall(id, StaffCallEnd::StaffAtKiosk, kActor));
    const auto log = store->auditLog().value();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].action, "staff_call_opened");
    EXPECT_EQ(log[0].detail, "call " + std::to_string(id) + " from 受付1 patient_asked");
    EXPECT_EQ(log[1].action, "staff_call_ended");
    EXPECT_EQ(log[1].detail, "call " + std::to_string(id) + " staff_at_kiosk");
    EXPECT_FALSE(log[0].recordId);
}

TEST_F(StaffCallsTest, ACallNeedsAKioskNameAndAnActor) {
    auto store = openStore();
    auto nameless = store->openStaffCall("", StaffCallReason::PatientAsked, kActor);
    ASSERT_FALSE(nameless);
    EXPECT_EQ(nameless.error().kind, StoreError::Invalid);
    EXPECT_FALSE(store->openStaffCall("受付1", StaffCallReason::PatientAsked, ""));
    EXPECT_TRUE(store->staffCalls(false).value().empty()) << "nothing half-written";
}

// A file from schema 5 gains the table; its records stay.
TEST_F(StaffCallsTest, SchemaFiveFileIsUpgradedWithTheStaffCallTable) {
    std::int64_t id = 0;
    {
        auto store = openStore();
        id = store->create(test::sampleRecord(3), kActor).value();
    }
    ASSERT_EQ(test::RawSqlite(path_).exec(
                  std::string(test::kBackToSchema7) +
                  "DROP TABLE staff_accounts; DROP TABLE staff_calls; PRAGMA user_version = 5"),
              SQLITE_OK);
    auto store = openStore();
    EXPECT_EQ(test::RawSqlite(path_).text("PRAGMA user_version"),
              std::to_string(kSqliteSchemaVersion));
    EXPECT_EQ(store->get(id).value().record.id, id);
    EXPECT_TRUE(store->openStaffCall("受付1", StaffCallReason::PatientAsked, kActor));
}

}  // namespace
}  // namespace kiosk
