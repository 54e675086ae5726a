// Issue 11 item 4: a list row says which way the check-in went, what to
// charge and whether staff must act, from the record alone.
#include <gtest/gtest.h>

#include "core/RecordEnumNames.h"
#include "desk/DeskRow.h"

namespace kiosk {
namespace {

StoredRecord validAtTheCard() {
    StoredRecord stored;
    CheckInRecord& r = stored.record;
    r.id = 7;
    r.visitDate = *CivilDate::make(2026, 12, 3);
    r.outcome = EligibilityOutcome::Valid;
    r.receptionNumber = 12;
    Qualification q;
    q.insurerNumber = "06139993";
    q.symbol = "1";
    q.number = "2";
    q.shareTenths = 3;
    r.terminalQualification = q;
    r.terminalIdentity =
        IdentityFields{"山田 花子", "ヤマダ ハナコ", Sex::Female, CivilDate::make(1980, 5, 1), ""};
    r.status = RecordStatus::Closed;
    stored.revision = 2;
    return stored;
}

TEST(DeskRow, AValidCheckInAtTheCardNeedsNobody) {
    const DeskRow row = deskRowOf(validAtTheCard());
    EXPECT_EQ(row.recordId, 7);
    EXPECT_EQ(row.revision, 2);
    EXPECT_EQ(row.receptionNumber, 12);
    EXPECT_EQ(row.name, "山田 花子");
    EXPECT_EQ(row.nameKana, "ヤマダ ハナコ");
    EXPECT_EQ(row.path, CheckInPath::Card);
    EXPECT_EQ(row.shareTenths, 3);
    EXPECT_FALSE(row.staffMustAct);
}

TEST(DeskRow, EachWayOfTheNoticeIsNamed) {
    StoredRecord stored = validAtTheCard();
    stored.record.outcome = EligibilityOutcome::Lost;
    const std::pair<ProofPath, CheckInPath> ways[] = {
        {ProofPath::Mynaportal, CheckInPath::Mynaportal},
        {ProofPath::ProofDocument, CheckInPath::ProofShown},
        {ProofPath::Declaration, CheckInPath::DeclarationOnScreen},
        {ProofPath::NothingAvailable, CheckInPath::SelfPay},
    };
    for (const auto& [proof, path] : ways) {
        stored.record.proofPath = proof;
        EXPECT_EQ(deskRowOf(stored).path, path) << enumName(proof);
    }
    stored.record.source = RecordSource::Paper;
    EXPECT_EQ(deskRowOf(stored).path, CheckInPath::Paper);
}

TEST(DeskRow, StaffMustActOnOpenWorkAndOnAPatientWhoSaysTheDataIsNotTheirs) {
    StoredRecord stored = validAtTheCard();
    stored.record.status = RecordStatus::Open;
    EXPECT_TRUE(deskRowOf(stored).staffMustAct);
    stored.record.status = RecordStatus::Closed;
    stored.record.identityConfirmation = IdentityConfirmation::Denied;
    EXPECT_TRUE(deskRowOf(stored).staffMustAct);
}

TEST(DeskRow, NoShareWhileStaffHaveAProofToSee) {
    StoredRecord stored = validAtTheCard();
    stored.record.outcome = EligibilityOutcome::CardProblem;
    stored.record.terminalQualification.reset();
    stored.record.proofPath = ProofPath::Mynaportal;
    EXPECT_EQ(deskRowOf(stored).shareTenths, std::nullopt);
}

TEST(DeskRow, TheDeclarationNamesThePatientBeforeTheTerminal) {
    StoredRecord stored = validAtTheCard();
    Declaration d;
    d.name = "山田 花子（申立）";
    d.nameKana = "ヤマダ ハナコ";
    stored.record.declaration = d;
    EXPECT_EQ(deskRowOf(stored).name, "山田 花子（申立）");
}

}  // namespace
}  // namespace kiosk
