#pragma once
// The way a check-in went, as reception calls it and exports name it: the
// card alone, a proof shown, the 申立書 on screen or on paper, or 10割.
#include "CheckInRecord.h"
#include "EnumNames.h"

namespace kiosk {

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

CheckInPath checkInPathOf(const CheckInRecord& record);

}  // namespace kiosk
