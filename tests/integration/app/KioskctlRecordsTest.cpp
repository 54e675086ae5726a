// kioskctl records list, show and slip against a real SQLite file written through the store.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/output/PdfTools.h"
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

TEST_F(KioskctlRecords, ListFindsAPatientByNameOrBirthDate) {
    // sampleRecord names its patient 「患者 <seed>」.
    auto byName = kioskctl("--db " + db() + " records list --name '患者 2'");
    ASSERT_EQ(byName.exitCode, 0) << byName.out;
    EXPECT_NE(byName.out.find("2026-11-22"), std::string::npos) << byName.out;
    EXPECT_EQ(byName.out.find("2026-11-21"), std::string::npos) << byName.out;
    const auto born = kiosk::test::sampleRecord(3).declaration->birthDate->iso();
    auto byBirth = kioskctl("--db " + db() + " records list --born " + born);
    EXPECT_NE(byBirth.out.find("2026-11-23"), std::string::npos) << byBirth.out;
    auto bad = kioskctl("--db " + db() + " records list --born 1990-02-30");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.out.find("--born"), std::string::npos) << bad.out;
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

// Issue 11 item 1: seeing a record's values is audited like a change, who
// and which record, never the values.
TEST_F(KioskctlRecords, ShowingARecordIsAnAuditEntryNamingTheSystemAccount) {
    ASSERT_EQ(kioskctl("--db " + db() + " records show " + std::to_string(ids[1])).exitCode, 0);
    auto store = kiosk::SqliteRecordStore::open(db());
    ASSERT_TRUE(store);
    const auto trail = (*store)->auditTrail(ids[1]);
    ASSERT_TRUE(trail);
    ASSERT_FALSE(trail->empty());
    EXPECT_EQ(trail->back().action, "view_record");
    EXPECT_EQ(trail->back().detail, "show");
    EXPECT_TRUE(trail->back().actor.starts_with("kioskctl:")) << trail->back().actor;
    EXPECT_EQ((*store)->auditTrail(ids[0])->back().action, "create") << "only the one seen";
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

// The numbers a patient typed on the 申立書 reach the desk's slip as a case-2
// claim, with the declared share and the items left blank.
TEST_F(KioskctlRecords, SlipCarriesTheTypedNumbersAndTheClaimBasis) {
    kiosk::CheckInRecord r;
    r.visitDate = *kiosk::CivilDate::make(2026, 12, 1);
    r.outcome = kiosk::EligibilityOutcome::NotRegistered;
    r.proofPath = kiosk::ProofPath::Declaration;
    kiosk::Declaration d;
    d.hasValidInsuranceCard = true;
    d.insuranceKind = kiosk::InsuranceKind::Shaho;
    d.insurerNumber = "06139992";
    d.insuredSymbol = "4711";
    d.insuredNumber = "815";
    d.name = "試験　一郎";
    d.nameKana = "シケン　イチロウ";
    d.birthDate = kiosk::CivilDate::make(1980, 4, 1);
    d.sex = kiosk::Sex::Male;
    r.declaration = d;
    std::int64_t id = 0;
    {
        auto store = kiosk::SqliteRecordStore::open(db());
        ASSERT_TRUE(store);
        id = (*store)->create(r, "test").value();
    }
    const std::string pdf = dir.file("slip.pdf");
    auto run = kioskctl("--db " + db() + " records slip " + std::to_string(id) + " --out " + pdf);
    ASSERT_EQ(run.exitCode, 0) << run.out;
    const std::string text = kiosk::test::pdfText(pdf);
    for (const char* expected :
         {"06139992", "4711", "815", "2 現在の資格を患者の申告", "3割", "試験", "未記入"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    }
    EXPECT_EQ(text.find("77777777"), std::string::npos) << "not a 不詳 claim";
}

TEST_F(KioskctlRecords, SlipOfAnUnknownRecordSaysSo) {
    auto run = kioskctl("--db " + db() + " records slip 999 --out " + dir.file("x.pdf"));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.out.find("999"), std::string::npos) << run.out;
}
