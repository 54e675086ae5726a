#include "StaffAction.h"

#include <algorithm>

#include "core/ClaimBasis.h"
#include "core/InsurerNumber.h"

namespace kiosk {

namespace {

bool allDigits(const std::string& text) {
    return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

// The numbers an action brings, checked as a claim needs them: a real
// 保険者番号 (not 77777777), a 番号, a 枝番 of two digits when given.
Result<Qualification, StaffActionRefusal> numbersOf(const StaffAction& action,
                                                    QualificationSource source) {
    auto insurer = parseInsurerNumber(action.insurerNumber);
    if (!insurer || isUnknownInsurerPlaceholder(insurer->digits)) {
        return fail(StaffActionRefusal{"desk.action.bad_insurer_number"});
    }
    if (action.number.empty()) return fail(StaffActionRefusal{"desk.action.number_missing"});
    if (!action.branch.empty() && (action.branch.size() != 2 || !allDigits(action.branch))) {
        return fail(StaffActionRefusal{"desk.action.bad_branch"});
    }
    Qualification q;
    q.source = source;
    q.insurerNumber = insurer->digits;
    q.symbol = action.symbol;
    q.number = action.number;
    q.branch = action.branch;
    return q;
}

}  // namespace

bool bringsNumbers(StaffActionKind kind) {
    switch (kind) {
        case StaffActionKind::ProofSeen:
        case StaffActionKind::NothingChanged:
        case StaffActionKind::NumbersReportedLater:
        case StaffActionKind::SystemFailureLookUp:
            return true;
        case StaffActionKind::ValidCardSeen:
        case StaffActionKind::SelfPayKept:
        case StaffActionKind::IdentityConfirmed:
        case StaffActionKind::ClaimWorkFinished:
            return false;
    }
    return false;
}

std::vector<StaffActionKind> staffActionsFor(const CheckInRecord& record) {
    std::vector<StaffActionKind> actions;
    if (record.status == RecordStatus::Closed) return actions;
    const bool confirmedAtTerminal =
        record.outcome == EligibilityOutcome::Valid && record.proofPath == ProofPath::None;
    if (!confirmedAtTerminal) {
        actions.push_back(StaffActionKind::ProofSeen);
        actions.push_back(StaffActionKind::NothingChanged);
        actions.push_back(StaffActionKind::SystemFailureLookUp);
        if (record.status == RecordStatus::AwaitingInsurerNumber || record.declaration) {
            actions.push_back(StaffActionKind::NumbersReportedLater);
        }
    }
    if (isSelfPayVisit(record)) {
        actions.push_back(StaffActionKind::ValidCardSeen);
        actions.push_back(StaffActionKind::SelfPayKept);
    }
    if (record.identityConfirmation == IdentityConfirmation::Denied ||
        record.outcome == EligibilityOutcome::FaceRecognitionFailed) {
        actions.push_back(StaffActionKind::IdentityConfirmed);
    }
    actions.push_back(StaffActionKind::ClaimWorkFinished);
    return actions;
}

Result<CheckInRecord, StaffActionRefusal> applyStaffAction(CheckInRecord record,
                                                           const StaffAction& action) {
    const auto offered = staffActionsFor(record);
    if (std::ranges::find(offered, action.kind) == offered.end()) {
        return fail(StaffActionRefusal{"desk.action.not_for_this_record"});
    }
    switch (action.kind) {
        case StaffActionKind::ProofSeen: {
            if (action.source != QualificationSource::Mynaportal &&
                action.source != QualificationSource::ProofDocument) {
                return fail(StaffActionRefusal{"desk.action.which_proof"});
            }
            auto numbers = numbersOf(action, action.source);
            if (!numbers) return fail(numbers.error());
            record.confirmedQualification = *numbers;
            break;
        }
        case StaffActionKind::NothingChanged: {
            if (action.source != QualificationSource::PastVisitRecord &&
                action.source != QualificationSource::OralNoChange) {
                return fail(StaffActionRefusal{"desk.action.which_past_visit"});
            }
            auto numbers = numbersOf(action, action.source);
            if (!numbers) return fail(numbers.error());
            record.confirmedQualification = *numbers;
            // The notice §2(2): the oral "nothing changed" counts as a 申立書.
            record.declarationDeemedByStaff = true;
            break;
        }
        case StaffActionKind::NumbersReportedLater: {
            auto numbers = numbersOf(action, QualificationSource::OralNoChange);
            if (!numbers) return fail(numbers.error());
            record.confirmedQualification = *numbers;
            break;
        }
        case StaffActionKind::SystemFailureLookUp: {
            auto numbers = numbersOf(action, QualificationSource::SystemFailureMode);
            if (!numbers) return fail(numbers.error());
            record.confirmedQualification = *numbers;
            break;
        }
        case StaffActionKind::ValidCardSeen:
            record.validCardConfirmedByStaff = true;
            break;
        case StaffActionKind::SelfPayKept:
            break;
        case StaffActionKind::IdentityConfirmed:
            record.identityConfirmation = IdentityConfirmation::Confirmed;
            break;
        case StaffActionKind::ClaimWorkFinished:
            record.status = RecordStatus::Closed;
            return record;
    }
    // Numbers now known: the desk finishes the claim work next.
    if (record.status == RecordStatus::AwaitingInsurerNumber && record.confirmedQualification) {
        record.status = RecordStatus::Open;
    }
    return record;
}

std::vector<FollowUpKind> followUpsSettledBy(StaffActionKind kind) {
    switch (kind) {
        case StaffActionKind::ProofSeen:
            // The numbers seen are the numbers the patient was to report.
            return {FollowUpKind::ConfirmProof, FollowUpKind::ReportInsurerNumber};
        case StaffActionKind::NothingChanged:
        case StaffActionKind::NumbersReportedLater:
            return {FollowUpKind::ReportInsurerNumber};
        case StaffActionKind::SystemFailureLookUp:
            return {FollowUpKind::SystemFailureModeLookup, FollowUpKind::ReportInsurerNumber};
        case StaffActionKind::IdentityConfirmed:
            return {FollowUpKind::ConfirmIdentity};
        case StaffActionKind::ValidCardSeen:
        case StaffActionKind::SelfPayKept:
        case StaffActionKind::ClaimWorkFinished:
            break;
    }
    return {};
}

}  // namespace kiosk
