#include "CheckInFlow.h"

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
      wizard_(form, ConditionContext{today_}) {}

void CheckInFlow::start(CivilDate today, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::Welcome) return;
    today_ = today;
    wizard_.setContext(ConditionContext{today});
    startForm();
    screen_ = FlowScreen::PlaceCard;
}

void CheckInFlow::startForm() {
    wizard_.clear();
    // The form is dated the day it is filled in; the patient only confirms it.
    FormValues dated;
    dated.set(std::string(declarationFieldKey(DeclarationField::WrittenOn)), today_.iso());
    wizard_.prefill(dated);
}

void CheckInFlow::cardPlaced(FlowClock::time_point now) {
    touched(now);
    if (screen_ == FlowScreen::PlaceCard) screen_ = FlowScreen::Checking;
}

void CheckInFlow::checkAnswered(const CheckAnswer& answer, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::Checking) return;  // cancelled meanwhile
    answer_ = answer;
    if (answer.outcome == EligibilityOutcome::Valid) {
        proofPath_ = ProofPath::None;
        readyToSave_ = true;
        return;
    }
    // 資格（無効） still shows who the person is: the form starts from that.
    prefillFrom(answer.identity);
    screen_ = FlowScreen::CheckFailed;
}

void CheckInFlow::choose(FailureChoice choice, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::CheckFailed) return;
    switch (choice) {
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
            screen_ = FlowScreen::DeclarationIntro;
            break;
        case FailureChoice::NothingAvailable:
            proofPath_ = ProofPath::NothingAvailable;
            screen_ = FlowScreen::NothingAvailable;
            break;
    }
}

void CheckInFlow::nextInDeclaration() {
    if (returnToReview_ && wizard_.problems().empty()) {
        returnToReview_ = false;
        screen_ = FlowScreen::Review;
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
            screen_ =
                settings_.cardReaderAvailable ? FlowScreen::CardPin : FlowScreen::DeclarationStep;
            break;
        case FlowScreen::DeclarationStep:
            nextInDeclaration();
            break;
        case FlowScreen::Review:
            if (auto problems = wizard_.allProblems(); problems.empty()) {
                screen_ = FlowScreen::Signature;
            } else {
                wizard_.goToField(problems.front().fieldKey);
                returnToReview_ = true;
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
        case FlowScreen::CheckFailed:
        case FlowScreen::CardPin:
        case FlowScreen::Finished:
            break;
    }
}

void CheckInFlow::back(FlowClock::time_point now) {
    touched(now);
    readyToSave_ = false;
    saveFailed_ = false;
    switch (screen_) {
        case FlowScreen::PlaceCard:
            reset();
            break;
        case FlowScreen::Checking:
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
        case FlowScreen::DeclarationStep:
            returnToReview_ = false;
            if (!wizard_.back()) {
                screen_ = settings_.cardReaderAvailable ? FlowScreen::CardPin
                                                        : FlowScreen::DeclarationIntro;
            }
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
    if (screen_ == FlowScreen::CardPin) screen_ = FlowScreen::DeclarationStep;
}

void CheckInFlow::cardRead(const IdentityFields& face, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::CardPin) return;
    prefillFrom(face);
    screen_ = FlowScreen::DeclarationStep;
}

void CheckInFlow::prefillFrom(const IdentityFields& identity) {
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
    if (screen_ != FlowScreen::Review || !wizard_.goToField(fieldKey)) return;
    returnToReview_ = true;
    screen_ = FlowScreen::DeclarationStep;
}

void CheckInFlow::signatureGiven(std::vector<std::uint8_t> png, FlowClock::time_point now) {
    touched(now);
    if (screen_ != FlowScreen::Signature) return;
    signaturePng_ = std::move(png);
    wizard_.values().set(std::string(declarationFieldKey(DeclarationField::Signature)),
                         signaturePng_.empty() ? "" : "true");
}

void CheckInFlow::callStaff(FlowClock::time_point now) {
    touched(now);
    staffCalled_ = true;
}

void CheckInFlow::staffDone(FlowClock::time_point now) {
    touched(now);
    staffCalled_ = false;
}

void CheckInFlow::touched(FlowClock::time_point now) {
    idle_.activity(now);
}

std::optional<CheckInRecord> CheckInFlow::recordToSave() const {
    if (!readyToSave_ || !answer_) return std::nullopt;
    CheckInRecord record;
    record.source = RecordSource::Screen;
    record.templateId = form_.id;
    record.templateVersion = form_.version;
    record.visitDate = today_;
    record.outcome = answer_->outcome;
    record.terminalCode = answer_->terminalCode;
    record.terminalQualification = answer_->qualification;
    record.proofPath = proofPath_;
    if (proofPath_ == ProofPath::Declaration) {
        auto declaration = declarationFromFormValues(wizard_.values());
        if (!declaration) return std::nullopt;  // the review page let nothing malformed through
        declaration->hasSignature = !signaturePng_.empty();
        record.declaration = std::move(*declaration);
    }
    // A confirmed check leaves the desk nothing to do; every other path
    // needs staff to look at a phone, a document or a form.
    record.status = answer_->outcome == EligibilityOutcome::Valid && proofPath_ == ProofPath::None
                        ? RecordStatus::Closed
                        : RecordStatus::Open;
    return record;
}

void CheckInFlow::recordSaved(std::int64_t id, FlowClock::time_point now) {
    touched(now);
    if (!readyToSave_) return;
    readyToSave_ = false;
    saveFailed_ = false;
    savedId_ = id;
    screen_ = FlowScreen::Finished;
}

void CheckInFlow::recordNotSaved(FlowClock::time_point now) {
    touched(now);
    readyToSave_ = false;
    saveFailed_ = true;
}

std::optional<CounterShare> CheckInFlow::counterShare() const {
    if (!answer_) return std::nullopt;
    switch (proofPath_) {
        case ProofPath::None: {
            if (answer_->outcome != EligibilityOutcome::Valid) return std::nullopt;
            CopaymentInput input{answer_->identity.birthDate.value_or(today_), today_, {}, {}, {}};
            if (answer_->qualification)
                input.knownShareTenths = answer_->qualification->shareTenths;
            // Without a birth date or a ratio the terminal left it open.
            if (!answer_->identity.birthDate && !input.knownShareTenths) return std::nullopt;
            auto decision = decideCopayment(input, settings_.copayment);
            return CounterShare{decision.tenths, decision.staffShouldConfirm};
        }
        case ProofPath::Declaration: {
            auto declaration = declarationFromFormValues(wizard_.values());
            if (!declaration || !declaration->birthDate) return std::nullopt;
            auto decision = decideCopayment({*declaration->birthDate,
                                             today_,
                                             declaration->insuranceKind,
                                             declaration->declaredShare,
                                             {}},
                                            settings_.copayment);
            return CounterShare{decision.tenths, decision.staffShouldConfirm};
        }
        case ProofPath::NothingAvailable:
            return CounterShare{10, true};
        case ProofPath::Mynaportal:
        case ProofPath::ProofDocument:
            return std::nullopt;
    }
    return std::nullopt;
}

IdleState CheckInFlow::tick(FlowClock::time_point now) {
    if (screen_ == FlowScreen::Welcome) return IdleState::Active;
    const IdleState state = idle_.state(now, screen_ == FlowScreen::Finished);
    if (state == IdleState::ResetNow) reset();
    return state;
}

void CheckInFlow::reset() {
    screen_ = FlowScreen::Welcome;
    answer_.reset();
    proofPath_ = ProofPath::None;
    wizard_.clear();
    // Overwrite before release: the signature is the most personal thing here.
    secureWipe(signaturePng_.data(), signaturePng_.size());
    signaturePng_.clear();
    signaturePng_.shrink_to_fit();
    staffCalled_ = false;
    saveFailed_ = false;
    readyToSave_ = false;
    returnToReview_ = false;
    savedId_.reset();
}

}  // namespace kiosk
