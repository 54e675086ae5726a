#include "DeskRow.h"

#include "core/CounterShare.h"
#include "core/VisitHistory.h"

namespace kiosk {

DeskRow deskRowOf(const StoredRecord& stored) {
    const CheckInRecord& record = stored.record;
    DeskRow row;
    row.recordId = record.id;
    row.revision = stored.revision;
    row.receptionNumber = record.receptionNumber;
    row.visitDate = record.visitDate;
    row.createdAt = stored.createdAt;
    const IdentityFields who = patientIdentityOf(record);
    row.name = who.name;
    row.nameKana = who.nameKana;
    row.birthDate = who.birthDate;
    row.outcome = record.outcome;
    row.path = checkInPathOf(record);
    if (auto share = decideCounterShare(record)) row.shareTenths = share->tenths;
    row.status = record.status;
    const bool identityToSee =
        record.identityConfirmation == IdentityConfirmation::Denied ||
        (record.identityCheck && !record.identityCheck->itemsToShowStaff().empty());
    row.staffMustAct = record.status == RecordStatus::Open || identityToSee;
    return row;
}

}  // namespace kiosk
