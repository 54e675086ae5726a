#pragma once
// One line of the desk's list of check-ins (issue 11 item 4): who, when, what
// the check said, which way the patient went, what to charge, and whether
// staff must act. Worked out from the record alone, so a list of 20,000
// records needs no second query.
#include <cstdint>
#include <optional>
#include <string>

#include "core/CheckInRecord.h"
#include "core/EnumNames.h"
#include "store/StoredRecord.h"

namespace kiosk {

// The way a check-in went, as reception calls it.
enum class CheckInPath {
    Card,                 // the online check was enough
    Mynaportal,           // the patient showed the Mynaportal screen
    ProofShown,           // 資格確認書, お知らせ or another document
    DeclarationOnScreen,  // 申立書 filled in at the kiosk
    Paper,                // a paper 申立書, scanned or typed by staff
    SelfPay,              // nothing to show: 10割 unless staff decide otherwise
    Unfinished,           // no check answer and no way chosen
};

template <>
struct EnumNames<CheckInPath> {
    static constexpr std::pair<CheckInPath, std::string_view> table[] = {
        {CheckInPath::Card, "card"},
        {CheckInPath::Mynaportal, "mynaportal"},
        {CheckInPath::ProofShown, "proof_shown"},
        {CheckInPath::DeclarationOnScreen, "declaration_on_screen"},
        {CheckInPath::Paper, "paper"},
        {CheckInPath::SelfPay, "self_pay"},
        {CheckInPath::Unfinished, "unfinished"},
    };
};

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

CheckInPath checkInPathOf(const CheckInRecord& record);
DeskRow deskRowOf(const StoredRecord& stored);

}  // namespace kiosk
