#include "CheckInPath.h"

namespace kiosk {

CheckInPath checkInPathOf(const CheckInRecord& record) {
    if (record.source == RecordSource::Paper) return CheckInPath::Paper;
    switch (record.proofPath) {
        case ProofPath::Mynaportal:
            return CheckInPath::Mynaportal;
        case ProofPath::ProofDocument:
            return CheckInPath::ProofShown;
        case ProofPath::Declaration:
            return CheckInPath::DeclarationOnScreen;
        case ProofPath::NothingAvailable:
            return CheckInPath::SelfPay;
        case ProofPath::None:
            break;
    }
    return record.outcome == EligibilityOutcome::NotChecked ? CheckInPath::Unfinished
                                                            : CheckInPath::Card;
}

}  // namespace kiosk
