#include "PastVisitNumbers.h"

#include <algorithm>

#include "core/ClaimBasis.h"
#include "core/InsurerNumber.h"
#include "core/VisitHistory.h"

namespace kiosk {

std::vector<PastVisitNumbers> pastVisitNumbers(const CheckInRecord& record,
                                               const std::vector<StoredRecord>& earlier) {
    const IdentityFields who = patientIdentityOf(record);
    std::vector<const CheckInRecord*> visits;
    for (const auto& stored : earlier) {
        const CheckInRecord& other = stored.record;
        if (other.id == record.id || other.visitDate > record.visitDate) continue;
        if (samePerson(who, patientIdentityOf(other))) visits.push_back(&other);
    }
    std::ranges::sort(visits, [](const CheckInRecord* a, const CheckInRecord* b) {
        return a->visitDate != b->visitDate ? a->visitDate > b->visitDate : a->id > b->id;
    });
    std::vector<PastVisitNumbers> found;
    for (const CheckInRecord* visit : visits) {
        const ClaimBasis claim = decideClaimBasis(*visit);
        const bool current = claim.kind == ClaimBasisKind::CurrentConfirmed ||
                             claim.kind == ClaimBasisKind::CurrentFromPatientOrRecords;
        if (!current || isUnknownInsurerPlaceholder(claim.numbers.insurerNumber)) continue;
        PastVisitNumbers numbers{visit->visitDate, claim.numbers.insurerNumber,
                                 claim.numbers.symbol, claim.numbers.number, claim.branch};
        const bool seen = std::ranges::any_of(found, [&](const PastVisitNumbers& f) {
            return f.insurerNumber == numbers.insurerNumber && f.symbol == numbers.symbol &&
                   f.number == numbers.number && f.branch == numbers.branch;
        });
        if (!seen) found.push_back(std::move(numbers));
    }
    return found;
}

}  // namespace kiosk
