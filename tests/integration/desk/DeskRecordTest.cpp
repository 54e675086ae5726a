// Issue 11 items 5, 6, 10: the record open at a desk. Opening is audited once
// under the login; a staff action changes the claim, settles the follow-ups it
// answers and is one named audit entry; an action on a record another desk
// changed meanwhile is refused and the newer record shown; finishing the
// claim work sets the purge date.
#include <gtest/gtest.h>

#include "core/ClaimBasis.h"
#include "desk/DeskRecord.h"
#include "integration/store/SampleRecords.h"
#include "integration/store/StoreFileTest.h"

namespace kiosk {
namespace {

class DeskRecordTest : public test::StoreFileTest {
protected:
    void SetUp() override {
        deskA_ = openStore();
        deskB_ = openStore();
        CheckInRecord r = test::sampleRecord(8);
        // The terminal did not answer: Mynaportal can prove the qualification
        // (not after 資格（無効） or 資格情報なし, DOMAIN.md §2.1).
        r.outcome = EligibilityOutcome::NoAnswer;
        r.proofPath = ProofPath::Mynaportal;
        r.confirmedQualification.reset();
        r.status = RecordStatus::Open;
        NewCheckIn checkIn{r, {}, {{FollowUpKind::ConfirmProof, today_, ""}}};
        auto saved = deskA_->createCheckIn(checkIn, "kiosk:1");
        ASSERT_TRUE(saved) << saved.error().message;
        id_ = saved->recordId;
    }

    StaffAction proofSeen() const {
        StaffAction action;
        action.kind = StaffActionKind::ProofSeen;
        action.source = QualificationSource::Mynaportal;
        action.insurerNumber = "06470017";
        action.symbol = "12";
        action.number = "34";
        return action;
    }

    CivilDate today_ = *CivilDate::make(2026, 12, 3);
    std::unique_ptr<SqliteRecordStore> deskA_, deskB_;
    std::int64_t id_ = 0;
};

TEST_F(DeskRecordTest, AProofSeenIsSavedSettlesItsFollowUpAndNamesWhoDidIt) {
    DeskRecord record = DeskRecord::open(*deskA_, id_, "sato", {});
    ASSERT_TRUE(record.content()) << record.problem();
    EXPECT_TRUE(std::ranges::find(record.actions(), StaffActionKind::ProofSeen) !=
                record.actions().end());
    record.act(*deskA_, proofSeen(), record.revision(), "sato", today_);
    EXPECT_TRUE(record.takeChanged()) << record.message();
    const auto stored = deskA_->get(id_).value();
    EXPECT_EQ(decideClaimBasis(stored.record).kind, ClaimBasisKind::CurrentConfirmed);
    EXPECT_TRUE(deskA_->openFollowUps().value().empty()) << "the proof was the follow-up";
    const auto& history = record.history();
    ASSERT_FALSE(history.empty());
    const auto action =
        std::ranges::find(history, std::string("staff_action"), &AuditEntry::action);
    ASSERT_NE(action, history.end());
    EXPECT_EQ(action->actor, "sato");
    EXPECT_EQ(std::ranges::count(history, std::string("view_record"), &AuditEntry::action), 1);
}

TEST_F(DeskRecordTest, AnActionOnARecordAnotherDeskChangedIsRefusedAndTheNewerOneShown) {
    DeskRecord onA = DeskRecord::open(*deskA_, id_, "sato", {});
    DeskRecord onB = DeskRecord::open(*deskB_, id_, "suzuki", {});
    onB.act(*deskB_, proofSeen(), onB.revision(), "suzuki", today_);
    ASSERT_TRUE(onB.takeChanged()) << onB.message();

    StaffAction other = proofSeen();
    other.number = "99";
    onA.act(*deskA_, other, onA.revision(), "sato", today_);
    EXPECT_FALSE(onA.takeChanged()) << "a silent overwrite";
    EXPECT_EQ(onA.message().find("ほかの画面で先に変更されました"), 0u) << onA.message();
    EXPECT_EQ(onA.revision(), deskA_->get(id_).value().revision) << "the newer record shown";
    EXPECT_EQ(deskA_->get(id_).value().record.confirmedQualification->number, "34");
}

// The desk shows another desk's change as soon as the file tells it (reload),
// while staff are still filling in a form: the save is against what they saw
// when they chose the action, so it is refused, not laid over the other.
TEST_F(DeskRecordTest, AFormFilledWhileAnotherDeskSavedIsRefusedThoughTheDeskReloaded) {
    DeskRecord onA = DeskRecord::open(*deskA_, id_, "sato", {});
    const auto seen = onA.revision();  // sato opens the form now
    DeskRecord onB = DeskRecord::open(*deskB_, id_, "suzuki", {});
    onB.act(*deskB_, proofSeen(), onB.revision(), "suzuki", today_);
    ASSERT_TRUE(onB.takeChanged()) << onB.message();
    onA.reload(*deskA_);  // the list saw the file change
    StaffAction other = proofSeen();
    other.number = "99";
    onA.act(*deskA_, other, seen, "sato", today_);
    EXPECT_FALSE(onA.takeChanged());
    EXPECT_EQ(deskA_->get(id_).value().record.confirmedQualification->number, "34");
}

TEST_F(DeskRecordTest, MynaportalIsRefusedAfterALostQualification) {
    auto stored = deskA_->get(id_).value();
    stored.record.outcome = EligibilityOutcome::Lost;
    ASSERT_TRUE(deskA_->update(stored.record, stored.revision, "kiosk:1"));
    DeskRecord record = DeskRecord::open(*deskA_, id_, "sato", {});
    EXPECT_FALSE(record.mynaportalCanProve());
    record.act(*deskA_, proofSeen(), record.revision(), "sato", today_);
    EXPECT_FALSE(record.takeChanged());
    EXPECT_NE(record.message().find("マイナポータルでも"), std::string::npos) << record.message();
}

TEST_F(DeskRecordTest, NumbersThatCannotBeClaimedWithAreRefusedInWords) {
    DeskRecord record = DeskRecord::open(*deskA_, id_, "sato", {});
    StaffAction bad = proofSeen();
    bad.insurerNumber = "06470018";
    const auto revision = record.revision();
    record.act(*deskA_, bad, record.revision(), "sato", today_);
    EXPECT_FALSE(record.takeChanged());
    EXPECT_NE(record.message().find("保険者番号が正しくありません"), std::string::npos);
    EXPECT_EQ(deskA_->get(id_).value().revision, revision) << "nothing saved";
}

TEST_F(DeskRecordTest, FinishingTheClaimWorkClosesAndSetsThePurgeDate) {
    DeskRecord record = DeskRecord::open(*deskA_, id_, "sato", {Language::Japanese, 30});
    StaffAction finish;
    finish.kind = StaffActionKind::ClaimWorkFinished;
    record.act(*deskA_, finish, record.revision(), "sato", today_);
    EXPECT_FALSE(record.takeChanged()) << "the proof is still to be seen";
    EXPECT_NE(record.message().find("フォローアップが残っています"), std::string::npos);
    record.act(*deskA_, proofSeen(), record.revision(), "sato", today_);
    ASSERT_TRUE(record.takeChanged()) << record.message();
    record.act(*deskA_, finish, record.revision(), "sato", today_);
    ASSERT_TRUE(record.takeChanged()) << record.message();
    const auto stored = deskA_->get(id_).value();
    EXPECT_EQ(stored.record.status, RecordStatus::Closed);
    EXPECT_EQ(stored.purgeAfter, today_.plusDays(30));
    EXPECT_TRUE(record.actions().empty());
}

}  // namespace
}  // namespace kiosk
