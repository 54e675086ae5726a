#pragma once
// What the patient pays at the counter for a check-in record (notice §2):
// the share a confirmed qualification states, else the age rules with what
// the 申立書 declared, 10割 for a self-pay visit, and nothing yet where staff
// decide once they have seen the Mynaportal screen or the document. The
// kiosk's finish screen and the front-desk slip both show this.
#include <optional>

#include "CheckInRecord.h"
#include "CopaymentRule.h"

namespace kiosk {

std::optional<CopaymentDecision> decideCounterShare(const CheckInRecord& record,
                                                    const CopaymentPolicy& policy = {});

}  // namespace kiosk
