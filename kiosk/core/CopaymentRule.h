#pragma once
// 一部負担金の割合: which share of the fee the patient pays at the desk when
// the qualification could not be confirmed online (DOMAIN.md §6, notice §2).
#include <optional>

#include "CivilDate.h"
#include "Declaration.h"

namespace kiosk {

struct CopaymentInput {
    CivilDate birthDate;
    CivilDate visitDate;
    std::optional<InsuranceKind> insuranceKind;
    std::optional<DeclaredShare> declaredShare;
    // From a confirmed qualification (the terminal's ratio): wins over
    // everything. Values outside 1..3 are ignored.
    std::optional<int> knownShareTenths;
};

struct CopaymentPolicy {
    // What to charge a 70+/後期 patient who does not know their share (1..3).
    int unknownElderShareTenths = 3;
};

enum class ShareReason {
    KnownFromQualification,  // the confirmed qualification's ratio
    Preschool,               // 未就学: 2割
    WorkingAge,              // 3割
    DeclaredByPatient,       // 70+ or 後期: what the 申立書 says
    ElderShareUnknown,       // 70+ or 後期 who did not know: the policy's share
    KoukiTickBelow65,        // 後期 ticked below 65: the age rule's share, staff look
    SelfPay,                 // nothing to claim with: 10割 (staff may decide otherwise)
};

struct CopaymentDecision {
    int tenths;
    ShareReason reason;
    bool staffShouldConfirm;

    bool operator==(const CopaymentDecision&) const = default;
};

CopaymentDecision decideCopayment(const CopaymentInput& input, const CopaymentPolicy& policy = {});

// Whether the 申立書 asks for 一部負担金の割合: the 70+ rules apply at the
// visit, or the patient declared 後期 from 65 (a 後期 member younger than 75
// is possible through 障害認定). Not below 65, whatever was ticked.
bool declaredShareIsAsked(const CivilDate& birth, const CivilDate& visit,
                          std::optional<InsuranceKind> kind);

// Last day the 2割 未就学 share applies: the first 31 March on or after the
// day the child reaches 6.
CivilDate preschoolShareLastDay(const CivilDate& birth);
// First day the 70+ (高齢受給者) rules apply: the 1st of the month after the
// month in which the person reaches 70.
CivilDate elderRulesFirstDay(const CivilDate& birth);
// The 75th birthday: 後期高齢者 from that day.
CivilDate koukiFirstDay(const CivilDate& birth);

}  // namespace kiosk
