#include <gtest/gtest.h>

#include "core/RecordJson.h"

using kiosk::CheckInRecord;
using kiosk::CivilDate;
using kiosk::recordFromJson;
using kiosk::recordToJson;
using nlohmann::json;

namespace {

CheckInRecord fullyPopulatedRecord() {
    CheckInRecord r;
    r.id = 42;
    r.source = kiosk::RecordSource::Paper;
    r.templateId = "moshitatesho";
    r.templateVersion = 3;
    r.visitDate = *CivilDate::make(2025, 12, 24);
    r.outcome = kiosk::EligibilityOutcome::Lost;
    r.terminalCode = "EOQS1234";
    kiosk::Qualification lost;
    lost.source = kiosk::QualificationSource::Terminal;
    lost.current = false;
    lost.insurerNumber = "06139981";
    lost.symbol = "記号１";
    lost.number = "1234";
    lost.branch = "01";
    lost.insurerName = "テスト健康保険組合";
    lost.shareTenths = 3;
    lost.qualifiedOn = CivilDate::make(2019, 4, 1);
    lost.lostOn = CivilDate::make(2025, 11, 30);
    lost.lossReason = kiosk::LossReason::OtherInsurance;
    r.terminalQualification = lost;
    r.terminalIdentity = kiosk::IdentityFields{"高橋 花子", "ﾀｶﾊｼ ﾊﾅｺ", kiosk::Sex::Female,
                                               CivilDate::make(1954, 2, 28), "東京都千代田区"};
    kiosk::Qualification confirmed = lost;
    confirmed.source = kiosk::QualificationSource::Mynaportal;
    confirmed.current = true;
    confirmed.lostOn.reset();
    confirmed.lossReason.reset();
    r.confirmedQualification = confirmed;
    kiosk::UnconfirmedDocument typed;
    typed.numbers.source = kiosk::QualificationSource::ProofDocument;
    typed.numbers.insurerNumber = "01130012";
    typed.numbers.number = "345";
    typed.lookup = kiosk::EligibilityOutcome::TerminalError;
    typed.terminalCode = "EOQS5001";
    typed.terminalMessage = "被保険者番号等の指定に誤りがあります";
    r.unconfirmedDocument = typed;
    r.proofPath = kiosk::ProofPath::Declaration;
    kiosk::Declaration d;
    d.hasValidInsuranceCard = true;
    d.insuranceKind = kiosk::InsuranceKind::Kokuho;
    d.kokuhoIsUnion = false;
    d.insurerName = "東京都国民健康保険";
    d.employerName = "株式会社テスト";
    d.issuedWhen = kiosk::IssuedWhen::WithinOneMonth;
    d.declaredShare = kiosk::DeclaredShare::TwoTenths;
    d.name = "髙橋 花子";
    d.nameKana = "タカハシ ハナコ";
    d.birthDate = CivilDate::make(1954, 2, 28);
    d.sex = kiosk::Sex::Female;
    d.address = "東京都千代田区１－２－３";
    d.residence = "神奈川県横浜市";
    d.writtenOn = CivilDate::make(2025, 12, 24);
    d.hasSignature = true;
    d.signerRelation = "長男";
    d.phone = "090-0000-0000";
    d.insurerNumber = "06139981";
    d.insuredSymbol = "記号１";
    d.insuredNumber = "1234";
    d.insuredBranch = "01";
    r.declaration = d;
    r.declarationDeemedByStaff = true;
    r.validCardConfirmedByStaff = true;
    r.identityConfirmation = kiosk::IdentityConfirmation::Denied;
    r.identityCheck = kiosk::crossCheckIdentity(*r.terminalIdentity, kiosk::identityOf(d),
                                                kiosk::CrossCheckSource::Declaration);
    r.status = kiosk::RecordStatus::AwaitingInsurerNumber;
    return r;
}

// The error path for `j`, which must not parse.
std::string errorPath(const json& j) {
    auto parsed = recordFromJson(j);
    EXPECT_FALSE(parsed) << j.dump();
    return parsed ? "<parsed>" : parsed.error().path;
}

}  // namespace

TEST(RecordJson, FullyPopulatedRecordRoundTrips) {
    auto record = fullyPopulatedRecord();
    auto back = recordFromJson(recordToJson(record));
    ASSERT_TRUE(back) << back.error().path << ": " << back.error().reason;
    EXPECT_EQ(*back, record);
}

TEST(RecordJson, MinimalRecordRoundTripsWithOptionalsAbsent) {
    CheckInRecord record;
    json j = recordToJson(record);
    EXPECT_FALSE(j.contains("id"));  // not stored yet
    EXPECT_FALSE(j.contains("declaration"));
    EXPECT_FALSE(j.contains("terminalQualification"));
    auto back = recordFromJson(j);
    ASSERT_TRUE(back) << back.error().path << ": " << back.error().reason;
    EXPECT_EQ(*back, record);
}

TEST(RecordJson, SurvivesTextSerialisation) {
    auto record = fullyPopulatedRecord();
    auto back = recordFromJson(json::parse(recordToJson(record).dump()));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, record);
}

// The names are a file format: changing one would orphan stored records.
TEST(RecordJson, WritesStableNamesAndIsoDates) {
    json j = recordToJson(fullyPopulatedRecord());
    EXPECT_EQ(j["format"], 2);
    EXPECT_EQ(j["source"], "paper");
    EXPECT_EQ(j["outcome"], "lost");
    EXPECT_EQ(j["proofPath"], "declaration");
    EXPECT_EQ(j["status"], "awaiting_insurer_number");
    EXPECT_EQ(j["visitDate"], "2025-12-24");
    EXPECT_EQ(j["confirmedQualification"]["source"], "mynaportal");
    EXPECT_EQ(j["terminalQualification"]["lostOn"], "2025-11-30");
    EXPECT_FALSE(j["confirmedQualification"].contains("lostOn"));
    EXPECT_EQ(j["declaration"]["insuranceKind"], "kokuho");
    EXPECT_EQ(j["declaration"]["issuedWhen"], "within_one_month");
    EXPECT_EQ(j["declaration"]["declaredShare"], "two_tenths");
    EXPECT_EQ(j["declaration"]["sex"], "female");
    EXPECT_EQ(j["declaration"]["birthDate"], "1954-02-28");
    EXPECT_EQ(j["terminalQualification"]["lossReason"], "other_insurance");
    EXPECT_EQ(j["identityConfirmation"], "denied");
    EXPECT_EQ(j["identityCheck"]["against"], "declaration");
    EXPECT_EQ(j["identityCheck"]["items"][0]["field"], "name");
    EXPECT_EQ(j["identityCheck"]["items"][0]["match"], "same_after_normalising");
    EXPECT_EQ(j["identityCheck"]["items"][0]["terminal"], "高橋 花子");
    EXPECT_EQ(j["identityCheck"]["items"][0]["other"], "髙橋 花子");
}

// Records written before format 2 (no typed numbers, identity or cross-check)
// still read, with those left at their defaults.
TEST(RecordJson, FormatOneRecordsStillRead) {
    json j = recordToJson(fullyPopulatedRecord());
    j["format"] = 1;
    for (const char* key : {"terminalIdentity", "validCardConfirmedByStaff", "identityConfirmation",
                            "identityCheck"}) {
        j.erase(key);
    }
    for (const char* key : {"insurerNumber", "insuredSymbol", "insuredNumber", "insuredBranch"}) {
        j["declaration"].erase(key);
    }
    j["terminalQualification"].erase("lossReason");
    auto back = recordFromJson(j);
    ASSERT_TRUE(back) << back.error().path << ": " << back.error().reason;
    EXPECT_FALSE(back->terminalIdentity);
    EXPECT_FALSE(back->validCardConfirmedByStaff);
    EXPECT_EQ(back->identityConfirmation, kiosk::IdentityConfirmation::NotAsked);
    EXPECT_TRUE(back->declaration->insurerNumber.empty());
}

TEST(RecordJson, ArraysNameTheirItemsPath) {
    json j = recordToJson(fullyPopulatedRecord());
    j["identityCheck"]["items"][2]["match"] = "maybe";
    EXPECT_EQ(errorPath(j), "/identityCheck/items/2/match");
    j["identityCheck"]["items"] = "none";
    EXPECT_EQ(errorPath(j), "/identityCheck/items");
}

TEST(RecordJson, UnknownEnumValueNamesItsPath) {
    json j = recordToJson(fullyPopulatedRecord());
    j["declaration"]["insuranceKind"] = "kaigo";
    auto parsed = recordFromJson(j);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().path, "/declaration/insuranceKind");
    EXPECT_EQ(parsed.error().reason, "unknown value");
}

TEST(RecordJson, WrongTypesNameTheirPath) {
    json j = recordToJson(fullyPopulatedRecord());
    j["templateVersion"] = "3";
    EXPECT_EQ(errorPath(j), "/templateVersion");

    j = recordToJson(fullyPopulatedRecord());
    j["declaration"]["hasSignature"] = 1;
    EXPECT_EQ(errorPath(j), "/declaration/hasSignature");

    j = recordToJson(fullyPopulatedRecord());
    j["terminalQualification"]["shareTenths"] = 2.5;
    EXPECT_EQ(errorPath(j), "/terminalQualification/shareTenths");

    j = recordToJson(fullyPopulatedRecord());
    j["declaration"] = json::array();
    EXPECT_EQ(errorPath(j), "/declaration");

    EXPECT_EQ(errorPath(json::array()), "");
}

TEST(RecordJson, ImpossibleOrNonIsoDatesAreRefused) {
    json j = recordToJson(fullyPopulatedRecord());
    j["declaration"]["birthDate"] = "1954-02-29";
    EXPECT_EQ(errorPath(j), "/declaration/birthDate");

    j["declaration"]["birthDate"] = "19540228";  // the terminal's form, not ours
    EXPECT_EQ(errorPath(j), "/declaration/birthDate");

    j = recordToJson(fullyPopulatedRecord());
    j["visitDate"] = "2025-13-01";
    EXPECT_EQ(errorPath(j), "/visitDate");
}

TEST(RecordJson, NewerFormatIsRefusedBeforeAnythingElse) {
    json j = recordToJson(fullyPopulatedRecord());
    j["format"] = kiosk::kRecordJsonFormat + 1;
    j["somethingNew"] = true;
    auto parsed = recordFromJson(j);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().path, "/format");
    EXPECT_NE(parsed.error().reason.find("newer"), std::string::npos);

    j.erase("format");
    EXPECT_EQ(errorPath(j), "/format");
}

TEST(RecordJson, MissingRequiredMemberIsNamed) {
    json j = recordToJson(fullyPopulatedRecord());
    j["declaration"].erase("name");
    auto parsed = recordFromJson(j);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().path, "/declaration/name");
    EXPECT_EQ(parsed.error().reason, "missing");
}

// Dropping a key on read would lose it on the next write.
TEST(RecordJson, UnknownKeysAreRefused) {
    json j = recordToJson(fullyPopulatedRecord());
    j["confirmedQualification"]["a/b"] = 1;
    auto parsed = recordFromJson(j);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().path, "/confirmedQualification/a~1b");
    EXPECT_EQ(parsed.error().reason, "unexpected key");
}

TEST(RecordJson, ErrorReasonsNeverQuoteTheValue) {
    json j = recordToJson(fullyPopulatedRecord());
    j["declaration"]["sex"] = "秘密の値";
    auto parsed = recordFromJson(j);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().reason.find("秘密"), std::string::npos);
}

TEST(RecordJson, StoredIdMustBePositive) {
    json j = recordToJson(fullyPopulatedRecord());
    j["id"] = 0;
    EXPECT_EQ(errorPath(j), "/id");
    j["id"] = -5;
    EXPECT_EQ(errorPath(j), "/id");
}
