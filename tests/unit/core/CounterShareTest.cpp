// What the counter charges for a record (notice §2): one rule for the kiosk's
// finish screen and the front-desk slip.
#include <gtest/gtest.h>

#include "core/CounterShare.h"

namespace kiosk {
namespace {

const CivilDate kVisit = *CivilDate::make(2026, 12, 1);

Qualification terminalQualification(bool current, std::optional<int> share) {
    Qualification q;
    q.current = current;
    q.insurerNumber = "06139998";
    q.number = "12";
    q.shareTenths = share;
    return q;
}

CheckInRecord record(EligibilityOutcome outcome, ProofPath path) {
    CheckInRecord r;
    r.visitDate = kVisit;
    r.outcome = outcome;
    r.proofPath = path;
    return r;
}

TEST(CounterShare, ValidCheckChargesTheTerminalsRatio) {
    auto r = record(EligibilityOutcome::Valid, ProofPath::None);
    r.terminalQualification = terminalQualification(true, 1);
    r.terminalIdentity = IdentityFields{"", "", Sex::Male, CivilDate::make(1950, 1, 1), ""};
    auto share = decideCounterShare(r);
    ASSERT_TRUE(share);
    EXPECT_EQ(share->tenths, 1);
    EXPECT_EQ(share->reason, ShareReason::KnownFromQualification);
}

// Medical aid is not insurance: no age rule, no terminal ratio applies.
TEST(CounterShare, MedicalAidNotYetRegisteredIsLeftToStaff) {
    auto r = record(EligibilityOutcome::MedicalAidNotRegistered, ProofPath::None);
    r.terminalQualification = terminalQualification(true, 0);
    r.terminalIdentity = IdentityFields{"", "", Sex::Male, CivilDate::make(1958, 3, 12), ""};
    EXPECT_FALSE(decideCounterShare(r));
}

TEST(CounterShare, DeniedIdentityLeavesTheShareToStaff) {
    auto r = record(EligibilityOutcome::Valid, ProofPath::None);
    r.terminalQualification = terminalQualification(true, 1);
    r.identityConfirmation = IdentityConfirmation::Denied;
    auto share = decideCounterShare(r);
    ASSERT_TRUE(share);
    EXPECT_TRUE(share->staffShouldConfirm) << "the ratio may be another person's";
}

TEST(CounterShare, ValidCheckWithoutRatioFallsBackToTheTerminalsBirthDate) {
    auto r = record(EligibilityOutcome::Valid, ProofPath::None);
    r.terminalQualification = terminalQualification(true, std::nullopt);
    r.terminalIdentity = IdentityFields{"", "", Sex::Male, CivilDate::make(1980, 1, 1), ""};
    auto share = decideCounterShare(r);
    ASSERT_TRUE(share);
    EXPECT_EQ(share->tenths, 3);
    r.terminalIdentity.reset();
    EXPECT_FALSE(decideCounterShare(r));  // nothing to reckon with: the desk decides
}

// 資格（無効） then 「どれもない」: 10割, whatever the lost qualification's ratio.
TEST(CounterShare, NothingAvailableIsTenTenthsUntilStaffOverride) {
    auto r = record(EligibilityOutcome::Lost, ProofPath::NothingAvailable);
    r.terminalQualification = terminalQualification(false, 3);
    auto share = decideCounterShare(r);
    ASSERT_TRUE(share);
    EXPECT_EQ(share->tenths, 10);
    EXPECT_EQ(share->reason, ShareReason::SelfPay);
    EXPECT_TRUE(share->staffShouldConfirm);

    r.confirmedQualification = terminalQualification(true, 2);
    r.confirmedQualification->source = QualificationSource::ProofDocument;
    share = decideCounterShare(r);
    ASSERT_TRUE(share);
    EXPECT_EQ(share->tenths, 2);
}

TEST(CounterShare, ProofNotYetSeenIsLeftToStaff) {
    for (auto path : {ProofPath::Mynaportal, ProofPath::ProofDocument}) {
        auto r = record(EligibilityOutcome::NoAnswer, path);
        EXPECT_FALSE(decideCounterShare(r));
    }
}

TEST(CounterShare, DeclarationUsesWhatWasDeclared) {
    auto r = record(EligibilityOutcome::Lost, ProofPath::Declaration);
    r.terminalQualification = terminalQualification(false, 3);  // lost: its ratio is stale
    Declaration d;
    d.birthDate = CivilDate::make(1954, 6, 10);  // 72
    d.insuranceKind = InsuranceKind::Shaho;
    d.declaredShare = DeclaredShare::TwoTenths;
    r.declaration = d;
    auto share = decideCounterShare(r);
    ASSERT_TRUE(share);
    EXPECT_EQ(share->tenths, 2);
    EXPECT_EQ(share->reason, ShareReason::DeclaredByPatient);

    r.declaration->birthDate = CivilDate::make(1981, 1, 1);  // 45 ticking 後期 + 1割
    r.declaration->insuranceKind = InsuranceKind::Kouki;
    r.declaration->declaredShare = DeclaredShare::OneTenth;
    share = decideCounterShare(r);
    ASSERT_TRUE(share);
    EXPECT_EQ(share->tenths, 3);
    EXPECT_TRUE(share->staffShouldConfirm);
}

}  // namespace
}  // namespace kiosk
