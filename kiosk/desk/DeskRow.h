#pragma once
// One line of the desk's list of check-ins (issue 11 item 4): who, when, what
// the check said, which way the patient went, what to charge, and whether
// staff must act. Worked out from the record alone, so a list of 20,000
// records needs no second query.
#include <cstdint>
#include <optional>
#include <string>

#include "core/CheckInPath.h"
#include "store/StoredRecord.h"

namespace kiosk {

struct DeskRow {
    std::int64_t recordId = 0;
    std::int64_t revision = 0;
    std::optional<int> receptionNumber;
    CivilDate visitDate = *CivilDate::make(2000, 1, 1);
    UtcTime createdAt;
    std::string name;      // 漢字氏名 as the 申立書 or the terminal gives it; may be ""
    std::string nameKana;  // full-width katakana
    std::optional<CivilDate> birthDate;
    EligibilityOutcome outcome = EligibilityOutcome::NotChecked;
    CheckInPath path = CheckInPath::Unfinished;
    std::optional<int> shareTenths;  // none while staff have a proof to see
    RecordStatus status = RecordStatus::Open;
    // Open work, or a cross-check or a 「ご本人ではない」 staff must look at.
    bool staffMustAct = false;
};

DeskRow deskRowOf(const StoredRecord& stored);

}  // namespace kiosk
