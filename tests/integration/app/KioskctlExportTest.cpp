// Issue 11 item 9: `kioskctl records export` writes JSON, FHIR or CSV (UTF-8
// with a BOM, or Shift_JIS as Windows writes it), 0600, and every exported
// record is audited as seen by export. (Whole or not at all: ExportFileTest.)
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "integration/store/SampleRecords.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"
#include "support/CommandRun.h"

namespace {

class KioskctlExport : public ::testing::Test {
protected:
    void SetUp() override {
        auto store = kiosk::SqliteRecordStore::open(db());
        ASSERT_TRUE(store) << store.error().message;
        for (int seed : {1, 2, 3}) {
            auto record = kiosk::test::sampleRecord(seed);
            record.visitDate = *kiosk::CivilDate::make(2026, 11, 20 + seed);
            if (seed == 2) record.declaration->name = "髙橋, \"花子\"";  // a comma, quotes, 髙
            if (seed == 3) record.declaration->name = "𠮷田 一";         // not in Shift_JIS
            ids.push_back((*store)->create(record, "test").value());
        }
    }
    std::string db() const { return dir.file("kiosk.db"); }
    std::string run(const std::string& args) {
        auto result = kiosk::test::runKioskctl("--db " + db() + " records export " + args);
        exitCode = result.exitCode;
        return result.out;
    }
    kiosk::test::TempDir dir;
    std::vector<std::int64_t> ids;
    int exitCode = -1;
};

}  // namespace

TEST_F(KioskctlExport, CsvInUtf8HasABomQuotedFieldsAndOneRowPerRecord) {
    const std::string out = dir.file("records.csv");
    const std::string said = run("--format csv --out " + out);
    ASSERT_EQ(exitCode, 0) << said;
    const std::string csv = kiosk::test::readText(out);
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBF記録番号,受付番号,受診日", 0), 0u) << csv.substr(0, 80);
    EXPECT_NE(csv.find(",\"髙橋, \"\"花子\"\"\","), std::string::npos) << csv;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 4) << "a header and three records";
    // Values in Japanese like the headers: the sex, the status, the share as 割.
    EXPECT_NE(csv.find(",女,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("割,"), std::string::npos) << csv;
    EXPECT_EQ(csv.find(",female,"), std::string::npos) << csv;
    struct stat info {};
    ASSERT_EQ(::stat(out.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u) << "health data";
}

TEST_F(KioskctlExport, CsvInShiftJisKeeps髙AndMarksWhatItCannotHold) {
    const std::string out = dir.file("records-sjis.csv");
    const std::string said = run("--format csv --encoding shift_jis --out " + out);
    ASSERT_EQ(exitCode, 0) << said;
    EXPECT_NE(said.find("1 characters Shift_JIS has no code for"), std::string::npos) << said;
    const std::string csv = kiosk::test::readText(out);
    EXPECT_NE(csv.find("\xfb\xfc\x8b\xb4"), std::string::npos) << "髙橋 in windows-31j";
    EXPECT_NE(csv.find("\x81\xac\x93\x63"), std::string::npos) << "〓田";
    EXPECT_EQ(csv.find("\xEF\xBB\xBF"), std::string::npos) << "no UTF-8 BOM";
}

TEST_F(KioskctlExport, JsonHoldsEveryRecordOfTheRangeWithItsClaimBasisAndIsAudited) {
    const std::string out = dir.file("records.json");
    run("--format json --from 2026-11-22 --to 2026-11-23 --out " + out);
    ASSERT_EQ(exitCode, 0);
    const auto json = nlohmann::json::parse(kiosk::test::readText(out), nullptr, false);
    ASSERT_TRUE(json.is_array());
    ASSERT_EQ(json.size(), 2u);
    EXPECT_TRUE(json[0].contains("claimBasis"));
    auto store = kiosk::SqliteRecordStore::open(db()).value();
    for (std::int64_t id : {ids[1], ids[2]}) {
        const auto trail = store->auditTrail(id).value();
        EXPECT_TRUE(std::ranges::any_of(trail, [](const kiosk::AuditEntry& e) {
            return e.action == "view_record" && e.detail == "export";
        })) << id;
    }
    const auto first = store->auditTrail(ids[0]).value();
    EXPECT_FALSE(std::ranges::any_of(first, [](const kiosk::AuditEntry& e) {
        return e.action == "view_record";
    })) << "outside the range: not exported";
}

// DOMAIN.md §9: JP Core Patient (kanji IDE, kana SYL) and Coverage (記号,
// 番号 in JP Core's extensions; the 保険者番号 on the payor Organization in
// JP Core's system), every reference resolving inside the Bundle.
TEST_F(KioskctlExport, FhirIsABundleOfJpCorePatientsAndCoverages) {
    const std::string out = dir.file("records.fhir.json");
    run("--format fhir --out " + out);
    ASSERT_EQ(exitCode, 0);
    const auto bundle = nlohmann::json::parse(kiosk::test::readText(out), nullptr, false);
    ASSERT_EQ(bundle["resourceType"], "Bundle");
    std::map<std::string, nlohmann::json> byUrl;
    for (const auto& entry : bundle["entry"]) byUrl[entry["fullUrl"]] = entry["resource"];
    const auto sample = kiosk::test::sampleRecord(1);
    bool patientSeen = false, coverageSeen = false;
    for (const auto& [url, resource] : byUrl) {
        EXPECT_EQ(url.rfind("urn:uuid:", 0), 0u);
        if (resource["resourceType"] == "Patient" &&
            resource["id"] == "patient-" + std::to_string(ids[0])) {
            patientSeen = true;
            EXPECT_EQ(resource["name"][0]["text"], sample.declaration->name);
            EXPECT_EQ(resource["name"][0]["extension"][0]["valueCode"], "IDE");
            EXPECT_EQ(resource["name"][1]["extension"][0]["valueCode"], "SYL");
            EXPECT_EQ(resource["birthDate"], sample.declaration->birthDate->iso());
        }
        if (resource["resourceType"] == "Coverage" &&
            resource["id"] == "coverage-" + std::to_string(ids[0])) {
            coverageSeen = true;
            const auto payor = byUrl.find(resource["payor"][0]["reference"]);
            ASSERT_NE(payor, byUrl.end()) << "the payor is in the Bundle";
            EXPECT_EQ(payor->second["identifier"][0]["system"],
                      "http://jpfhir.jp/fhir/core/mhlw/IdSystem/InsurerNumber");
            EXPECT_EQ(payor->second["identifier"][0]["value"],
                      sample.confirmedQualification->insurerNumber);
            EXPECT_NE(byUrl.find(resource["beneficiary"]["reference"]), byUrl.end());
            std::map<std::string, std::string> extensions;
            for (const auto& e : resource["extension"]) extensions[e["url"]] = e["valueString"];
            const std::string base = "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/";
            EXPECT_EQ(extensions[base + "JP_Coverage_InsuredPersonSymbol"],
                      sample.confirmedQualification->symbol);
            EXPECT_EQ(extensions[base + "JP_Coverage_InsuredPersonNumber"],
                      sample.confirmedQualification->number);
        }
    }
    EXPECT_TRUE(patientSeen);
    EXPECT_TRUE(coverageSeen);
}

TEST_F(KioskctlExport, JsonInShiftJisAndBadDatesAreRefusedInWords) {
    run("--format json --encoding shift_jis --out " + dir.file("x.json"));
    EXPECT_EQ(exitCode, 2);
    const std::string said = run("--format csv --from 2026-02-30 --out " + dir.file("x.csv"));
    EXPECT_EQ(exitCode, 2);
    EXPECT_NE(said.find("--from"), std::string::npos) << said;
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.csv")));
}
