#pragma once
// The clinic's own records of a patient, as the 2023-07-04 事務連絡 uses them:
// at a first visit, or after a change of insurer, the terminal's data must be
// confirmed with the patient even when the check is valid (a mis-linked
// record looks valid), while a return visit is compared with earlier records.
#include <span>

#include "CheckInRecord.h"

namespace kiosk {

// Who the record is about: the 申立書's when there is one, else the
// terminal's view.
IdentityFields patientIdentityOf(const CheckInRecord& record);

// Same birth date and the same name, in kanji or in kana, once widths,
// spaces and variant kanji are folded. Missing items never match.
bool samePerson(const IdentityFields& a, const IdentityFields& b);

// The insurer number the record was (or will be) claimed with; "" if none.
std::string insurerNumberOf(const CheckInRecord& record);

// Whether to ask 「ご本人の情報ですか？」 after a valid check: no earlier visit of
// this person with a known insurer, or the latest such visit had another
// insurer. `earlier`: records in any order; other people's are ignored.
bool identityConfirmationNeeded(const IdentityFields& terminal, const Qualification& current,
                                std::span<const CheckInRecord> earlier);

}  // namespace kiosk
