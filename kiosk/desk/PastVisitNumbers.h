#pragma once
// The numbers this clinic claimed with at a patient's earlier visits: what a
// returning patient's "nothing changed" (notice §2(2)) is claimed with, picked
// at the desk rather than typed again.
#include <string>
#include <vector>

#include "store/StoredRecord.h"

namespace kiosk {

struct PastVisitNumbers {
    CivilDate visitDate = *CivilDate::make(2000, 1, 1);
    std::string insurerNumber, symbol, number, branch;
};

// From `earlier` (any records, in any order), the same person's visits
// before `record`'s with numbers a claim was made with, newest first, each
// set of numbers once.
std::vector<PastVisitNumbers> pastVisitNumbers(const CheckInRecord& record,
                                               const std::vector<StoredRecord>& earlier);

}  // namespace kiosk
