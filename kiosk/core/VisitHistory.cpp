#include "VisitHistory.h"

#include "KanaText.h"

namespace kiosk {

namespace {

bool sameNonEmpty(const std::string& a, const std::string& b,
                  std::string (*key)(std::string_view)) {
    return !a.empty() && !b.empty() && key(a) == key(b);
}

}  // namespace

IdentityFields patientIdentityOf(const CheckInRecord& record) {
    // The signed 申立書 is who came; a lost or unmatched terminal record may be
    // somebody else's (the mis-linked records of the 2023-07-04 事務連絡).
    if (record.declaration) return identityOf(*record.declaration);
    if (record.terminalIdentity) return *record.terminalIdentity;
    return {};
}

bool samePerson(const IdentityFields& a, const IdentityFields& b) {
    if (!a.birthDate || a.birthDate != b.birthDate) return false;
    return sameNonEmpty(a.name, b.name, nameMatchKey) ||
           sameNonEmpty(a.nameKana, b.nameKana, katakanaMatchKey);
}

std::string insurerNumberOf(const CheckInRecord& record) {
    if (record.confirmedQualification && record.confirmedQualification->current) {
        return record.confirmedQualification->insurerNumber;
    }
    if (record.outcome == EligibilityOutcome::Valid && record.terminalQualification) {
        return record.terminalQualification->insurerNumber;
    }
    return "";
}

bool identityConfirmationNeeded(const IdentityFields& terminal, const Qualification& current,
                                std::span<const CheckInRecord> earlier) {
    // Only visits whose insurer is known tell whether it changed; visits
    // without one (a 申立書 claimed 「不詳」) leave the question open, and a
    // visit where the patient said "not me" proves no link at all.
    const CheckInRecord* latest = nullptr;
    for (const auto& record : earlier) {
        if (!samePerson(terminal, patientIdentityOf(record)) || insurerNumberOf(record).empty() ||
            record.identityConfirmation == IdentityConfirmation::Denied) {
            continue;
        }
        if (latest == nullptr || latest->visitDate < record.visitDate ||
            (latest->visitDate == record.visitDate && latest->id < record.id)) {
            latest = &record;
        }
    }
    return latest == nullptr || insurerNumberOf(*latest) != current.insurerNumber;
}

}  // namespace kiosk
