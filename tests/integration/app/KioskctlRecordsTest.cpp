// kioskctl records list|show against a real SQLite file written through the store.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/store/SampleRecords.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"
#include "support/CommandRun.h"

namespace {

// stdout and stderr together.
kiosk::test::CommandRun kioskctl(const std::string& args) {
    return kiosk::test::runKioskctl(args);
}

class KioskctlRecords : public ::testing::Test {
protected:
    void SetUp() override {
        auto store = kiosk::SqliteRecordStore::open(db());
        ASSERT_TRUE(store) << store.error().message;
        for (int seed : {1, 2, 3}) {
            auto record = kiosk::test::sampleRecord(seed);
            record.visitDate = *kiosk::CivilDate::make(2026, 11, 20 + seed);
            record.status = seed == 2 ? kiosk::RecordStatus::Closed : kiosk::RecordStatus::Open;
            auto id = (*store)->create(record, "test");
            ASSERT_TRUE(id);
            ids.push_back(*id);
        }
    }
    std::string db() const { return dir.file("kiosk.db"); }
    kiosk::test::TempDir dir;
    std::vector<std::int64_t> ids;
};

}  // namespace

TEST_F(KioskctlRecords, ListShowsEveryRecordNewestFirstWithoutPersonalData) {
    auto run = kioskctl("--db " + db() + " records list");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    auto third = run.out.find("2026-11-23");
    auto first = run.out.find("2026-11-21");
    ASSERT_NE(third, std::string::npos) << run.out;
    ASSERT_NE(first, std::string::npos) << run.out;
    EXPECT_LT(third, first);
    EXPECT_EQ(run.out.find("患者"), std::string::npos) << "names must not be listed";
}

TEST_F(KioskctlRecords, ListFiltersByStatusAndDate) {
    auto closed = kioskctl("--db " + db() + " records list --status closed");
    ASSERT_EQ(closed.exitCode, 0) << closed.out;
    EXPECT_NE(closed.out.find("2026-11-22"), std::string::npos);
    EXPECT_EQ(closed.out.find("2026-11-21"), std::string::npos);
    auto range = kioskctl("--db " + db() + " records list --from 2026-11-23 --to 2026-11-23");
    EXPECT_NE(range.out.find("2026-11-23"), std::string::npos);
    EXPECT_EQ(range.out.find("2026-11-22"), std::string::npos);
}

TEST_F(KioskctlRecords, ShowPrintsTheRecordAsJson) {
    auto run = kioskctl("--db " + db() + " records show " + std::to_string(ids[0]));
    ASSERT_EQ(run.exitCode, 0) << run.out;
    auto json = nlohmann::json::parse(run.out, nullptr, false);
    ASSERT_FALSE(json.is_discarded()) << run.out;
    EXPECT_EQ(json["id"], ids[0]);
    EXPECT_EQ(json["revision"], 1);
    EXPECT_EQ(json["declaration"]["name"], "患者 1");
}

TEST_F(KioskctlRecords, BadInputIsOneLineAndNonZero) {
    struct Case {
        std::string args;
        int exitCode;
        std::string says;
    } cases[] = {
        {"records show 99999", 1, "not found"},
        {"records list --from 2026-02-30", 2, "--from"},
        {"records list --status maybe", 2, "--status"},
        {"records show abc", 105, "id"},
    };
    for (const auto& c : cases) {
        auto run = kioskctl("--db " + db() + " " + c.args);
        EXPECT_EQ(run.exitCode, c.exitCode) << c.args;
        EXPECT_NE(run.out.find(c.says), std::string::npos) << c.args << ": " << run.out;
    }
}

TEST_F(KioskctlRecords, GarbageDatabaseIsRefusedAndLeftAlone) {
    const std::string bad = dir.file("bad.db");
    { std::ofstream(bad) << "not a database at all, just some bytes that matter to someone"; }
    auto before = kiosk::test::readFile(bad);
    auto run = kioskctl("--db " + bad + " records list");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find(bad), std::string::npos) << run.out;
    EXPECT_EQ(kiosk::test::readFile(bad), before);
}
