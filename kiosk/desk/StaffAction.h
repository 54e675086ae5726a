#pragma once
// What a member of staff does to a check-in at the desk (issue 11 item 6),
// each changing the claim basis and the share as the notice says: a proof
// seen at the counter (§3 case 1), a returning patient's "nothing changed"
// with the past visit's numbers (§2(2), case 2), numbers the patient reports
// later, the result of a システム障害時モード look-up (case 1), a valid card
// seen (which lifts 10割), the 10割 kept, the patient confirmed by sight, and
// the claim work finished. Pure: the desk saves the record it returns.
#include <string>
#include <vector>

#include "core/CheckInRecord.h"
#include "core/EnumNames.h"
#include "core/Result.h"
#include "store/FollowUp.h"

namespace kiosk {

enum class StaffActionKind {
    ProofSeen,             // Mynaportal screen or a document, with its numbers
    NothingChanged,        // returning patient: the past visit's numbers
    NumbersReportedLater,  // the patient told the numbers after the visit
    SystemFailureLookUp,   // found in システム障害時モード
    ValidCardSeen,         // a valid insurance card has been issued: 10割 lifted
    SelfPayKept,           // 10割 stands, after staff looked
    IdentityConfirmed,     // staff saw the patient and the terminal's data are theirs
    ClaimWorkFinished,     // nothing left to do: the record may be purged after retention
};

template <>
struct EnumNames<StaffActionKind> {
    static constexpr std::pair<StaffActionKind, std::string_view> table[] = {
        {StaffActionKind::ProofSeen, "proof_seen"},
        {StaffActionKind::NothingChanged, "nothing_changed"},
        {StaffActionKind::NumbersReportedLater, "numbers_reported_later"},
        {StaffActionKind::SystemFailureLookUp, "system_failure_look_up"},
        {StaffActionKind::ValidCardSeen, "valid_card_seen"},
        {StaffActionKind::SelfPayKept, "self_pay_kept"},
        {StaffActionKind::IdentityConfirmed, "identity_confirmed"},
        {StaffActionKind::ClaimWorkFinished, "claim_work_finished"},
    };
};

struct StaffAction {
    StaffActionKind kind = StaffActionKind::ClaimWorkFinished;
    // For the actions that bring numbers: 保険者番号, 記号, 番号, 枝番.
    std::string insurerNumber, symbol, number, branch;
    // ProofSeen: Mynaportal or ProofDocument. NothingChanged: PastVisitRecord
    // (picked from this clinic's records) or OralNoChange (typed).
    QualificationSource source = QualificationSource::ProofDocument;
};

// Why an action cannot be taken on this record, as a catalogue key.
struct StaffActionRefusal {
    std::string key;
};

// The actions that make sense for `record` now, in the order the desk offers them.
std::vector<StaffActionKind> staffActionsFor(const CheckInRecord& record);
// Whether the action brings insurance numbers (the desk asks for them).
bool bringsNumbers(StaffActionKind kind);

// The record after `action`, or why not (numbers that are not numbers, an
// action that does not apply).
Result<CheckInRecord, StaffActionRefusal> applyStaffAction(CheckInRecord record,
                                                           const StaffAction& action);

// The follow-ups an action settles, to be marked done with it.
std::vector<FollowUpKind> followUpsSettledBy(StaffActionKind kind);

}  // namespace kiosk
