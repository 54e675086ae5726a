#pragma once
// On what basis the clinic claims for a visit (notice §3, DOMAIN.md §3), and
// the exact numbers and 摘要欄 text the front desk enters.
#include <string>

#include "CheckInRecord.h"
#include "EnumNames.h"
#include "UnknownClaimNumbers.h"

namespace kiosk {

enum class ClaimBasisKind {
    CurrentConfirmed,  // 1: current qualification confirmed (terminal, Mynaportal, proof,
                       // システム障害時モード)
    CurrentFromPatientOrRecords,  // 2: learned orally / from past visits, "nothing changed",
                                  // or the numbers the patient typed on the 申立書
    LostQualification,  // 3: lost qualification (資格（無効） screen or past visits), only
                        // where a valid card was declared or confirmed, never for 生活保護
    UnknownWithDeclaration,  // 4: 申立書 on file, numbers 「不詳」
    NoClaim,                 // nothing to claim with: 10割 unless staff decide otherwise
};

// Stable names, for exports, kioskctl and catalogue keys ("slip.claim.<name>").
template <>
struct EnumNames<ClaimBasisKind> {
    static constexpr std::pair<ClaimBasisKind, std::string_view> table[] = {
        {ClaimBasisKind::CurrentConfirmed, "current_confirmed"},
        {ClaimBasisKind::CurrentFromPatientOrRecords, "current_oral"},
        {ClaimBasisKind::LostQualification, "lost_qualification"},
        {ClaimBasisKind::UnknownWithDeclaration, "unknown_with_declaration"},
        {ClaimBasisKind::NoClaim, "no_claim"},
    };
};

struct ClaimBasis {
    ClaimBasisKind kind = ClaimBasisKind::NoClaim;
    ClaimNumbers numbers;  // insurer number, 記号, 番号 to enter (empty for NoClaim)
    std::string branch;    // 枝番, when known
    std::string tekiyo;    // 摘要欄 text (case 4)
    // The patient is asked to report the insurer number later (説明書).
    bool patientShouldReportNumber = false;
    // The patient said the terminal's name and birth date are not theirs: the
    // numbers may be another person's until staff confirm identity.
    bool holdUntilIdentityConfirmed = false;
};

// 「どれもない」 with nothing staff confirmed since: 10割, no claim to anyone
// (DOMAIN.md §2(3)); a staff confirmation overrides it.
bool isSelfPayVisit(const CheckInRecord& record);

ClaimBasis decideClaimBasis(const CheckInRecord& record, const UnknownClaimPolicy& policy = {});

// The 摘要欄 text for a 不詳 claim: what the 申立書 tells about the patient's
// insurer and how to reach them, so the 審査支払機関 can find the insurer.
std::string tekiyoForUnknownInsurer(const Declaration& declaration);

}  // namespace kiosk
