#pragma once
// What the front desk still has to do after a patient's check-in, decided
// from the saved record (notice §2, §3; DOMAIN.md §2 fall-backs). Notes are
// instructions for staff and never repeat the patient's data.
#include <string>
#include <vector>

#include "core/CheckInRecord.h"
#include "store/FollowUp.h"

namespace kiosk {

// Saved with the record, in the same transaction (RecordStore::createCheckIn).
std::vector<NewFollowUp> planFollowUps(const CheckInRecord& record);

}  // namespace kiosk
