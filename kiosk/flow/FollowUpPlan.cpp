#include "FollowUpPlan.h"

#include "core/ClaimBasis.h"

namespace kiosk {

namespace {

// Claims for a month go out early the next month: what is still unknown should
// be settled by the month's last day.
CivilDate endOfMonth(const CivilDate& day) {
    return *CivilDate::make(day.year(), day.month(), daysInMonth(day.year(), day.month()));
}

bool checkCouldNotRun(EligibilityOutcome outcome) {
    return outcome == EligibilityOutcome::NoAnswer || outcome == EligibilityOutcome::TerminalError;
}

}  // namespace

std::vector<PlannedFollowUp> planFollowUps(const CheckInRecord& record) {
    std::vector<PlannedFollowUp> plan;
    const CivilDate today = record.visitDate;
    switch (record.proofPath) {
        case ProofPath::Mynaportal:
            plan.push_back({FollowUpKind::ConfirmProof, today,
                            "マイナポータルの資格情報画面を確認し、資格情報を入力する"});
            break;
        case ProofPath::ProofDocument:
            plan.push_back(
                {FollowUpKind::ConfirmProof, today, "資格確認書等を確認し、資格情報を入力する"});
            break;
        case ProofPath::NothingAvailable:
            plan.push_back(
                {FollowUpKind::Other, today,
                 "資格確認できるものなし：10割請求か、再診等で柔軟な対応をするか判断する"});
            break;
        case ProofPath::Declaration:
        case ProofPath::None:
            break;
    }
    if (decideClaimBasis(record).kind == ClaimBasisKind::UnknownWithDeclaration) {
        plan.push_back({FollowUpKind::ReportInsurerNumber, endOfMonth(today),
                        "患者からの保険者番号等の連絡を確認し、なければ患者に確認する（3(4)）"});
    }
    // When the terminal could not be reached, the qualification can still be
    // looked up afterwards in システム障害時モード (別添2).
    if (checkCouldNotRun(record.outcome) && record.proofPath != ProofPath::None) {
        plan.push_back({FollowUpKind::SystemFailureModeLookup, today.plusDays(1),
                        "システム障害時モードで資格を照会する（生年月日・性別・資格確認日・氏名・住"
                        "所または保険者名）"});
    }
    return plan;
}

}  // namespace kiosk
