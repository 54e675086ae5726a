#pragma once
// Inputs shared by the PDF tests: the bundled font, and a check-in made with
// the shipped template whose declaration answers every item
// (unit/forms/SampleDeclaration.h, template in unit/forms/ShippedTemplate.h).
#include "core/CheckInRecord.h"
#include "output/PdfSettings.h"
#include "unit/forms/SampleDeclaration.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk::test {

inline PdfSettings bundledFont() {
    return PdfSettings::fromDataDir(KIOSK_SOURCE_DIR);
}

// DOMAIN.md §3 case 4: nothing registered, the patient filled in the 申立書.
inline CheckInRecord declaredRecord(const FormTemplate& form) {
    CheckInRecord r;
    r.id = 42;
    r.templateId = form.id;
    r.templateVersion = form.version;
    r.visitDate = kSampleVisit;
    r.outcome = EligibilityOutcome::NotRegistered;
    r.proofPath = ProofPath::Declaration;
    r.declaration = completeDeclaration();
    r.status = RecordStatus::AwaitingInsurerNumber;
    return r;
}

}  // namespace kiosk::test
