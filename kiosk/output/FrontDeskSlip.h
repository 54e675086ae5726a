#pragma once
// The front desk's one-page slip for a check-in: who the patient is, what the
// eligibility check said, the co-payment share and why, the claim basis with
// the exact numbers to enter (or 77777777 / 7s and the 摘要欄 text), and the
// follow-ups still to do.
#include <optional>
#include <vector>

#include "PdfError.h"
#include "PdfSettings.h"
#include "core/ClaimBasis.h"
#include "core/CopaymentRule.h"
#include "store/FollowUp.h"
#include "store/StoredRecord.h"

namespace kiosk {

struct FrontDeskSlip {
    StoredRecord stored;
    ClaimBasis claim;
    // What the counter charges (decideCounterShare): nullopt while staff
    // have a proof to see, or nothing tells the age.
    std::optional<CopaymentDecision> copayment;
    // The record's follow-ups from the store (planned when the check-in was
    // saved); the open ones are listed.
    std::vector<FollowUp> followUps;
};

// The slip for `stored` with its claim basis and co-payment decided by the
// domain rules (DOMAIN.md §3, §6).
FrontDeskSlip frontDeskSlipFor(const StoredRecord& stored, std::vector<FollowUp> followUps,
                               const UnknownClaimPolicy& claimPolicy = {},
                               const CopaymentPolicy& copaymentPolicy = {});

PdfResult<PdfBytes> renderFrontDeskSlip(const FrontDeskSlip& slip, const PdfSettings& settings);

}  // namespace kiosk
