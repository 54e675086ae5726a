// The 2023-07-04 rule: confirm the terminal's data with the patient at a
// first visit or after a change of insurer, even when the check is valid.
#include <gtest/gtest.h>

#include <vector>

#include "core/VisitHistory.h"

namespace kiosk {
namespace {

const auto kBirth = CivilDate::make(1980, 5, 5);

IdentityFields person(const char* name, const char* kana, std::optional<CivilDate> birth = kBirth) {
    return IdentityFields{name, kana, Sex::Female, birth, ""};
}

CheckInRecord validVisit(std::int64_t id, CivilDate date, const IdentityFields& who,
                         const char* insurer) {
    CheckInRecord r;
    r.id = id;
    r.visitDate = date;
    r.outcome = EligibilityOutcome::Valid;
    r.terminalIdentity = who;
    Qualification q;
    q.insurerNumber = insurer;
    r.terminalQualification = q;
    return r;
}

Qualification current(const char* insurer) {
    Qualification q;
    q.insurerNumber = insurer;
    return q;
}

TEST(VisitHistory, SamePersonFoldsWidthsVariantsAndKana) {
    EXPECT_TRUE(samePerson(person("髙橋 花子", ""), person("高橋花子", "")));
    EXPECT_TRUE(samePerson(person("", "ﾀｶﾊｼ ﾊﾅｺ"), person("", "タカハシハナコ")));
    EXPECT_FALSE(
        samePerson(person("高橋花子", ""), person("高橋花子", "", CivilDate::make(1980, 5, 6))));
    EXPECT_FALSE(samePerson(person("高橋花子", ""), person("高橋花", "")));
    EXPECT_FALSE(samePerson(person("", ""), person("", "")));  // nothing to go on
    EXPECT_FALSE(
        samePerson(person("高橋花子", "", std::nullopt), person("高橋花子", "", std::nullopt)));
}

struct HistoryCase {
    const char* label;
    std::vector<CheckInRecord> earlier;
    const char* insurerNow;
    bool ask;
};

TEST(VisitHistory, AsksAtAFirstVisitOrAfterAChangeOfInsurer) {
    const auto who = person("高橋花子", "タカハシハナコ");
    const auto other = person("山田花子", "ヤマダハナコ");
    const CivilDate day1 = *CivilDate::make(2026, 1, 10);
    const CivilDate day2 = *CivilDate::make(2026, 6, 10);
    CheckInRecord declarationOnly;  // an earlier 申立書 claimed 不詳: insurer unknown
    declarationOnly.id = 9;
    declarationOnly.visitDate = day1;
    declarationOnly.outcome = EligibilityOutcome::NotRegistered;
    declarationOnly.declaration = Declaration{};
    declarationOnly.declaration->name = "高橋花子";
    declarationOnly.declaration->birthDate = kBirth;

    CheckInRecord denied = validVisit(3, day1, who, "06139998");
    denied.identityConfirmation = IdentityConfirmation::Denied;

    const HistoryCase cases[] = {
        {"no records at all", {}, "06139998", true},
        {"only somebody else's", {validVisit(1, day1, other, "06139998")}, "06139998", true},
        {"same insurer as last time", {validVisit(1, day1, who, "06139998")}, "06139998", false},
        {"insurer changed", {validVisit(1, day1, who, "06139998")}, "01130012", true},
        {"latest visit decides",
         {validVisit(1, day1, who, "06139998"), validVisit(2, day2, who, "01130012")},
         "01130012",
         false},
        {"latest visit decides, in any order",
         {validVisit(2, day2, who, "01130012"), validVisit(1, day1, who, "06139998")},
         "06139998",
         true},
        {"an earlier visit without numbers says nothing", {declarationOnly}, "06139998", true},
        {"an earlier \"not me\" proves no link", {denied}, "06139998", true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        EXPECT_EQ(identityConfirmationNeeded(who, current(c.insurerNow), c.earlier), c.ask);
    }
}

TEST(VisitHistory, PatientIdentityIsTheDeclarationsElseTheTerminals) {
    CheckInRecord r;
    r.terminalIdentity = person("端末 太郎", "");
    EXPECT_EQ(patientIdentityOf(r).name, "端末 太郎");
    r.declaration = Declaration{};
    r.declaration->name = "申立 太郎";
    EXPECT_EQ(patientIdentityOf(r).name, "申立 太郎") << "the signed 申立書 is who came";
}

}  // namespace
}  // namespace kiosk
