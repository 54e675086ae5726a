#include "CheckInFlow.h"

#include <algorithm>

#include "core/CounterShare.h"
#include "core/DeclarationField.h"
#include "core/KanaText.h"
#include "core/RecordEnumNames.h"
#include "core/SecureWipe.h"
#include "forms/DeclarationValues.h"

namespace kiosk {

CheckInFlow::CheckInFlow(const FormTemplate& form, FlowSettings settings)
    : form_(form),
      settings_(settings),
      idle_(settings.idle),
      today_(*CivilDate::make(2000, 1, 1)),
      wizard_(form, ConditionContext{today_}),
      lookupForm_(documentLookupTemplate(form)),
      lookupWizard_(lookupForm_, ConditionContext{today_}) {
    lookupWizard_.requireAnswers(documentLookupRequiredKeys());
}

void CheckInFlow::start(CivilDate today, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::Welcome) return;
    today_ = today;
    wizard_.setContext(ConditionContext{today});
    lookupWizard_.setContext(ConditionContext{today});
    startForm();
    screen_ = FlowScreen::PlaceCard;
}

void CheckInFlow::startForm() {
    wizard_.clear();  // the form is dated the visit day by the template's filled_with
    prefillSource_.reset();
}

void CheckInFlow::cardPlaced(FlowClock::time_point now) {
    touched(now);
    if (screen_ == FlowScreen::PlaceCard) screen_ = FlowScreen::Checking;
}

void CheckInFlow::cardNotAnswering(FlowClock::time_point now) {
    touched(now);
    if (!waitingForCardReader()) return;
    CheckAnswer none;
    none.outcome = EligibilityOutcome::NoAnswer;
    answer_ = none;
    screen_ = FlowScreen::CheckFailed;
}

std::vector<FailureChoice> failureChoicesFor(EligibilityOutcome outcome) {
    using C = FailureChoice;
    switch (outcome) {
        case EligibilityOutcome::FaceRecognitionFailed:
            // The card is fine: the PIN or a staff 目視 check gets the patient through
            // (別添2); staff, once called, help with anything else.
            return {C::RetryWithPin, C::StaffVisualCheck, C::ProofDocument};
        case EligibilityOutcome::TerminalError:
        case EligibilityOutcome::NoAnswer:
            return {C::Mynaportal, C::ProofDocument, C::Declaration, C::NothingAvailable};
        case EligibilityOutcome::Lost:
        case EligibilityOutcome::NotRegistered:
        case EligibilityOutcome::MultipleMatches:
        // A card whose chip or certificate fails cannot log in to Mynaportal
        // either (UX.md); a 資格確認書 or the smartphone card still can prove it.
        case EligibilityOutcome::CardProblem:
            return {C::ProofDocument, C::Declaration, C::NothingAvailable};
        case EligibilityOutcome::NotChecked:
        case EligibilityOutcome::Valid:
        case EligibilityOutcome::MedicalAidNotRegistered:  // the welfare office decides
            break;
    }
    return {};
}

void CheckInFlow::checkAnswered(const CheckAnswer& answer, FlowClock::time_point now) {
    touched(now);
    // Cancelled meanwhile, or the answer to another question.
    if (screen_ != FlowScreen::Checking || lookingUpDocument_) return;
    answer_ = answer;
    identityConfirmation_ = IdentityConfirmation::NotAsked;
    if (answer.outcome == EligibilityOutcome::Valid) {
        proofPath_ = ProofPath::None;
        if (answer.confirmIdentity) {
            screen_ = FlowScreen::ConfirmIdentity;
        } else {
            readyToSave_ = true;
        }
        return;
    }
    // A medical-aid recipient is not insured: no 申立書, no portal; the desk
    // checks the 医療券 or asks the welfare office.
    if (answer.outcome == EligibilityOutcome::MedicalAidNotRegistered) {
        proofPath_ = ProofPath::None;
        readyToSave_ = true;
        return;
    }
    // The form is never pre-filled from the terminal's answer: the
    // cross-check needs what the card face or the patient says (DOMAIN.md §5).
    screen_ = FlowScreen::CheckFailed;
}

void CheckInFlow::checkDocumentNumbers(FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::ProofAtCounter || !documentLookupOffered()) return;
    failedLookup_.reset();
    lookupWizard_.goToField(lookupForm_.steps.front().fields.front());
    screen_ = FlowScreen::DocumentNumbers;
}

std::optional<DocumentNumbers> CheckInFlow::documentLookup() const {
    if (screen_ != FlowScreen::Checking || !lookingUpDocument_) return std::nullopt;
    return documentNumbersFrom(lookupWizard_.values());
}

void CheckInFlow::documentChecked(const CheckAnswer& answer, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::Checking || !lookingUpDocument_) return;
    lookingUpDocument_ = false;
    if (answer.outcome == EligibilityOutcome::Valid && answer.qualification &&
        answer.qualification->current) {
        documentAnswer_ = answer;
        documentAnswer_->qualification->source = QualificationSource::DocumentLookup;
        // Typed from paper: a family member's document is easy to mistake
        // for one's own, so the patient always confirms the name.
        identityConfirmation_ = IdentityConfirmation::NotAsked;
        screen_ = FlowScreen::ConfirmIdentity;
        return;
    }
    // Not found, lost, or no answer: the document is looked at by staff.
    failedLookup_ = answer;
    // Whoever the numbers belong to, nothing of them is this patient's.
    failedLookup_->identity = {};
    failedLookup_->qualification.reset();
    screen_ = FlowScreen::ProofAtCounter;
}

void CheckInFlow::goOnWithoutWaiting(FlowClock::time_point now) {
    if (!checkTakingLong(now)) return;
    CheckAnswer none;
    none.outcome = EligibilityOutcome::NoAnswer;
    documentChecked(none, now);
}

const IdentityFields& CheckInFlow::identityToConfirm() const {
    static const IdentityFields nobody;
    if (documentAnswer_) return documentAnswer_->identity;
    return answer_ ? answer_->identity : nobody;
}

void CheckInFlow::identityAnswered(bool isMe, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::ConfirmIdentity) return;
    identityConfirmation_ = isMe ? IdentityConfirmation::Confirmed : IdentityConfirmation::Denied;
    // Possibly another person's record linked to this card: staff confirm
    // identity in person; the visit is saved for them, flagged.
    if (!isMe) callStaff(now, StaffCallReason::IdentityDenied);
    readyToSave_ = true;
}

std::vector<FailureChoice> CheckInFlow::choices() const {
    return answer_ ? failureChoicesFor(answer_->outcome) : std::vector<FailureChoice>{};
}

void CheckInFlow::choose(FailureChoice choice, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::CheckFailed) return;
    if (std::ranges::count(choices(), choice) == 0) return;
    switch (choice) {
        case FailureChoice::RetryWithPin:
            // The reader asks for the PIN instead of the face on the next try.
            answer_.reset();
            screen_ = FlowScreen::PlaceCard;
            break;
        case FailureChoice::StaffVisualCheck:
            callStaff(now, StaffCallReason::FaceCheckByStaff);
            break;
        case FailureChoice::Mynaportal:
            proofPath_ = ProofPath::Mynaportal;
            screen_ = FlowScreen::MynaportalHandOff;
            break;
        case FailureChoice::ProofDocument:
            proofPath_ = ProofPath::ProofDocument;
            screen_ = FlowScreen::ProofAtCounter;
            break;
        case FailureChoice::Declaration:
            proofPath_ = ProofPath::Declaration;
            // 資格（無効） and the like still show who the card belongs to: the
            // patient confirms it instead of typing it (issue 10 §4).
            if (answer_ && answer_->identity != IdentityFields{} && !prefillSource_) {
                prefillFrom(answer_->identity, CrossCheckSource::TerminalPrefill);
            }
            screen_ = FlowScreen::DeclarationIntro;
            break;
        case FailureChoice::NothingAvailable:
            proofPath_ = ProofPath::NothingAvailable;
            screen_ = FlowScreen::NothingAvailable;
            break;
    }
}

void CheckInFlow::enterDeclarationSteps() {
    screen_ =
        wizard_.knownFields().empty() ? FlowScreen::DeclarationStep : FlowScreen::ConfirmKnown;
}

void CheckInFlow::nextInDeclaration() {
    fieldToEdit_.clear();
    if (returnTo_ && wizard_.problems().empty()) {
        screen_ = *returnTo_;
        returnTo_.reset();
    } else if (wizard_.atLastStep() && wizard_.problems().empty()) {
        screen_ = FlowScreen::Review;
    } else {
        wizard_.next();
    }
}

void CheckInFlow::next(FlowClock::time_point now) {
    touched(now);
    saveFailed_ = false;
    switch (screen_) {
        case FlowScreen::MynaportalHandOff:
        case FlowScreen::ProofAtCounter:
        case FlowScreen::NothingAvailable:
            readyToSave_ = true;
            break;
        case FlowScreen::DeclarationIntro:
            if (settings_.cardReaderAvailable) {
                screen_ = FlowScreen::CardPin;
            } else {
                enterDeclarationSteps();
            }
            break;
        case FlowScreen::ConfirmKnown:
            confirmKnown(now);
            break;
        case FlowScreen::DeclarationStep:
            nextInDeclaration();
            break;
        case FlowScreen::DocumentNumbers:
            if (lookupWizard_.atLastStep() && lookupWizard_.problems().empty() &&
                documentNumbersFrom(lookupWizard_.values())) {
                lookingUpDocument_ = true;
                lookupStarted_ = now;
                screen_ = FlowScreen::Checking;
            } else {
                lookupWizard_.next();
            }
            break;
        case FlowScreen::Review:
            if (auto problems = wizard_.allProblems(); problems.empty()) {
                screen_ = FlowScreen::Signature;
            } else {
                wizard_.goToField(problems.front().fieldKey);
                returnTo_ = FlowScreen::Review;
                fieldToEdit_ = problems.front().fieldKey;
                screen_ = FlowScreen::DeclarationStep;
            }
            break;
        case FlowScreen::Signature:
            readyToSave_ = !signaturePng_.empty();
            break;
        case FlowScreen::Checking:
            // A save that failed after a valid check is retried from here.
            readyToSave_ = answer_ && answer_->outcome == EligibilityOutcome::Valid;
            break;
        case FlowScreen::Welcome:
        case FlowScreen::PlaceCard:
        case FlowScreen::ConfirmIdentity:
        case FlowScreen::CheckFailed:
        case FlowScreen::CardPin:
        case FlowScreen::Finished:
            break;
    }
}

void CheckInFlow::answeredByTap(FlowClock::time_point now) {
    if (screen_ != FlowScreen::DeclarationStep && screen_ != FlowScreen::DocumentNumbers) return;
    const DeclarationWizard& wizard = activeWizard();
    const auto fields = wizard.fieldsToAsk();
    const bool oneTappedQuestion =
        fields.size() == 1 &&
        (fields[0]->type == FormFieldType::Choice || fields[0]->type == FormFieldType::Check);
    if (oneTappedQuestion && wizard.problems().empty()) next(now);
}

void CheckInFlow::leaveStepBlank(FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::DeclarationStep || !wizard_.stepIsOptional()) return;
    wizard_.clearStep();
    nextInDeclaration();
}

void CheckInFlow::back(FlowClock::time_point now) {
    touched(now);
    readyToSave_ = false;
    saveFailed_ = false;
    if (screen_ == FlowScreen::Checking && lookingUpDocument_) {
        lookingUpDocument_ = false;
        screen_ = FlowScreen::DocumentNumbers;
        return;
    }
    if (screen_ == FlowScreen::ConfirmIdentity && documentAnswer_) {
        documentAnswer_.reset();
        identityConfirmation_ = IdentityConfirmation::NotAsked;
        screen_ = FlowScreen::ProofAtCounter;
        return;
    }
    switch (screen_) {
        case FlowScreen::PlaceCard:
            reset();
            break;
        case FlowScreen::Checking:
        case FlowScreen::ConfirmIdentity:
        case FlowScreen::CheckFailed:
            answer_.reset();
            startForm();
            screen_ = FlowScreen::PlaceCard;
            break;
        case FlowScreen::MynaportalHandOff:
        case FlowScreen::ProofAtCounter:
        case FlowScreen::DeclarationIntro:
        case FlowScreen::NothingAvailable:
            proofPath_ = ProofPath::None;
            screen_ = FlowScreen::CheckFailed;
            break;
        case FlowScreen::CardPin:
            screen_ = FlowScreen::DeclarationIntro;
            break;
        case FlowScreen::DocumentNumbers:
            if (!lookupWizard_.back()) screen_ = FlowScreen::ProofAtCounter;
            break;
        case FlowScreen::DeclarationStep:
            fieldToEdit_.clear();
            if (returnTo_) {
                screen_ = *returnTo_;
                returnTo_.reset();
            } else if (!wizard_.back()) {
                if (!wizard_.knownFields().empty()) {
                    screen_ = FlowScreen::ConfirmKnown;
                } else {
                    screen_ = settings_.cardReaderAvailable ? FlowScreen::CardPin
                                                            : FlowScreen::DeclarationIntro;
                }
            }
            break;
        case FlowScreen::ConfirmKnown:
            screen_ =
                settings_.cardReaderAvailable ? FlowScreen::CardPin : FlowScreen::DeclarationIntro;
            break;
        case FlowScreen::Review:
            screen_ = FlowScreen::DeclarationStep;
            break;
        case FlowScreen::Signature:
            screen_ = FlowScreen::Review;
            break;
        case FlowScreen::Welcome:
        case FlowScreen::Finished:
            break;
    }
}

void CheckInFlow::skipCardRead(FlowClock::time_point now) {
    touched(now);
    if (screen_ == FlowScreen::CardPin) enterDeclarationSteps();
}

void CheckInFlow::cardRead(const IdentityFields& face, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::CardPin) return;
    prefillFrom(face, CrossCheckSource::CardFace);
    enterDeclarationSteps();
}

void CheckInFlow::prefillFrom(const IdentityFields& identity, CrossCheckSource source) {
    prefillSource_ = source;
    FormValues known;
    auto set = [&known](DeclarationField field, std::string value) {
        known.set(std::string(declarationFieldKey(field)), std::move(value));
    };
    set(DeclarationField::Name, identity.name);
    // The terminal sends half-width kana; the form keeps the normalised katakana.
    auto kana = validateFurigana(identity.nameKana, identity.nameKana.size());
    set(DeclarationField::NameKana, kana ? *kana : identity.nameKana);
    if (identity.birthDate) set(DeclarationField::BirthDate, identity.birthDate->iso());
    if (identity.sex) set(DeclarationField::Sex, std::string(enumName(*identity.sex)));
    set(DeclarationField::Address, identity.address);
    wizard_.prefill(known);
}

void CheckInFlow::editField(const std::string& fieldKey, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::Review && screen_ != FlowScreen::ConfirmKnown) return;
    wizard_.reopen(fieldKey);
    if (!wizard_.goToField(fieldKey)) return;
    returnTo_ = screen_;
    fieldToEdit_ = fieldKey;
    screen_ = FlowScreen::DeclarationStep;
}

void CheckInFlow::confirmKnown(FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::ConfirmKnown) return;
    wizard_.confirmKnown();
    // Everything may be known already (rare): straight to the review.
    screen_ = wizard_.fieldsToAsk().empty() ? FlowScreen::Review : FlowScreen::DeclarationStep;
}

void CheckInFlow::signatureGiven(std::vector<std::uint8_t> png, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::Signature) return;
    signaturePng_ = std::move(png);
    wizard_.values().set(std::string(declarationFieldKey(DeclarationField::Signature)),
                         signaturePng_.empty() ? "" : "true");
}

void CheckInFlow::callStaff(FlowClock::time_point now, StaffCallReason reason) {
    touched(now);
    if (staffCall_) return;
    staffCall_ = reason;
    staffCallEnd_.reset();
}

void CheckInFlow::cancelStaffCall(FlowClock::time_point now) {
    endStaffCall(StaffCallEnd::CancelledByPatient, now);
}

void CheckInFlow::staffDone(FlowClock::time_point now) {
    endStaffCall(StaffCallEnd::StaffAtKiosk, now);
}

void CheckInFlow::endStaffCall(StaffCallEnd how, FlowClock::time_point now) {
    touched(now);
    if (!staffCall_) return;
    staffCall_.reset();
    staffCallEnd_ = how;
}

IdlePhase CheckInFlow::idlePhase() const {
    // Someone is on their way: the patient's answers must still be there.
    if (screen_ == FlowScreen::Welcome) return IdlePhase::Welcome;
    if (staffCall_) return IdlePhase::WaitingForStaff;
    return screen_ == FlowScreen::Finished ? IdlePhase::Finished : IdlePhase::Form;
}

void CheckInFlow::touched(FlowClock::time_point now) {
    idle_.activity(now);
}

CheckInRecord CheckInFlow::buildRecord() const {
    CheckInRecord record;
    record.source = RecordSource::Screen;
    record.templateId = form_.id;
    record.templateVersion = form_.version;
    record.visitDate = today_;
    record.proofPath = proofPath_;
    record.identityConfirmation = identityConfirmation_;
    if (!answer_) return record;
    record.outcome = answer_->outcome;
    record.terminalCode = answer_->terminalCode;
    record.terminalQualification = answer_->qualification;
    if (answer_->identity != IdentityFields{}) record.terminalIdentity = answer_->identity;
    if (documentAnswer_) {
        // Only a document the patient says is theirs is claimed on (case 1);
        // otherwise staff see the patient and the document.
        if (identityConfirmation_ == IdentityConfirmation::Confirmed) {
            record.confirmedQualification = documentAnswer_->qualification;
        }
        IdentityFields typed;
        typed.birthDate = CivilDate::parse(
            lookupWizard_.values().get(declarationFieldKey(DeclarationField::BirthDate)));
        record.identityCheck = crossCheckIdentity(documentAnswer_->identity, typed,
                                                  CrossCheckSource::TypedFromDocument);
    }
    // Looked up but not claimed on: the desk still gets what was typed.
    const bool lookedUp = failedLookup_ || documentAnswer_;
    if (proofPath_ == ProofPath::ProofDocument && lookedUp && !record.confirmedQualification) {
        if (auto typed = documentNumbersFrom(lookupWizard_.values())) {
            UnconfirmedDocument document;
            document.numbers.source = QualificationSource::ProofDocument;
            document.numbers.insurerNumber = typed->insurerNumber;
            document.numbers.symbol = typed->symbol;
            document.numbers.number = typed->number;
            document.numbers.branch = typed->branch;
            // Found but not the patient's: the look-up itself was valid.
            const CheckAnswer& said = failedLookup_ ? *failedLookup_ : *documentAnswer_;
            document.lookup = said.outcome;
            document.terminalCode = said.terminalCode;
            document.terminalMessage = said.terminalMessage;
            record.unconfirmedDocument = std::move(document);
        }
    }
    if (proofPath_ == ProofPath::Declaration) {
        if (auto declaration = declarationFromFormValues(wizard_.values())) {
            declaration->hasSignature = !signaturePng_.empty();
            const CrossCheckSource against = prefillSource_ == CrossCheckSource::TerminalPrefill
                                                 ? CrossCheckSource::TerminalPrefill
                                                 : CrossCheckSource::Declaration;
            record.identityCheck =
                crossCheckIdentity(answer_->identity, identityOf(*declaration), against);
            record.declaration = std::move(*declaration);
        }
    }
    return record;
}

std::optional<CheckInRecord> CheckInFlow::recordToSave() const {
    if (!readyToSave_ || !answer_) return std::nullopt;
    CheckInRecord record = buildRecord();
    // The review page let nothing malformed through.
    if (proofPath_ == ProofPath::Declaration && !record.declaration) return std::nullopt;
    record.status = checkedInAtKiosk() ? RecordStatus::Closed : RecordStatus::Open;
    return record;
}

bool CheckInFlow::checkedInAtKiosk() const {
    // A confirmed check leaves the desk nothing to do; every other path
    // needs staff to look at a phone, a document, a form or the patient.
    if (!answer_) return false;
    return (answer_->outcome == EligibilityOutcome::Valid && proofPath_ == ProofPath::None &&
            identityConfirmation_ != IdentityConfirmation::Denied) ||
           documentVerified();
}

void CheckInFlow::recordSaved(std::int64_t id, FlowClock::time_point now,
                              std::optional<int> receptionNumber) {
    touched(now);
    if (!readyToSave_) return;
    readyToSave_ = false;
    saveFailed_ = false;
    savedId_ = id;
    receptionNumber_ = receptionNumber;
    screen_ = FlowScreen::Finished;
}

void CheckInFlow::recordNotSaved(FlowClock::time_point now) {
    touched(now);
    readyToSave_ = false;
    saveFailed_ = true;
}

std::optional<CounterShare> CheckInFlow::counterShare() const {
    if (!answer_) return std::nullopt;
    auto decision = decideCounterShare(buildRecord(), settings_.copayment);
    if (!decision) return std::nullopt;
    return CounterShare{decision->tenths, decision->staffShouldConfirm};
}

IdleState CheckInFlow::tick(FlowClock::time_point now) {
    // Staff called from the welcome screen: nothing to wipe, someone coming.
    if (screen_ == FlowScreen::Welcome && staffCall_) return IdleState::Active;
    const IdleState state = idle_.state(now, idlePhase());
    if (state != IdleState::ResetNow) return state;
    reset();
    // The welcome screen's reset comes once per quiet spell, not every frame.
    if (screen_ == FlowScreen::Welcome) idle_.activity(now);
    return state;
}

void CheckInFlow::reset() {
    screen_ = FlowScreen::Welcome;
    answer_.reset();
    proofPath_ = ProofPath::None;
    identityConfirmation_ = IdentityConfirmation::NotAsked;
    wizard_.clear();
    lookupWizard_.clear();
    lookingUpDocument_ = false;
    failedLookup_.reset();
    documentAnswer_.reset();
    // Overwrite before release: the signature is the most personal thing here.
    secureWipe(signaturePng_.data(), signaturePng_.size());
    signaturePng_.clear();
    signaturePng_.shrink_to_fit();
    staffCall_.reset();  // a call still open stays open for the desk
    staffCallEnd_.reset();
    saveFailed_ = false;
    readyToSave_ = false;
    returnTo_.reset();
    fieldToEdit_.clear();
    prefillSource_.reset();
    savedId_.reset();
    receptionNumber_.reset();
}

}  // namespace kiosk
