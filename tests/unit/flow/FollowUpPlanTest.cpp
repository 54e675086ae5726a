#include <gtest/gtest.h>

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

TEST(FollowUpPlan, ShownProofIsConfirmedTheSameDay) {
    for (auto path : {ProofPath::Mynaportal, ProofPath::ProofDocument}) {
        auto plan = planFollowUps(visit(EligibilityOutcome::NotRegistered, path));
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
    EXPECT_TRUE(planFollowUps(r).empty());
}

TEST(FollowUpPlan, TerminalOutageAddsASystemFailureModeLookup) {
    auto plan = planFollowUps(visit(EligibilityOutcome::NoAnswer, ProofPath::Declaration));
    EXPECT_EQ(kinds(plan), (std::vector{FollowUpKind::ReportInsurerNumber,
                                        FollowUpKind::SystemFailureModeLookup}));
    EXPECT_EQ(plan[1].due, *CivilDate::make(2026, 11, 25));
}

TEST(FollowUpPlan, NothingAvailableAsksStaffToDecide) {
    auto plan = planFollowUps(visit(EligibilityOutcome::CardProblem, ProofPath::NothingAvailable));
    EXPECT_EQ(kinds(plan), std::vector{FollowUpKind::Other});
}

TEST(FollowUpPlan, NotesNeverCarryThePatientsData) {
    auto plan = planFollowUps(visit(EligibilityOutcome::NoAnswer, ProofPath::Declaration));
    for (const auto& f : plan) EXPECT_EQ(f.note.find("霞が関"), std::string::npos);
}
