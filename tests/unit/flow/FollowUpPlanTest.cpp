#include <gtest/gtest.h>

#include <algorithm>

#include "flow/FollowUpPlan.h"

using namespace kiosk;

namespace {

CheckInRecord visit(EligibilityOutcome outcome, ProofPath path) {
    CheckInRecord r;
    r.visitDate = *CivilDate::make(2026, 11, 24);
    r.outcome = outcome;
    r.proofPath = path;
    if (path == ProofPath::Declaration) {
        r.declaration = Declaration{};
        r.declaration->address = "東京都千代田区霞が関1-2-2";
    }
    return r;
}

std::vector<FollowUpKind> kinds(const std::vector<NewFollowUp>& plan) {
    std::vector<FollowUpKind> out;
    for (const auto& f : plan) out.push_back(f.kind);
    return out;
}

}  // namespace

TEST(FollowUpPlan, AValidCheckLeavesNothingToDo) {
    CheckInRecord r = visit(EligibilityOutcome::Valid, ProofPath::None);
    Qualification q;
    q.insurerNumber = "06139998";
    r.terminalQualification = q;
    EXPECT_TRUE(planFollowUps(r).empty());
}

TEST(FollowUpPlan, MedicalAidNotYetRegisteredIsCheckedWithTheWelfareOfficeToday) {
    auto plan = planFollowUps(visit(EligibilityOutcome::MedicalAidNotRegistered, ProofPath::None));
    ASSERT_EQ(kinds(plan), std::vector{FollowUpKind::Other});
    EXPECT_EQ(plan[0].due, *CivilDate::make(2026, 11, 24));
    EXPECT_NE(plan[0].note.find("福祉事務所"), std::string::npos);
}

TEST(FollowUpPlan, ShownProofIsConfirmedTheSameDay) {
    for (auto path : {ProofPath::Mynaportal, ProofPath::ProofDocument}) {
        auto plan = planFollowUps(visit(EligibilityOutcome::CardProblem, path));
        ASSERT_EQ(kinds(plan), std::vector{FollowUpKind::ConfirmProof});
        EXPECT_EQ(plan[0].due, *CivilDate::make(2026, 11, 24));
    }
}

TEST(FollowUpPlan, UnknownInsurerWaitsForTheNumberUntilMonthEnd) {
    auto plan = planFollowUps(visit(EligibilityOutcome::NotRegistered, ProofPath::Declaration));
    ASSERT_EQ(kinds(plan), std::vector{FollowUpKind::ReportInsurerNumber});
    EXPECT_EQ(plan[0].due, *CivilDate::make(2026, 11, 30));
}

TEST(FollowUpPlan, ALostQualificationIsClaimedWithoutWaiting) {
    CheckInRecord r = visit(EligibilityOutcome::Lost, ProofPath::Declaration);
    Qualification lost;
    lost.current = false;
    lost.insurerNumber = "06139998";
    r.terminalQualification = lost;
    r.declaration->hasValidInsuranceCard = true;  // what allows the case-3 claim
    EXPECT_TRUE(planFollowUps(r).empty());
    r.declaration->hasValidInsuranceCard = false;  // 不詳 then: the number is awaited
    EXPECT_EQ(kinds(planFollowUps(r)), std::vector{FollowUpKind::ReportInsurerNumber});
}

TEST(FollowUpPlan, TerminalOutageAddsASystemFailureModeLookup) {
    auto plan = planFollowUps(visit(EligibilityOutcome::NoAnswer, ProofPath::Declaration));
    EXPECT_EQ(kinds(plan), (std::vector{FollowUpKind::ReportInsurerNumber,
                                        FollowUpKind::SystemFailureModeLookup}));
    EXPECT_EQ(plan[1].due, *CivilDate::make(2026, 11, 25));
}

// Issue 9 review: the card check failed but the 資格確認書 look-up answered
// and the patient confirmed it; there is nothing left to look up later.
TEST(FollowUpPlan, ADocumentConfirmedByTheTerminalNeedsNoSystemFailureModeLookup) {
    CheckInRecord r = visit(EligibilityOutcome::TerminalError, ProofPath::ProofDocument);
    Qualification looked;
    looked.source = QualificationSource::DocumentLookup;
    looked.insurerNumber = "01130012";
    r.confirmedQualification = looked;
    EXPECT_TRUE(planFollowUps(r).empty());
}

// 別添2: staff learn the システム障害時モード route from the follow-up itself.
TEST(FollowUpPlan, OutageFollowUpSaysHowToReachSystemFailureMode) {
    auto plan = planFollowUps(visit(EligibilityOutcome::NoAnswer, ProofPath::ProofDocument));
    ASSERT_EQ(kinds(plan),
              (std::vector{FollowUpKind::ConfirmProof, FollowUpKind::SystemFailureModeLookup}));
    const std::string& note = plan[1].note;
    for (const char* part : {"0800-080-4583", "約30分", "利用報告", "生年月日", "性別",
                             "資格確認日", "氏名またはカナ氏名", "住所または保険者名"}) {
        EXPECT_NE(note.find(part), std::string::npos) << part;
    }
}

TEST(FollowUpPlan, FaceRecognitionFailureTellsStaffThePinOrVisualCheck) {
    auto plan =
        planFollowUps(visit(EligibilityOutcome::FaceRecognitionFailed, ProofPath::Declaration));
    ASSERT_EQ(kinds(plan), (std::vector{FollowUpKind::ReportInsurerNumber, FollowUpKind::Other}));
    EXPECT_NE(plan[1].note.find("暗証番号"), std::string::npos);
    EXPECT_NE(plan[1].note.find("目視"), std::string::npos);
}

TEST(FollowUpPlan, IdentityDoubtsAskStaffToConfirmInPerson) {
    CheckInRecord denied = visit(EligibilityOutcome::Valid, ProofPath::None);
    Qualification q;
    q.insurerNumber = "06139992";
    denied.terminalQualification = q;
    denied.identityConfirmation = IdentityConfirmation::Denied;
    EXPECT_EQ(kinds(planFollowUps(denied)), std::vector{FollowUpKind::ConfirmIdentity});

    CheckInRecord differs = visit(EligibilityOutcome::Lost, ProofPath::Declaration);
    differs.declaration->hasValidInsuranceCard = true;
    differs.identityCheck = crossCheckIdentity(
        IdentityFields{"山田太郎", "", Sex::Male, CivilDate::make(1980, 1, 1), ""},
        IdentityFields{"山田太郎", "", Sex::Male, CivilDate::make(1980, 1, 2), ""},
        CrossCheckSource::Declaration);
    auto plan = planFollowUps(differs);
    EXPECT_EQ(std::ranges::count(kinds(plan), FollowUpKind::ConfirmIdentity), 1);
    for (const auto& f : plan) EXPECT_EQ(f.note.find("1980"), std::string::npos);
}

TEST(FollowUpPlan, KoukiTickBelowSixtyFiveIsCheckedWithThePatient) {
    CheckInRecord r = visit(EligibilityOutcome::NotRegistered, ProofPath::Declaration);
    r.declaration->insuranceKind = InsuranceKind::Kouki;
    r.declaration->birthDate = CivilDate::make(1981, 1, 1);  // 45
    auto plan = planFollowUps(r);
    ASSERT_EQ(kinds(plan), (std::vector{FollowUpKind::ReportInsurerNumber, FollowUpKind::Other}));
    EXPECT_NE(plan[1].note.find("後期"), std::string::npos);
    r.declaration->birthDate = CivilDate::make(1950, 1, 1);  // 76: a real 後期 member
    EXPECT_EQ(kinds(planFollowUps(r)), std::vector{FollowUpKind::ReportInsurerNumber});
}

TEST(FollowUpPlan, NothingAvailableAsksStaffToDecide) {
    auto plan = planFollowUps(visit(EligibilityOutcome::CardProblem, ProofPath::NothingAvailable));
    EXPECT_EQ(kinds(plan), std::vector{FollowUpKind::Other});
}

TEST(FollowUpPlan, NotesNeverCarryThePatientsData) {
    auto plan = planFollowUps(visit(EligibilityOutcome::NoAnswer, ProofPath::Declaration));
    for (const auto& f : plan) EXPECT_EQ(f.note.find("霞が関"), std::string::npos);
}
