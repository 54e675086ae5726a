#include <gtest/gtest.h>

#include "FlowFixture.h"
#include "flow/CheckInFlow.h"

using namespace kiosk;
using kiosk::test::at;
using kiosk::test::kVisit;
using kiosk::test::shippedDeclarationTemplate;

namespace {

CheckAnswer answerWith(EligibilityOutcome outcome) {
    CheckAnswer a;
    a.outcome = outcome;
    a.identity.name = "山田　太郎";
    a.identity.nameKana = "ﾔﾏﾀﾞ ﾀﾛｳ";
    a.identity.birthDate = CivilDate::make(1981, 4, 12);
    a.identity.sex = Sex::Male;
    a.identity.address = "東京都千代田区霞が関1-2-2";
    if (outcome == EligibilityOutcome::Valid || outcome == EligibilityOutcome::Lost) {
        Qualification q;
        q.insurerNumber = "06139998";
        q.symbol = "12";
        q.number = "345";
        q.current = outcome == EligibilityOutcome::Valid;
        q.shareTenths = 3;
        a.qualification = q;
    }
    return a;
}

class CheckInFlowTest : public ::testing::Test {
protected:
    explicit CheckInFlowTest(bool reader = false)
        : flow(shippedDeclarationTemplate(), FlowSettings{reader, {}, {}}) {}

    // Welcome → card → the given outcome.
    void checkIn(EligibilityOutcome outcome) {
        flow.start(kVisit, at(0));
        flow.cardPlaced(at(1));
        ASSERT_EQ(flow.screen(), FlowScreen::Checking);
        flow.checkAnswered(answerWith(outcome), at(2));
    }

    // The app's side of saving: returns the record it was asked to save.
    CheckInRecord save(std::int64_t id = 42) {
        auto record = flow.recordToSave();
        EXPECT_TRUE(record.has_value());
        flow.recordSaved(id, at(3));
        return record.value_or(CheckInRecord{});
    }

    // Fills every wizard step from the first one to the signature.
    void fillDeclaration() {
        auto& v = flow.wizard().values();
        v.set("has_valid_insurance_card", "true");
        v.set("insurance_kind", "shaho");
        v.set("employer_name", "株式会社サンプル");
        v.set("issued_when", "within_one_month");
        v.set("phone", "09012345678");
        for (int i = 0; i < 30 && flow.screen() == FlowScreen::DeclarationStep; ++i)
            flow.next(at(10));
    }

    CheckInFlow flow;
};

class CheckInFlowWithReader : public CheckInFlowTest {
protected:
    CheckInFlowWithReader() : CheckInFlowTest(true) {}
};

}  // namespace

TEST_F(CheckInFlowTest, ValidCardChecksInAndClosesTheRecord) {
    checkIn(EligibilityOutcome::Valid);
    auto record = save();
    EXPECT_EQ(flow.screen(), FlowScreen::Finished);
    EXPECT_EQ(record.outcome, EligibilityOutcome::Valid);
    EXPECT_EQ(record.status, RecordStatus::Closed);
    EXPECT_EQ(record.proofPath, ProofPath::None);
    EXPECT_EQ(record.visitDate, kVisit);
    EXPECT_EQ(record.templateId, shippedDeclarationTemplate().id);
    ASSERT_TRUE(record.terminalQualification);
    EXPECT_EQ(record.terminalQualification->insurerNumber, "06139998");
    EXPECT_FALSE(record.declaration);
    ASSERT_TRUE(flow.counterShare());
    EXPECT_EQ(flow.counterShare()->tenths, 3);
    EXPECT_EQ(flow.savedRecordId(), 42);
}

TEST_F(CheckInFlowTest, EveryFailedOutcomeLeadsToTheFourChoices) {
    for (auto outcome : {EligibilityOutcome::Lost, EligibilityOutcome::NotRegistered,
                         EligibilityOutcome::MultipleMatches, EligibilityOutcome::TerminalError,
                         EligibilityOutcome::NoAnswer, EligibilityOutcome::CardProblem}) {
        flow.reset();
        checkIn(outcome);
        EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed) << static_cast<int>(outcome);
        EXPECT_FALSE(flow.recordToSave()) << "nothing is saved before the patient chooses";
        ASSERT_TRUE(flow.answer());
        EXPECT_EQ(flow.answer()->outcome, outcome);
    }
}

TEST_F(CheckInFlowTest, PathA_MynaportalIsNotedForTheCounter) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Mynaportal, at(5));
    EXPECT_EQ(flow.screen(), FlowScreen::MynaportalHandOff);
    flow.next(at(6));
    auto record = save();
    EXPECT_EQ(flow.screen(), FlowScreen::Finished);
    EXPECT_EQ(record.proofPath, ProofPath::Mynaportal);
    EXPECT_EQ(record.status, RecordStatus::Open);
    EXPECT_FALSE(record.declaration);
    EXPECT_FALSE(flow.counterShare()) << "staff decide after seeing the screen";
}

TEST_F(CheckInFlowTest, PathB_ProofDocumentIsNotedForTheCounter) {
    checkIn(EligibilityOutcome::NoAnswer);
    flow.choose(FailureChoice::ProofDocument, at(5));
    EXPECT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
    flow.next(at(6));
    EXPECT_EQ(save().proofPath, ProofPath::ProofDocument);
}

TEST_F(CheckInFlowTest, PathC_DeclarationIsFilledReviewedSignedAndSaved) {
    checkIn(EligibilityOutcome::Lost);
    flow.choose(FailureChoice::Declaration, at(5));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationIntro);
    flow.next(at(6));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep) << "no reader: straight to the form";
    // 資格（無効） still showed who the person is: those items are pre-filled.
    EXPECT_EQ(flow.wizard().values().get("name"), "山田　太郎");
    EXPECT_EQ(flow.wizard().values().get("birth_date"), "1981-04-12");
    EXPECT_EQ(flow.wizard().values().get("written_on"), kVisit.iso());
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "ヤマダ　タロウ") << "half-width normalised";
    EXPECT_EQ(flow.wizard().prefilled().count("address"), 1u);
    fillDeclaration();
    ASSERT_EQ(flow.screen(), FlowScreen::Review);
    flow.next(at(20));
    ASSERT_EQ(flow.screen(), FlowScreen::Signature);
    flow.next(at(21));
    EXPECT_FALSE(flow.recordToSave()) << "no record without a signature";
    flow.signatureGiven({0x89, 'P', 'N', 'G'}, at(22));
    flow.next(at(23));
    auto record = save();
    EXPECT_EQ(flow.screen(), FlowScreen::Finished);
    EXPECT_EQ(record.proofPath, ProofPath::Declaration);
    EXPECT_EQ(record.outcome, EligibilityOutcome::Lost);
    ASSERT_TRUE(record.declaration);
    EXPECT_TRUE(record.declaration->hasSignature);
    EXPECT_EQ(record.declaration->employerName, "株式会社サンプル");
    EXPECT_EQ(record.declaration->nameKana, "ヤマダ　タロウ");
    EXPECT_EQ(record.declaration->writtenOn, kVisit);
    ASSERT_TRUE(record.terminalQualification) << "the lost qualification is kept for the claim";
    EXPECT_FALSE(record.terminalQualification->current);
    ASSERT_TRUE(flow.counterShare());
    EXPECT_EQ(flow.counterShare()->tenths, 3);
}

TEST_F(CheckInFlowWithReader, PathC_CardReadPrefillsOrCanBeSkipped) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, at(5));
    flow.next(at(6));
    ASSERT_EQ(flow.screen(), FlowScreen::CardPin);
    IdentityFields face;
    face.name = "髙橋　花子";
    face.address = "大阪府大阪市北区1-1";
    face.birthDate = CivilDate::make(1950, 3, 1);
    face.sex = Sex::Female;
    flow.cardRead(face, at(7));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().values().get("name"), "髙橋　花子");
    EXPECT_EQ(flow.wizard().values().get("sex"), "female");

    flow.back(at(8));
    EXPECT_EQ(flow.screen(), FlowScreen::CardPin);
    flow.skipCardRead(at(9));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
}

TEST_F(CheckInFlowTest, PathD_NothingAvailableMeansTheFullFee) {
    checkIn(EligibilityOutcome::CardProblem);
    flow.choose(FailureChoice::NothingAvailable, at(5));
    EXPECT_EQ(flow.screen(), FlowScreen::NothingAvailable);
    flow.next(at(6));
    auto record = save();
    EXPECT_EQ(record.proofPath, ProofPath::NothingAvailable);
    EXPECT_EQ(record.status, RecordStatus::Open) << "staff may decide otherwise";
    ASSERT_TRUE(flow.counterShare());
    EXPECT_EQ(flow.counterShare()->tenths, 10);
}

TEST_F(CheckInFlowTest, ReviewEditReturnsToTheReviewPage) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, at(5));
    flow.next(at(6));
    fillDeclaration();
    ASSERT_EQ(flow.screen(), FlowScreen::Review);
    flow.editField("phone", at(30));
    ASSERT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().step().id, "phone");
    flow.wizard().values().set("phone", "0312345678");
    flow.next(at(31));
    EXPECT_EQ(flow.screen(), FlowScreen::Review);
}

TEST_F(CheckInFlowTest, ReviewWithAProblemSendsThePatientToThatStep) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, at(5));
    flow.next(at(6));
    fillDeclaration();
    ASSERT_EQ(flow.screen(), FlowScreen::Review);
    flow.wizard().values().set("phone", "");  // e.g. cleared meanwhile
    flow.next(at(30));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().step().id, "phone");
}

TEST_F(CheckInFlowTest, BackAlwaysLeadsSomewhereSensible) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Mynaportal, at(5));
    flow.back(at(6));
    EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed);
    flow.back(at(7));
    EXPECT_EQ(flow.screen(), FlowScreen::PlaceCard) << "try the card again";
    EXPECT_FALSE(flow.answer());
    flow.back(at(8));
    EXPECT_EQ(flow.screen(), FlowScreen::Welcome);
}

TEST_F(CheckInFlowTest, LateAndDoubleTapsAreIgnored) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Mynaportal, at(5));
    flow.choose(FailureChoice::NothingAvailable, at(5));  // second tap on the old screen
    EXPECT_EQ(flow.screen(), FlowScreen::MynaportalHandOff);
    flow.cardPlaced(at(6));
    flow.checkAnswered(answerWith(EligibilityOutcome::Valid), at(6));  // a late answer
    EXPECT_EQ(flow.screen(), FlowScreen::MynaportalHandOff);
    EXPECT_EQ(flow.answer()->outcome, EligibilityOutcome::NotRegistered);
}

TEST_F(CheckInFlowTest, CancelledCheckIgnoresItsLateAnswer) {
    flow.start(kVisit, at(0));
    flow.cardPlaced(at(1));
    flow.back(at(2));
    EXPECT_EQ(flow.screen(), FlowScreen::PlaceCard);
    flow.checkAnswered(answerWith(EligibilityOutcome::Valid), at(3));
    EXPECT_EQ(flow.screen(), FlowScreen::PlaceCard);
    EXPECT_FALSE(flow.recordToSave());
}

TEST_F(CheckInFlowTest, FailedSaveLosesNothingAndCanBeRetried) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::NothingAvailable, at(5));
    flow.next(at(6));
    ASSERT_TRUE(flow.recordToSave());
    flow.recordNotSaved(at(7));
    EXPECT_TRUE(flow.saveFailed());
    EXPECT_EQ(flow.screen(), FlowScreen::NothingAvailable);
    EXPECT_FALSE(flow.recordToSave());
    flow.next(at(8));  // retry
    EXPECT_FALSE(flow.saveFailed());
    EXPECT_EQ(save().proofPath, ProofPath::NothingAvailable);
}

TEST_F(CheckInFlowTest, FailedSaveAfterAValidCheckCanBeRetried) {
    checkIn(EligibilityOutcome::Valid);
    flow.recordNotSaved(at(3));
    EXPECT_TRUE(flow.saveFailed());
    flow.next(at(4));
    EXPECT_EQ(save().outcome, EligibilityOutcome::Valid);
    EXPECT_EQ(flow.screen(), FlowScreen::Finished);
}

TEST_F(CheckInFlowTest, CallingStaffKeepsEverythingEntered) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, at(5));
    flow.next(at(6));
    flow.wizard().values().set("phone", "09012345678");
    flow.callStaff(at(7));
    EXPECT_TRUE(flow.staffCalled());
    flow.staffDone(at(8));
    EXPECT_FALSE(flow.staffCalled());
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().values().get("phone"), "09012345678");
}

TEST_F(CheckInFlowTest, IdleResetWipesEverythingOfThePatient) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, at(5));
    flow.next(at(6));
    flow.wizard().values().set("phone", "09012345678");
    EXPECT_EQ(flow.tick(at(60)), IdleState::Active);
    EXPECT_FALSE(flow.idleWarning(at(60)));
    EXPECT_EQ(flow.tick(at(66)), IdleState::Warning);
    EXPECT_TRUE(flow.idleWarning(at(66)));
    EXPECT_EQ(flow.idleSecondsLeft(at(66)), 20);
    EXPECT_EQ(flow.tick(at(86)), IdleState::ResetNow);
    EXPECT_EQ(flow.screen(), FlowScreen::Welcome);
    EXPECT_FALSE(flow.answer());
    EXPECT_TRUE(flow.wizard().values().all().empty());
    EXPECT_TRUE(flow.wizard().prefilled().empty());
    EXPECT_TRUE(flow.signaturePng().empty());
    EXPECT_FALSE(flow.recordToSave());
}

TEST_F(CheckInFlowTest, TouchDuringTheWarningKeepsThePatientsWork) {
    checkIn(EligibilityOutcome::NotRegistered);
    EXPECT_EQ(flow.tick(at(63)), IdleState::Warning);
    flow.touched(at(70));
    EXPECT_EQ(flow.tick(at(85)), IdleState::Active);
    EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed);
}

TEST_F(CheckInFlowTest, FinishScreenClearsItselfAndWelcomeNeverTimesOut) {
    checkIn(EligibilityOutcome::Valid);
    save();
    EXPECT_EQ(flow.tick(at(17)), IdleState::Active);
    EXPECT_EQ(flow.tick(at(18)), IdleState::ResetNow);
    EXPECT_EQ(flow.screen(), FlowScreen::Welcome);
    EXPECT_FALSE(flow.savedRecordId());
    EXPECT_EQ(flow.tick(at(100000)), IdleState::Active);
}
