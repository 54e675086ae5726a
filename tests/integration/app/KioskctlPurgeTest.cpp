// kioskctl purge: what the desk runs once the claim work is done (issue 11
// item 10), on a real SQLite file.
#include <gtest/gtest.h>

#include "integration/store/SampleRecords.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"
#include "support/CommandRun.h"

namespace {

class KioskctlPurge : public ::testing::Test {
protected:
    void SetUp() override {
        auto store = kiosk::SqliteRecordStore::open(db());
        ASSERT_TRUE(store) << store.error().message;
        kiosk::CheckInRecord record = kiosk::test::sampleRecord(4);
        record.status = kiosk::RecordStatus::Closed;
        auto id = (*store)->create(record, "kiosk");
        ASSERT_TRUE(id);
        id_ = *id;
        ASSERT_TRUE((*store)->setPurgeAfter(id_, kiosk::CivilDate::make(2026, 12, 1), "desk"));
    }
    std::string db() const { return dir.file("kiosk.db"); }
    kiosk::test::CommandRun run(const std::string& args) {
        return kiosk::test::runKioskctl("--db " + db() + " " + args);
    }
    kiosk::test::TempDir dir;
    std::int64_t id_ = 0;
};

}  // namespace

TEST_F(KioskctlPurge, ADryRunListsThenThePurgeDeletes) {
    const std::string line = std::to_string(id_);
    EXPECT_EQ(run("purge --today 2026-11-30").out, "") << "not due before its date";
    auto dry = run("purge --dry-run --today 2026-12-03");
    ASSERT_EQ(dry.exitCode, 0) << dry.out;
    EXPECT_EQ(dry.out, line + "\twould purge\n");
    EXPECT_EQ(run("records show " + line).exitCode, 0) << "a dry run deletes nothing";
    auto done = run("purge --today 2026-12-03");
    ASSERT_EQ(done.exitCode, 0) << done.out;
    EXPECT_EQ(done.out, line + "\tpurged\n");
    EXPECT_NE(run("records show " + line).exitCode, 0);
}

TEST_F(KioskctlPurge, ADateThatIsNoDateIsRefused) {
    auto bad = run("purge --today 2026-13-01");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.out.find("YYYY-MM-DD"), std::string::npos) << bad.out;
}
