// Issue 11 item 6: each staff action changes the claim basis as the notice
// says (DOMAIN.md §3): a proof seen → case 1 with its numbers; "nothing
// changed" → case 2 and a 申立書 deemed submitted; a システム障害時モード
// look-up → case 1; a valid card seen lifts 10割; the claim work finished
// closes the record. Numbers that cannot be claimed with are refused.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/ClaimBasis.h"
#include "core/CounterShare.h"
#include "desk/StaffAction.h"

namespace kiosk {
namespace {

CheckInRecord mynaportalVisit() {
    CheckInRecord r;
    r.visitDate = *CivilDate::make(2026, 12, 3);
    r.outcome = EligibilityOutcome::NoAnswer;  // an outage: Mynaportal can prove it
    r.proofPath = ProofPath::Mynaportal;
    r.terminalIdentity =
        IdentityFields{"山田 花子", "ヤマダ ハナコ", Sex::Female, CivilDate::make(1980, 5, 1), ""};
    return r;
}

StaffAction only(StaffActionKind kind) {
    StaffAction action;
    action.kind = kind;
    return action;
}

StaffAction withNumbers(StaffActionKind kind, QualificationSource source) {
    StaffAction action;
    action.kind = kind;
    action.source = source;
    action.insurerNumber = "06470017";  // a 協会けんぽ-style number with its check digit
    action.symbol = "1234";
    action.number = "56";
    action.branch = "01";
    return action;
}

TEST(StaffAction, AProofSeenAtTheCounterIsClaimedAsCaseOneWithItsNumbers) {
    const auto before = decideClaimBasis(mynaportalVisit());
    EXPECT_NE(before.kind, ClaimBasisKind::CurrentConfirmed);
    EXPECT_EQ(decideCounterShare(mynaportalVisit()), std::nullopt) << "no share before the proof";
    auto after = applyStaffAction(mynaportalVisit(), withNumbers(StaffActionKind::ProofSeen,
                                                                 QualificationSource::Mynaportal));
    ASSERT_TRUE(after) << after.error().key;
    const ClaimBasis claim = decideClaimBasis(*after);
    EXPECT_EQ(claim.kind, ClaimBasisKind::CurrentConfirmed);
    EXPECT_EQ(claim.numbers.insurerNumber, "06470017");
    EXPECT_EQ(claim.numbers.symbol, "1234");
    EXPECT_EQ(claim.numbers.number, "56");
    EXPECT_EQ(claim.branch, "01");
    ASSERT_TRUE(decideCounterShare(*after)) << "the proof seen: a share to charge";
    EXPECT_EQ(decideCounterShare(*after)->tenths, 3);  // 46 at the visit
}

TEST(StaffAction, NothingChangedIsCaseTwoAndCountsAsADeclaration) {
    auto after = applyStaffAction(
        mynaportalVisit(),
        withNumbers(StaffActionKind::NothingChanged, QualificationSource::PastVisitRecord));
    ASSERT_TRUE(after) << after.error().key;
    EXPECT_TRUE(after->declarationDeemedByStaff);
    EXPECT_EQ(decideClaimBasis(*after).kind, ClaimBasisKind::CurrentFromPatientOrRecords);
    auto wrongSource = applyStaffAction(
        mynaportalVisit(),
        withNumbers(StaffActionKind::NothingChanged, QualificationSource::Terminal));
    EXPECT_FALSE(wrongSource);
}

TEST(StaffAction, ASystemFailureModeLookUpIsCaseOne) {
    auto after = applyStaffAction(
        mynaportalVisit(),
        withNumbers(StaffActionKind::SystemFailureLookUp, QualificationSource::Terminal));
    ASSERT_TRUE(after);
    EXPECT_EQ(after->confirmedQualification->source, QualificationSource::SystemFailureMode);
    EXPECT_EQ(decideClaimBasis(*after).kind, ClaimBasisKind::CurrentConfirmed);
}

TEST(StaffAction, NumbersAClaimCannotUseAreRefusedAndNothingChanges) {
    auto action = withNumbers(StaffActionKind::ProofSeen, QualificationSource::ProofDocument);
    action.insurerNumber = "06470018";  // wrong check digit
    EXPECT_EQ(applyStaffAction(mynaportalVisit(), action).error().key,
              "desk.action.bad_insurer_number");
    action.insurerNumber = "77777777";  // the 不詳 placeholder is not a number seen
    EXPECT_EQ(applyStaffAction(mynaportalVisit(), action).error().key,
              "desk.action.bad_insurer_number");
    action.insurerNumber = "06470017";
    action.number = "";
    EXPECT_EQ(applyStaffAction(mynaportalVisit(), action).error().key,
              "desk.action.number_missing");
    action.number = "56";
    action.branch = "1";
    EXPECT_EQ(applyStaffAction(mynaportalVisit(), action).error().key, "desk.action.bad_branch");
}

TEST(StaffAction, AValidCardSeenLiftsTenTenthsAndKeepingItChangesNothing) {
    CheckInRecord selfPay = mynaportalVisit();
    selfPay.proofPath = ProofPath::NothingAvailable;
    ASSERT_TRUE(isSelfPayVisit(selfPay));
    const auto offered = staffActionsFor(selfPay);
    EXPECT_NE(std::ranges::find(offered, StaffActionKind::ValidCardSeen), offered.end());
    auto lifted = applyStaffAction(selfPay, only(StaffActionKind::ValidCardSeen));
    ASSERT_TRUE(lifted);
    EXPECT_FALSE(isSelfPayVisit(*lifted));
    auto kept = applyStaffAction(selfPay, only(StaffActionKind::SelfPayKept));
    ASSERT_TRUE(kept);
    EXPECT_TRUE(isSelfPayVisit(*kept));
    EXPECT_EQ(decideCounterShare(*kept)->tenths, 10);
}

TEST(StaffAction, ReportedNumbersReopenARecordThatAwaitedThem) {
    CheckInRecord awaiting = mynaportalVisit();
    awaiting.proofPath = ProofPath::Declaration;
    awaiting.declaration = Declaration{};
    awaiting.status = RecordStatus::AwaitingInsurerNumber;
    auto after = applyStaffAction(awaiting, withNumbers(StaffActionKind::NumbersReportedLater,
                                                        QualificationSource::Terminal));
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, RecordStatus::Open) << "numbers known: the claim work goes on";
    EXPECT_EQ(decideClaimBasis(*after).kind, ClaimBasisKind::CurrentFromPatientOrRecords);
    EXPECT_EQ(followUpsSettledBy(StaffActionKind::NumbersReportedLater),
              std::vector<FollowUpKind>{FollowUpKind::ReportInsurerNumber});
}

TEST(StaffAction, FinishingTheClaimWorkClosesAndAClosedRecordOffersNothing) {
    auto closed = applyStaffAction(mynaportalVisit(), only(StaffActionKind::ClaimWorkFinished));
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->status, RecordStatus::Closed);
    EXPECT_TRUE(staffActionsFor(*closed).empty());
    EXPECT_EQ(applyStaffAction(*closed, only(StaffActionKind::ClaimWorkFinished)).error().key,
              "desk.action.not_for_this_record");
}

TEST(StaffAction, AValidCheckAtTheCardOffersNoNumbersToType) {
    CheckInRecord valid = mynaportalVisit();
    valid.outcome = EligibilityOutcome::Valid;
    valid.proofPath = ProofPath::None;
    valid.status = RecordStatus::Open;
    for (StaffActionKind kind : staffActionsFor(valid)) EXPECT_FALSE(bringsNumbers(kind));
    valid.identityConfirmation = IdentityConfirmation::Denied;
    auto confirmed = applyStaffAction(valid, only(StaffActionKind::IdentityConfirmed));
    ASSERT_TRUE(confirmed);
    EXPECT_FALSE(decideClaimBasis(*confirmed).holdUntilIdentityConfirmed);
}

}  // namespace
}  // namespace kiosk
