#include "CounterShare.h"

#include "ClaimBasis.h"

namespace kiosk {

namespace {

std::optional<int> confirmedShare(const CheckInRecord& record) {
    if (record.confirmedQualification && record.confirmedQualification->current) {
        return record.confirmedQualification->shareTenths;
    }
    if (record.outcome == EligibilityOutcome::Valid && record.terminalQualification) {
        return record.terminalQualification->shareTenths;
    }
    return std::nullopt;
}

}  // namespace

std::optional<CopaymentDecision> decideCounterShare(const CheckInRecord& record,
                                                    const CopaymentPolicy& policy) {
    // Staff may decide otherwise for a known returning patient.
    if (isSelfPayVisit(record)) return CopaymentDecision{10, ShareReason::SelfPay, true};
    const bool awaitingStaff = (record.proofPath == ProofPath::Mynaportal ||
                                record.proofPath == ProofPath::ProofDocument) &&
                               !record.confirmedQualification;
    if (awaitingStaff) return std::nullopt;
    // Medical aid has no insurance share; what is owed depends on the 医療券.
    if (record.outcome == EligibilityOutcome::MedicalAidNotRegistered &&
        !record.confirmedQualification) {
        return std::nullopt;
    }

    const Declaration* d = record.declaration ? &*record.declaration : nullptr;
    // What the patient declared, else what the terminal shows.
    auto birth = d ? d->birthDate : std::nullopt;
    if (!birth && record.terminalIdentity) birth = record.terminalIdentity->birthDate;
    const auto known = confirmedShare(record);
    if (!birth && !(known && *known >= 1 && *known <= 3)) return std::nullopt;
    CopaymentInput input{birth.value_or(record.visitDate), record.visitDate,
                         d ? d->insuranceKind : std::nullopt, d ? d->declaredShare : std::nullopt,
                         known};
    CopaymentDecision decision = decideCopayment(input, policy);
    // "Not me": the terminal's ratio may be another person's.
    if (record.identityConfirmation == IdentityConfirmation::Denied) {
        decision.staffShouldConfirm = true;
    }
    return decision;
}

}  // namespace kiosk
