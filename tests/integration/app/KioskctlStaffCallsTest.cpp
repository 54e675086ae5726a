// kioskctl staff-calls: the patients' calls for staff, as the desk will see
// them, listed from a real SQLite file.
#include <gtest/gtest.h>

#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"
#include "support/CommandRun.h"

namespace {

using kiosk::StaffCallEnd;
using kiosk::StaffCallReason;

class KioskctlStaffCalls : public ::testing::Test {
protected:
    void SetUp() override {
        auto store = kiosk::SqliteRecordStore::open(db());
        ASSERT_TRUE(store) << store.error().message;
        auto ended = (*store)->openStaffCall("受付1", StaffCallReason::PatientAsked, "kiosk");
        ASSERT_TRUE(ended);
        ASSERT_TRUE((*store)->endStaffCall(*ended, StaffCallEnd::CancelledByPatient, "kiosk"));
        ASSERT_TRUE((*store)->openStaffCall("受付2", StaffCallReason::IdentityDenied, "kiosk"));
    }
    std::string db() const { return dir.file("kiosk.db"); }
    kiosk::test::TempDir dir;
};

}  // namespace

TEST_F(KioskctlStaffCalls, ListsTheOpenCallsWithKioskAndReason) {
    auto run = kiosk::test::runKioskctl("--db " + db() + " staff-calls");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("\t受付2\tidentity_denied\topen\n"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("受付1"), std::string::npos) << "an ended call is not waiting";
}

TEST_F(KioskctlStaffCalls, ListsEndedCallsWithHowTheyEndedWhenAsked) {
    auto run = kiosk::test::runKioskctl("--db " + db() + " staff-calls --all");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("\t受付1\tpatient_asked\t"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\tcancelled_by_patient\n"), std::string::npos) << run.out;
    EXPECT_LT(run.out.find("受付1"), run.out.find("受付2")) << "oldest first";
}

TEST_F(KioskctlStaffCalls, AnUnusableRecordFileIsReportedNotListed) {
    auto run = kiosk::test::runKioskctl("--db " + dir.file("missing/dir/x.db") + " staff-calls");
    EXPECT_EQ(run.exitCode, 1) << run.out;
    EXPECT_NE(run.out.find("kioskctl: "), std::string::npos) << run.out;
}
