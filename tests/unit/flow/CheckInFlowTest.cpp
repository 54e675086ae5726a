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
    // Only an answer that found the person says who they are.
    if (outcome != EligibilityOutcome::Valid && outcome != EligibilityOutcome::Lost) return a;
    a.identity.name = "山田　太郎";
    a.identity.nameKana = "ﾔﾏﾀﾞ ﾀﾛｳ";
    a.identity.birthDate = CivilDate::make(1981, 4, 12);
    a.identity.sex = Sex::Male;
    a.identity.address = "東京都千代田区霞が関1-2-2";
    Qualification q;
    q.insurerNumber = "06139998";
    q.symbol = "12";
    q.number = "345";
    q.current = outcome == EligibilityOutcome::Valid;
    q.shareTenths = 3;
    a.qualification = q;
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

    // A terminal that did not answer: nothing is known, the form starts empty.
    void startDeclarationWithNothingKnown() {
        flow.start(kVisit, at(0));
        flow.cardPlaced(at(1));
        CheckAnswer silent;
        silent.outcome = EligibilityOutcome::NoAnswer;
        flow.checkAnswered(silent, at(2));
        flow.choose(FailureChoice::Declaration, at(5));
        flow.next(at(6));
    }

    // A valid check on a first visit, 「ご本人の情報ですか？」 answered no.
    void checkInDenyingTheTerminalsPerson() {
        flow.start(kVisit, at(0));
        flow.cardPlaced(at(1));
        auto answer = answerWith(EligibilityOutcome::Valid);
        answer.confirmIdentity = true;
        flow.checkAnswered(answer, at(2));
        flow.identityAnswered(false, at(3));
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
        v.set("name", "山田　太郎");
        v.set("name_kana", "ヤマダ　タロウ");
        v.set("birth_date", "1981-04-12");
        v.set("sex", "male");
        v.set("has_valid_insurance_card", "true");
        v.set("insurance_kind", "shaho");
        v.set("employer_name", "株式会社サンプル");
        v.set("issued_when", "within_one_month");
        v.set("phone", "09012345678");
        v.set("has_insurance_document", "false");
        v.set("signer_is_patient", "true");
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

// 有効（未登録） (DOMAIN.md §7): medical aid, not insurance; no 申立書, no
// portal, no share to show: the desk checks the 医療券 with the welfare office.
TEST_F(CheckInFlowTest, MedicalAidNotYetRegisteredGoesToTheCounterWithoutADeclaration) {
    checkIn(EligibilityOutcome::MedicalAidNotRegistered);
    EXPECT_TRUE(flow.choices().empty());
    auto record = save();
    EXPECT_EQ(flow.screen(), FlowScreen::Finished);
    EXPECT_EQ(record.outcome, EligibilityOutcome::MedicalAidNotRegistered);
    EXPECT_EQ(record.status, RecordStatus::Open) << "the desk has to act";
    EXPECT_EQ(record.proofPath, ProofPath::None);
    EXPECT_FALSE(record.declaration);
    EXPECT_FALSE(flow.counterShare()) << "what is owed depends on the 医療券";
}

// The face reader answers only once a card is placed, so the kiosk waits
// without a time-out; a reader or terminal that never answers is reported by
// the patient and leads to the outage ways on (notice §2).
TEST_F(CheckInFlowTest, ReaderThatDoesNotAnswerLeadsToTheOutageWaysOn) {
    flow.start(kVisit, at(0));
    EXPECT_TRUE(flow.waitingForCardReader());
    flow.cardNotAnswering(at(40));
    ASSERT_EQ(flow.screen(), FlowScreen::CheckFailed);
    EXPECT_EQ(flow.choices(), failureChoicesFor(EligibilityOutcome::NoAnswer));
    flow.choose(FailureChoice::ProofDocument, at(41));
    flow.next(at(42));
    auto record = save();
    EXPECT_EQ(record.outcome, EligibilityOutcome::NoAnswer);
}

TEST_F(CheckInFlowTest, NotAnsweringIsIgnoredOnceTheCheckHasAnswered) {
    checkIn(EligibilityOutcome::Valid);
    flow.cardNotAnswering(at(5));
    EXPECT_NE(flow.screen(), FlowScreen::CheckFailed);
}

// Issue 9 item 6: a 資格確認書 typed in and found valid by a 保険証情報
// look-up is verified on the spot (claim case 1), once the patient confirms
// the name it belongs to.
class DocumentLookupFlow : public CheckInFlowTest {
protected:
    void typeDocumentNumbers() {
        checkIn(EligibilityOutcome::Lost);
        flow.choose(FailureChoice::ProofDocument, at(5));
        flow.checkDocumentNumbers(at(6));
        ASSERT_EQ(flow.screen(), FlowScreen::DocumentNumbers);
        auto& v = flow.activeWizard().values();
        v.set("insurer_number", "01130012");
        v.set("insured_symbol", "12");
        v.set("insured_number", "345");
        v.set("insured_branch", "01");
        v.set("birth_date", "1981-04-12");
        for (int i = 0; i < 5 && flow.screen() == FlowScreen::DocumentNumbers; ++i)
            flow.next(at(7));
    }
};

TEST_F(DocumentLookupFlow, ValidDocumentConfirmedByThePatientIsAClaimOnTheDocument) {
    typeDocumentNumbers();
    ASSERT_EQ(flow.screen(), FlowScreen::Checking);
    auto lookup = flow.documentLookup();
    ASSERT_TRUE(lookup);
    EXPECT_EQ(*lookup,
              (DocumentNumbers{"01130012", "12", "345", "01", *CivilDate::make(1981, 4, 12)}));
    CheckAnswer found = answerWith(EligibilityOutcome::Valid);
    found.identity.name = "山田　花子";
    flow.checkAnswered(found, at(8));  // the card check's answer path ignores it
    EXPECT_EQ(flow.screen(), FlowScreen::Checking);
    flow.documentChecked(found, at(8));
    ASSERT_EQ(flow.screen(), FlowScreen::ConfirmIdentity);
    EXPECT_EQ(flow.identityToConfirm().name, "山田　花子") << "the document's person is shown";
    flow.identityAnswered(true, at(9));
    auto record = save();
    EXPECT_EQ(record.proofPath, ProofPath::ProofDocument);
    ASSERT_TRUE(record.confirmedQualification);
    EXPECT_EQ(record.confirmedQualification->source, QualificationSource::DocumentLookup);
    EXPECT_EQ(record.confirmedQualification->insurerNumber, "06139998");
    EXPECT_EQ(record.status, RecordStatus::Closed) << "nothing left to look at";
    ASSERT_TRUE(record.identityCheck);
    EXPECT_EQ(record.identityCheck->against, CrossCheckSource::TypedFromDocument);
    ASSERT_TRUE(flow.counterShare());
    EXPECT_EQ(flow.counterShare()->tenths, 3);
}

TEST_F(DocumentLookupFlow, DocumentOfSomeoneElseIsNotClaimedOn) {
    typeDocumentNumbers();
    flow.documentChecked(answerWith(EligibilityOutcome::Valid), at(8));
    flow.identityAnswered(false, at(9));
    auto record = save();
    EXPECT_FALSE(record.confirmedQualification);
    EXPECT_EQ(record.status, RecordStatus::Open);
    EXPECT_TRUE(flow.staffCalled());
}

TEST_F(DocumentLookupFlow, FailedLookUpFallsBackToShowingTheDocument) {
    for (auto outcome : {EligibilityOutcome::NotRegistered, EligibilityOutcome::Lost,
                         EligibilityOutcome::NoAnswer, EligibilityOutcome::TerminalError}) {
        flow.reset();
        typeDocumentNumbers();
        flow.documentChecked(answerWith(outcome), at(8));
        EXPECT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
        EXPECT_TRUE(flow.documentLookupFailed());
        // Only numbers the terminal answered on are called wrong; a silent
        // or failing terminal says nothing about them (UX.md: never the
        // patient's fault).
        EXPECT_EQ(flow.documentLookupUnanswered(), outcome == EligibilityOutcome::NoAnswer ||
                                                       outcome == EligibilityOutcome::TerminalError)
            << static_cast<int>(outcome);
        EXPECT_FALSE(flow.documentLookupRejected()) << static_cast<int>(outcome);
        flow.next(at(9));
        auto record = save();
        EXPECT_EQ(record.proofPath, ProofPath::ProofDocument);
        EXPECT_FALSE(record.confirmedQualification);
        EXPECT_EQ(record.status, RecordStatus::Open);
        // The desk compares what was typed with the document, not types it again.
        ASSERT_TRUE(record.unconfirmedDocument) << static_cast<int>(outcome);
        const Qualification& typed = record.unconfirmedDocument->numbers;
        EXPECT_EQ(typed.insurerNumber, "01130012");
        EXPECT_EQ(typed.symbol, "12");
        EXPECT_EQ(typed.number, "345");
        EXPECT_EQ(typed.branch, "01");
        EXPECT_EQ(record.unconfirmedDocument->lookup, outcome);
    }
}

// Issue 9 review: a look-up the terminal refused (.err) shows the desk the
// terminal's code and message, and nothing of a person the numbers found.
TEST_F(DocumentLookupFlow, ARefusedLookUpKeepsWhatTheTerminalSaidForTheDesk) {
    typeDocumentNumbers();
    CheckAnswer refused = answerWith(EligibilityOutcome::TerminalError);
    refused.terminalCode = "EOQS5001";
    refused.terminalMessage = "被保険者番号等の指定に誤りがあります";
    refused.requestRefused = true;  // returned with a .err
    flow.documentChecked(refused, at(8));
    ASSERT_TRUE(flow.documentLookupRejected());
    EXPECT_FALSE(flow.documentLookupUnanswered());
    // The patient may correct a slip: the numbers typed are still there.
    flow.checkDocumentNumbers(at(9));
    ASSERT_EQ(flow.screen(), FlowScreen::DocumentNumbers);
    EXPECT_EQ(flow.activeWizard().values().get("insurer_number"), "01130012");
    for (int i = 0; i < 5 && flow.screen() == FlowScreen::DocumentNumbers; ++i) flow.next(at(12));
    ASSERT_EQ(flow.screen(), FlowScreen::Checking) << "asked again";
    flow.documentChecked(refused, at(13));
    flow.next(at(14));
    auto record = save();
    ASSERT_TRUE(record.unconfirmedDocument);
    EXPECT_EQ(record.unconfirmedDocument->lookup, EligibilityOutcome::TerminalError);
    EXPECT_EQ(record.unconfirmedDocument->terminalCode, "EOQS5001");
    EXPECT_EQ(record.unconfirmedDocument->terminalMessage, "被保険者番号等の指定に誤りがあります");
}

TEST_F(DocumentLookupFlow, NumbersOfADocumentClaimedOnAreNotKeptTwice) {
    typeDocumentNumbers();
    flow.documentChecked(answerWith(EligibilityOutcome::Valid), at(8));
    flow.identityAnswered(true, at(9));
    EXPECT_FALSE(save().unconfirmedDocument);
}

TEST_F(DocumentLookupFlow, ADocumentShownWithoutALookUpKeepsNoNumbers) {
    checkIn(EligibilityOutcome::Lost);
    flow.choose(FailureChoice::ProofDocument, at(5));
    flow.next(at(6));
    EXPECT_FALSE(save().unconfirmedDocument);
}

TEST_F(DocumentLookupFlow, NumbersAreRequiredBeforeAskingTheTerminal) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::ProofDocument, at(5));
    flow.checkDocumentNumbers(at(6));
    EXPECT_FALSE(flow.activeWizard().stepIsOptional()) << "no 「わからない」 on the look-up";
    flow.next(at(7));
    EXPECT_EQ(flow.screen(), FlowScreen::DocumentNumbers);
    EXPECT_FALSE(flow.activeWizard().problems().empty());
    flow.back(at(8));
    EXPECT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
}

// Notice §1(1)※ and DOMAIN.md §2(1): after 資格（無効） or 資格情報なし Mynaportal
// cannot show a valid qualification; it is offered for device and outage
// failures, not for a card problem (UX.md: a card whose chip or certificate
// fails cannot log in to the portal either).
TEST_F(CheckInFlowTest, EachFailedOutcomeOffersTheWaysOnThatCanWork) {
    using C = FailureChoice;
    const std::pair<EligibilityOutcome, std::vector<C>> cases[] = {
        {EligibilityOutcome::Lost, {C::ProofDocument, C::Declaration, C::NothingAvailable}},
        {EligibilityOutcome::NotRegistered,
         {C::ProofDocument, C::Declaration, C::NothingAvailable}},
        {EligibilityOutcome::MultipleMatches,
         {C::ProofDocument, C::Declaration, C::NothingAvailable}},
        {EligibilityOutcome::CardProblem, {C::ProofDocument, C::Declaration, C::NothingAvailable}},
        {EligibilityOutcome::TerminalError,
         {C::Mynaportal, C::ProofDocument, C::Declaration, C::NothingAvailable}},
        {EligibilityOutcome::NoAnswer,
         {C::Mynaportal, C::ProofDocument, C::Declaration, C::NothingAvailable}},
        {EligibilityOutcome::FaceRecognitionFailed,
         {C::RetryWithPin, C::StaffVisualCheck, C::ProofDocument}},
    };
    for (const auto& [outcome, expected] : cases) {
        SCOPED_TRACE(static_cast<int>(outcome));
        flow.reset();
        checkIn(outcome);
        EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed);
        EXPECT_FALSE(flow.recordToSave()) << "nothing is saved before the patient chooses";
        ASSERT_TRUE(flow.answer());
        EXPECT_EQ(flow.answer()->outcome, outcome);
        EXPECT_EQ(flow.choices(), expected);
    }
}

TEST_F(CheckInFlowTest, MynaportalIsRefusedAfterLostOrNotRegistered) {
    for (auto outcome : {EligibilityOutcome::Lost, EligibilityOutcome::NotRegistered,
                         EligibilityOutcome::MultipleMatches, EligibilityOutcome::CardProblem}) {
        flow.reset();
        checkIn(outcome);
        flow.choose(FailureChoice::Mynaportal, at(5));
        EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed) << static_cast<int>(outcome);
        EXPECT_EQ(flow.proofPath(), ProofPath::None);
    }
}

// 別添2: a failed face recognition is passed with the card's PIN on the reader,
// or by staff comparing the face with the card's photo (目視).
TEST_F(CheckInFlowTest, FaceRecognitionFailureOffersThePinAndAStaffCheck) {
    checkIn(EligibilityOutcome::FaceRecognitionFailed);
    flow.choose(FailureChoice::StaffVisualCheck, at(5));
    EXPECT_TRUE(flow.staffCalled());
    EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed) << "the patient waits for staff here";
    flow.staffDone(at(6));
    flow.choose(FailureChoice::RetryWithPin, at(7));
    EXPECT_EQ(flow.screen(), FlowScreen::PlaceCard);
    EXPECT_FALSE(flow.answer());
    flow.cardPlaced(at(8));
    flow.checkAnswered(answerWith(EligibilityOutcome::Valid), at(9));
    EXPECT_EQ(save().outcome, EligibilityOutcome::Valid);
}

TEST_F(CheckInFlowTest, PathA_MynaportalIsNotedForTheCounter) {
    checkIn(EligibilityOutcome::NoAnswer);
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

// The 2023-07-04 事務連絡: a valid check at a first visit (or with a new
// insurer) is confirmed with the patient; "no" is a possible mis-linked record.
TEST_F(CheckInFlowTest, ValidFirstVisitAsksWhetherTheTerminalsDataIsThePatients) {
    for (bool isMe : {true, false}) {
        SCOPED_TRACE(isMe);
        flow.reset();
        flow.start(kVisit, at(0));
        flow.cardPlaced(at(1));
        auto answer = answerWith(EligibilityOutcome::Valid);
        answer.confirmIdentity = true;
        flow.checkAnswered(answer, at(2));
        ASSERT_EQ(flow.screen(), FlowScreen::ConfirmIdentity);
        EXPECT_FALSE(flow.recordToSave()) << "nothing is saved before the answer";
        flow.identityAnswered(isMe, at(3));
        EXPECT_EQ(flow.staffCalled(), !isMe);
        auto record = save();
        EXPECT_EQ(record.identityConfirmation,
                  isMe ? IdentityConfirmation::Confirmed : IdentityConfirmation::Denied);
        EXPECT_EQ(record.status, isMe ? RecordStatus::Closed : RecordStatus::Open);
        ASSERT_TRUE(record.terminalIdentity);
        EXPECT_EQ(record.terminalIdentity->name, "山田　太郎");
    }
}

TEST_F(CheckInFlowTest, ReturningPatientWithTheSameInsurerIsNotAsked) {
    checkIn(EligibilityOutcome::Valid);  // confirmIdentity false: the app found the history
    EXPECT_NE(flow.screen(), FlowScreen::ConfirmIdentity);
    EXPECT_EQ(save().identityConfirmation, IdentityConfirmation::NotAsked);
}

TEST_F(CheckInFlowTest, PathB_ProofDocumentIsNotedForTheCounter) {
    checkIn(EligibilityOutcome::NoAnswer);
    flow.choose(FailureChoice::ProofDocument, at(5));
    EXPECT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
    flow.next(at(6));
    EXPECT_EQ(save().proofPath, ProofPath::ProofDocument);
}

// 資格（無効）: the terminal still shows whose card it is; the patient
// confirms that on one page instead of typing it (issue 10 §4), and staff are
// asked to check identity, as a pre-fill is no independent source (DOMAIN.md §5).
TEST_F(CheckInFlowTest, PathC_DeclarationIsFilledReviewedSignedAndSaved) {
    checkIn(EligibilityOutcome::Lost);
    flow.choose(FailureChoice::Declaration, at(5));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationIntro);
    flow.next(at(6));
    ASSERT_EQ(flow.screen(), FlowScreen::ConfirmKnown) << "no reader: the known answers first";
    std::vector<std::string> known;
    for (const FormField* field : flow.wizard().knownFields()) known.push_back(field->key);
    // 居所 with them, as left blank: it shares the known 住所's step.
    EXPECT_EQ(known, (std::vector<std::string>{"name_kana", "name", "birth_date", "sex", "address",
                                               "residence"}));
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "ヤマダ　タロウ") << "full-width katakana";
    EXPECT_EQ(flow.wizard().values().get("written_on"), kVisit.iso());

    // 「なおす」 opens exactly that question and comes back to the page.
    flow.editField("birth_date", at(7));
    ASSERT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.fieldToEdit(), "birth_date");
    flow.wizard().values().set("birth_date", "1981-04-13");  // differs from the terminal
    flow.next(at(8));
    ASSERT_EQ(flow.screen(), FlowScreen::ConfirmKnown);
    flow.confirmKnown(at(9));
    ASSERT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    for (const FormField* field : flow.wizard().fieldsToAsk()) {
        EXPECT_NE(field->key, "name") << "confirmed answers are not asked again";
    }
    fillDeclaration();
    flow.wizard().values().set("birth_date", "1981-04-13");
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
    // The terminal's data against what the patient confirmed, kept for the desk.
    ASSERT_TRUE(record.identityCheck);
    EXPECT_EQ(record.identityCheck->against, CrossCheckSource::TerminalPrefill);
    const auto shown = record.identityCheck->itemsToShowStaff();
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown[0].field, IdentityField::BirthDate);
    EXPECT_EQ(shown[0].left, "1981-04-12");
    EXPECT_EQ(shown[0].right, "1981-04-13");
}

// Without anything known (the terminal did not answer) the form starts at
// its first question, every answer typed.
TEST_F(CheckInFlowTest, PathC_WithNothingKnownStartsAtTheFirstQuestion) {
    startDeclarationWithNothingKnown();
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_TRUE(flow.wizard().knownFields().empty());
    flow.back(at(7));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationIntro);
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
    EXPECT_EQ(flow.screen(), FlowScreen::ConfirmKnown);
    EXPECT_EQ(flow.wizard().values().get("name"), "髙橋　花子");
    EXPECT_EQ(flow.wizard().values().get("sex"), "female");

    flow.back(at(8));
    EXPECT_EQ(flow.screen(), FlowScreen::CardPin);
    flow.skipCardRead(at(9));
    EXPECT_EQ(flow.screen(), FlowScreen::ConfirmKnown) << "what is known stays known";
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

// A step whose only question is answered with one tap goes on by itself;
// one that the answer opens a further question on stays.
TEST_F(CheckInFlowTest, AStepAnsweredByOneTapGoesOnByItself) {
    startDeclarationWithNothingKnown();
    ASSERT_EQ(flow.wizard().step().id, "confirm");
    flow.wizard().values().set("has_valid_insurance_card", "true");
    flow.answeredByTap(at(7));
    ASSERT_EQ(flow.wizard().step().id, "insurance_kind");
    flow.wizard().values().set("insurance_kind", "shaho");
    flow.answeredByTap(at(8));
    ASSERT_EQ(flow.wizard().step().id, "insurance_document");
    flow.wizard().values().set("has_insurance_document", "false");
    flow.answeredByTap(at(9));
    EXPECT_EQ(flow.wizard().step().id, "employer") << "no document: its names and numbers skipped";

    ASSERT_TRUE(flow.wizard().goToField("signer_is_patient"));
    flow.wizard().values().set("signer_is_patient", "false");
    flow.answeredByTap(at(10));
    EXPECT_EQ(flow.wizard().step().id, "signature") << "患者との関係 is asked now";
}

// 「可能な範囲で記入」: a step of optional questions may be answered
// 「わからない・書かない」; what was typed there is not kept.
TEST_F(CheckInFlowTest, OptionalStepsMayBeLeftBlank) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, at(5));
    flow.next(at(6));
    flow.wizard().values().set("has_insurance_document", "true");
    ASSERT_TRUE(flow.wizard().goToField("insurer_number"));
    flow.wizard().values().set("insurer_number", "0613");
    ASSERT_TRUE(flow.wizard().stepIsOptional());
    flow.leaveStepBlank(at(7));
    EXPECT_EQ(flow.wizard().values().get("insurer_number"), "");
    EXPECT_NE(flow.wizard().step().id, "insurer_number") << "the wizard went on";

    ASSERT_TRUE(flow.wizard().goToField("name"));
    EXPECT_FALSE(flow.wizard().stepIsOptional());
    flow.wizard().values().set("name", "山田");
    flow.leaveStepBlank(at(8));
    EXPECT_EQ(flow.wizard().step().id, "name") << "a required question is not skipped";
    EXPECT_EQ(flow.wizard().values().get("name"), "山田");
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
    flow.wizard().values().set("phone", "");  // optional: may be left blank
    flow.next(at(30));
    EXPECT_EQ(flow.screen(), FlowScreen::Signature);
    flow.back(at(31));
    flow.wizard().values().set("name", "");  // e.g. cleared meanwhile
    flow.next(at(32));
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().step().id, "name");
}

TEST_F(CheckInFlowTest, BackAlwaysLeadsSomewhereSensible) {
    checkIn(EligibilityOutcome::NoAnswer);
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
    checkIn(EligibilityOutcome::TerminalError);
    flow.choose(FailureChoice::Mynaportal, at(5));
    flow.choose(FailureChoice::NothingAvailable, at(5));  // second tap on the old screen
    EXPECT_EQ(flow.screen(), FlowScreen::MynaportalHandOff);
    flow.cardPlaced(at(6));
    flow.checkAnswered(answerWith(EligibilityOutcome::Valid), at(6));  // a late answer
    EXPECT_EQ(flow.screen(), FlowScreen::MynaportalHandOff);
    EXPECT_EQ(flow.answer()->outcome, EligibilityOutcome::TerminalError);
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
    EXPECT_EQ(flow.lastStaffCallEnd(), StaffCallEnd::StaffAtKiosk);
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().values().get("phone"), "09012345678");
}

// Issue 10 item 6: the desk learns why it was called; the patient may cancel.
TEST_F(CheckInFlowTest, EachStaffCallSaysWhyAndThePatientMayCancelIt) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.callStaff(at(5));
    EXPECT_EQ(flow.staffCallReason(), StaffCallReason::PatientAsked);
    flow.callStaff(at(6), StaffCallReason::IdentityDenied);
    EXPECT_EQ(flow.staffCallReason(), StaffCallReason::PatientAsked)
        << "one call, its first reason";
    EXPECT_FALSE(flow.lastStaffCallEnd()) << "still open";
    flow.cancelStaffCall(at(7));
    EXPECT_FALSE(flow.staffCalled());
    EXPECT_EQ(flow.lastStaffCallEnd(), StaffCallEnd::CancelledByPatient);
    EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed);

    flow.reset();
    checkInDenyingTheTerminalsPerson();
    EXPECT_EQ(flow.staffCallReason(), StaffCallReason::IdentityDenied);
    flow.reset();
    checkIn(EligibilityOutcome::FaceRecognitionFailed);
    flow.choose(FailureChoice::StaffVisualCheck, at(9));
    EXPECT_EQ(flow.staffCallReason(), StaffCallReason::FaceCheckByStaff);
}

// The idle wipe waits (default 5 min) while the patient waits for staff, and
// says how long; the welcome screen's next patient starts with no call.
TEST_F(CheckInFlowTest, AnOpenStaffCallHoldsOffTheIdleWipe) {
    checkIn(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, at(5));
    flow.next(at(6));
    flow.wizard().values().set("phone", "09012345678");
    flow.callStaff(at(10));
    EXPECT_EQ(flow.staffCallWait(), std::chrono::seconds(300));
    EXPECT_EQ(flow.tick(at(200)), IdleState::Active);
    EXPECT_FALSE(flow.idleWarning(at(200)));
    EXPECT_EQ(flow.wizard().values().get("phone"), "09012345678");
    EXPECT_TRUE(flow.idleWarning(at(310)));
    EXPECT_EQ(flow.idleSecondsLeft(at(310)), 20);
    EXPECT_EQ(flow.tick(at(330)), IdleState::ResetNow);
    EXPECT_EQ(flow.wizard().values().get("phone"), "");
    EXPECT_FALSE(flow.staffCalled());
    EXPECT_FALSE(flow.lastStaffCallEnd()) << "left open for the desk";
}

// A patient told to wait for staff on the finish screen is not sent away
// after 15 s.
TEST_F(CheckInFlowTest, TheFinishScreenWaitsForTheStaffItCalled) {
    checkInDenyingTheTerminalsPerson();
    save();  // at 3 s
    EXPECT_EQ(flow.screen(), FlowScreen::Finished);
    EXPECT_EQ(flow.tick(at(60)), IdleState::Active);
    flow.staffDone(at(61));
    EXPECT_EQ(flow.tick(at(75)), IdleState::Active);
    EXPECT_EQ(flow.tick(at(76)), IdleState::ResetNow);
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
    EXPECT_EQ(flow.wizard().values().all().size(), 1u) << "only the date the kiosk writes";
    EXPECT_EQ(flow.wizard().values().get("phone"), "");
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

// The welcome screen never asks 「まだ続けますか？」; a quiet minute there is
// one reset (the display choices return to the defaults), once per spell.
TEST_F(CheckInFlowTest, FinishScreenClearsItselfAndWelcomeNeverAsks) {
    checkIn(EligibilityOutcome::Valid);
    save();
    EXPECT_EQ(flow.tick(at(17)), IdleState::Active);
    EXPECT_EQ(flow.tick(at(18)), IdleState::ResetNow);
    EXPECT_EQ(flow.screen(), FlowScreen::Welcome);
    EXPECT_FALSE(flow.savedRecordId());
    EXPECT_EQ(flow.tick(at(18 + 59)), IdleState::Active) << "never a warning here";
    EXPECT_EQ(flow.tick(at(18 + 61)), IdleState::ResetNow);
    EXPECT_EQ(flow.screen(), FlowScreen::Welcome);
    EXPECT_EQ(flow.tick(at(18 + 62)), IdleState::Active) << "once, not every frame";
}

// UX.md: a wait is explained, and never a dead end. A look-up without an
// answer after five seconds offers to go on; the answer arriving after that
// is not applied to a patient who has moved on.
TEST_F(DocumentLookupFlow, SlowLookUpOffersToGoOnAndALateAnswerIsNotApplied) {
    typeDocumentNumbers();  // the look-up begins at 7 s
    EXPECT_FALSE(flow.checkTakingLong(at(11)));
    flow.goOnWithoutWaiting(at(11));
    EXPECT_EQ(flow.screen(), FlowScreen::Checking) << "too early to give up waiting";
    EXPECT_TRUE(flow.checkTakingLong(at(12)));
    flow.goOnWithoutWaiting(at(12));
    EXPECT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
    EXPECT_TRUE(flow.documentLookupUnanswered());
    EXPECT_FALSE(flow.documentLookup()) << "the look-up is no longer wanted";
    flow.documentChecked(answerWith(EligibilityOutcome::Valid), at(13));
    EXPECT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
    flow.next(at(14));
    EXPECT_FALSE(save().confirmedQualification);
}
