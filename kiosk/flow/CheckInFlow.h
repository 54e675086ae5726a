#pragma once
// The patient's way through the kiosk (UX.md, notice §2), as a state machine
// that the screens only draw: welcome → place the card → the check's outcome
// → checked in, or one of the four ways on after a failed check → a saved
// record → the finish screen. Every patient action counts as activity for
// the idle reset, and reset() wipes everything the patient entered.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "DeclarationWizard.h"
#include "DocumentLookup.h"
#include "IdleTimer.h"
#include "core/CheckInRecord.h"
#include "core/CopaymentRule.h"
#include "core/EnumNames.h"
#include "core/IdentityMatcher.h"
#include "store/StaffCall.h"

namespace kiosk {

enum class FlowScreen {
    Welcome,
    PlaceCard,          // 「カードを置いてください」
    Checking,           // the eligibility check is running
    ConfirmIdentity,    // valid, first visit or new insurer: 「ご本人の情報ですか？」
    CheckFailed,        // what happened, and the ways on that can work
    MynaportalHandOff,  // (a) QR and steps to show the 資格情報 screen
    ProofAtCounter,     // (b) 資格確認書 / お知らせ + card / smartphone card
    DocumentNumbers,    // (b) optional: type the 資格確認書's numbers to check them here
    DeclarationIntro,   // (c) the 説明書 in three points
    CardPin,            // (c) optional: read the card's face with the PIN to pre-fill
    ConfirmKnown,  // (c) what the card or the terminal told, on one page: 「はい」 / 「なおす」
    DeclarationStep,   // (c) the template's wizard steps
    Review,            // (c) every answer with 「なおす」
    Signature,         // (c) sign, then 「送信」
    NothingAvailable,  // (d) 10割, staff may decide otherwise
    Finished,          // what happens at the counter
};

// Stable names, for logs and the end-to-end tests' touch map.
template <>
struct EnumNames<FlowScreen> {
    static constexpr std::pair<FlowScreen, std::string_view> table[] = {
        {FlowScreen::Welcome, "welcome"},
        {FlowScreen::PlaceCard, "place_card"},
        {FlowScreen::Checking, "checking"},
        {FlowScreen::ConfirmIdentity, "confirm_identity"},
        {FlowScreen::CheckFailed, "check_failed"},
        {FlowScreen::MynaportalHandOff, "mynaportal"},
        {FlowScreen::ProofAtCounter, "proof_at_counter"},
        {FlowScreen::DocumentNumbers, "document_numbers"},
        {FlowScreen::DeclarationIntro, "declaration_intro"},
        {FlowScreen::CardPin, "card_pin"},
        {FlowScreen::ConfirmKnown, "confirm_known"},
        {FlowScreen::DeclarationStep, "declaration_step"},
        {FlowScreen::Review, "review"},
        {FlowScreen::Signature, "signature"},
        {FlowScreen::NothingAvailable, "nothing_available"},
        {FlowScreen::Finished, "finished"},
    };
};

// The ways on after a failed check (notice §2, 別添2).
enum class FailureChoice {
    RetryWithPin,      // face recognition failed: place the card again, enter the PIN
    StaffVisualCheck,  // face recognition failed: staff check the face (目視)
    Mynaportal,        // only where the portal can show a valid qualification
    ProofDocument,
    Declaration,
    NothingAvailable,
};

template <>
struct EnumNames<FailureChoice> {
    static constexpr std::pair<FailureChoice, std::string_view> table[] = {
        {FailureChoice::RetryWithPin, "retry_with_pin"},
        {FailureChoice::StaffVisualCheck, "staff_visual_check"},
        {FailureChoice::Mynaportal, "mynaportal"},
        {FailureChoice::ProofDocument, "proof"},
        {FailureChoice::Declaration, "declaration"},
        {FailureChoice::NothingAvailable, "nothing"},
    };
};

// The choices after `outcome`, the one most likely to work first. Mynaportal
// only for device, card and outage failures (DOMAIN.md §2(1)): after
// 資格（無効） or 資格情報なし it cannot show a valid qualification either
// (§1(1)※).
std::vector<FailureChoice> failureChoicesFor(EligibilityOutcome outcome);

// What the eligibility source answered, as the flow needs it.
struct CheckAnswer {
    EligibilityOutcome outcome = EligibilityOutcome::NoAnswer;
    std::optional<Qualification> qualification;
    IdentityFields identity;  // as the terminal shows the person
    std::string terminalCode;
    std::string terminalMessage;  // with terminalCode: what the terminal said was wrong
    // The terminal refused the request itself (returned it, with a .err):
    // its numbers, not the terminal, may be at fault.
    bool requestRefused = false;
    // Valid, and a first visit or a new insurer (identityConfirmationNeeded):
    // the patient confirms the terminal's name and birth date.
    bool confirmIdentity = false;
};

struct CounterShare {
    int tenths = 3;              // 3 = 3割; 10 = the full fee
    bool staffConfirms = false;  // the desk should check it with the patient
};

struct FlowSettings {
    bool cardReaderAvailable = false;  // offer CardPin before the form
    IdleTimeouts idle;
    CopaymentPolicy copayment;
};

class CheckInFlow {
public:
    CheckInFlow(const FormTemplate& form, FlowSettings settings);

    FlowScreen screen() const { return screen_; }
    const FormTemplate& form() const { return form_; }
    const std::optional<CheckAnswer>& answer() const { return answer_; }
    ProofPath proofPath() const { return proofPath_; }
    IdentityConfirmation identityConfirmation() const { return identityConfirmation_; }
    DeclarationWizard& wizard() { return wizard_; }
    const DeclarationWizard& wizard() const { return wizard_; }
    // The wizard the step screen shows: the 資格確認書 numbers or the 申立書.
    DeclarationWizard& activeWizard() {
        return screen_ == FlowScreen::DocumentNumbers ? lookupWizard_ : wizard_;
    }
    // The person 「ご本人の情報ですか？」 shows: the 資格確認書 look-up's when
    // there is one, else the card check's.
    const IdentityFields& identityToConfirm() const;
    // The 資格確認書 look-up to run now (on the Checking screen), if any.
    std::optional<DocumentNumbers> documentLookup() const;
    // The template asks for a 資格確認書's numbers (v2 and later).
    bool documentLookupOffered() const { return lookupForm_.steps.size() >= 2; }
    // The last look-up found nothing usable: the document is shown at the counter.
    bool documentLookupFailed() const { return failedLookup_.has_value(); }
    // The terminal gave no answer or failed (silent, its own error, or the
    // patient went on without waiting): not the patient's numbers' fault.
    bool documentLookupUnanswered() const {
        return failedLookup_ && (failedLookup_->outcome == EligibilityOutcome::NoAnswer ||
                                 (failedLookup_->outcome == EligibilityOutcome::TerminalError &&
                                  !failedLookup_->requestRefused));
    }
    // The terminal refused the look-up request (often a number it cannot
    // take: a typing slip); the patient may correct the numbers.
    bool documentLookupRejected() const {
        return failedLookup_ && failedLookup_->outcome == EligibilityOutcome::TerminalError &&
               failedLookup_->requestRefused;
    }
    // The look-up found the document valid and the patient confirmed it is theirs.
    bool documentVerified() const {
        return documentAnswer_.has_value() &&
               identityConfirmation_ == IdentityConfirmation::Confirmed;
    }
    bool staffCalled() const { return staffCall_.has_value(); }
    // Why staff were called, while the call is open.
    std::optional<StaffCallReason> staffCallReason() const { return staffCall_; }
    // How the last call ended on this kiosk; none while one is open, and none
    // when a reset left it open for the desk (the patient walked away).
    std::optional<StaffCallEnd> lastStaffCallEnd() const { return staffCallEnd_; }
    // The last save failed: the screen says so and offers to retry or call
    // staff; nothing entered is lost.
    bool saveFailed() const { return saveFailed_; }
    // What the patient pays at the counter (finish screen); nullopt where
    // staff decide it after seeing the Mynaportal screen or the document.
    std::optional<CounterShare> counterShare() const;
    const std::vector<std::uint8_t>& signaturePng() const { return signaturePng_; }

    // Patient actions. Each one is ignored where it makes no sense (a double
    // tap arriving after the screen changed), so the flow never dead-ends.
    // `today` is the visit date: ages and the record's date are reckoned on it.
    void start(CivilDate today, FlowClock::time_point now);
    void cardPlaced(FlowClock::time_point now);
    // 「カードを置いても進まないとき」: the reader or the terminal is not
    // answering; the ways on for an outage are offered (notice §2, 別添2).
    void cardNotAnswering(FlowClock::time_point now);
    // Whether 「進まないとき」 is offered: waiting for the card reader.
    bool waitingForCardReader() const {
        return screen_ == FlowScreen::PlaceCard ||
               (screen_ == FlowScreen::Checking && !lookingUpDocument_ && !answer_);
    }
    void checkAnswered(const CheckAnswer& answer, FlowClock::time_point now);
    // A 資格確認書 look-up still unanswered after kSlowCheck: the patient is
    // told why they wait and may go on without the answer
    // (goOnWithoutWaiting: shown at the counter, as after no answer). An
    // answer arriving after that is not applied: the check is no longer wanted.
    static constexpr auto kSlowCheck = std::chrono::seconds(5);
    bool checkTakingLong(FlowClock::time_point now) const {
        return screen_ == FlowScreen::Checking && lookingUpDocument_ &&
               now - lookupStarted_ >= kSlowCheck;
    }
    void goOnWithoutWaiting(FlowClock::time_point now);
    // The choices the CheckFailed screen offers for this answer.
    std::vector<FailureChoice> choices() const;
    // Ignored unless it is one of choices().
    void choose(FailureChoice choice, FlowClock::time_point now);
    // From the ProofAtCounter screen: type the 資格確認書's numbers.
    void checkDocumentNumbers(FlowClock::time_point now);
    // The terminal's answer to documentLookup().
    void documentChecked(const CheckAnswer& answer, FlowClock::time_point now);
    // 「ご本人の情報ですか？」: "no" calls staff and flags a possible mis-linked record.
    void identityAnswered(bool isMe, FlowClock::time_point now);
    // The one forward button of explanation screens and of each wizard step.
    void next(FlowClock::time_point now);
    // A tap answered a wizard step's only question (a choice or a tick): the
    // step goes on by itself, one tap fewer (issue 10). A step that now asks
    // more (「いいえ、代わりに署名します」 opens 患者との関係) stays.
    void answeredByTap(FlowClock::time_point now);
    // 「わからない・書かない」 on a wizard step whose questions are all optional:
    // they are left blank and the wizard goes on.
    void leaveStepBlank(FlowClock::time_point now);
    void back(FlowClock::time_point now);
    void skipCardRead(FlowClock::time_point now);
    void cardRead(const IdentityFields& face, FlowClock::time_point now);
    // 「なおす」 beside an answer on the review page or the ConfirmKnown page:
    // that question's step, with fieldToEdit() open, then back to the page.
    void editField(const std::string& fieldKey, FlowClock::time_point now);
    // 「はい」 on the ConfirmKnown page: the known answers are not asked again.
    void confirmKnown(FlowClock::time_point now);
    // The question a 「なおす」 opened, for the step screen to open its editor.
    const std::string& fieldToEdit() const { return fieldToEdit_; }
    void signatureGiven(std::vector<std::uint8_t> png, FlowClock::time_point now);
    // 「スタッフを呼ぶ」; a call already open keeps its first reason.
    void callStaff(FlowClock::time_point now,
                   StaffCallReason reason = StaffCallReason::PatientAsked);
    // The patient no longer needs anyone.
    void cancelStaffCall(FlowClock::time_point now);
    // Staff came and closed the call on the kiosk.
    void staffDone(FlowClock::time_point now);
    void touched(FlowClock::time_point now);

    // The record to save, once the patient has finished a path; the app
    // saves it and reports back with recordSaved / recordNotSaved.
    std::optional<CheckInRecord> recordToSave() const;
    // `receptionNumber`: the day's 受付番号 the store gave the record.
    void recordSaved(std::int64_t id, FlowClock::time_point now,
                     std::optional<int> receptionNumber = std::nullopt);
    void recordNotSaved(FlowClock::time_point now);
    std::optional<std::int64_t> savedRecordId() const { return savedId_; }
    // The 受付番号 the finish screen shows.
    std::optional<int> receptionNumber() const { return receptionNumber_; }
    // Checked in with nothing left for the desk to see (a confirmed valid
    // check or a verified 資格確認書); otherwise the patient shows something
    // at the counter.
    bool checkedInAtKiosk() const;

    // Idle handling; ResetNow has already wiped everything when returned.
    IdleState tick(FlowClock::time_point now);
    int idleSecondsLeft(FlowClock::time_point now) const {
        return idle_.secondsLeft(now, idlePhase());
    }
    // 「まだ続けますか？」 is on screen (the welcome screen never asks, the
    // finish screen only while a staff call is open).
    bool idleWarning(FlowClock::time_point now) const {
        return screen_ != FlowScreen::Welcome &&
               idle_.state(now, idlePhase()) == IdleState::Warning;
    }
    // How long an open staff call keeps the screen as it is.
    std::chrono::seconds staffCallWait() const { return idle_.timeouts().staffCallWait; }
    // Back to the welcome screen with nothing of this patient left.
    void reset();

private:
    CheckInRecord buildRecord() const;
    IdlePhase idlePhase() const;
    void endStaffCall(StaffCallEnd how, FlowClock::time_point now);
    void prefillFrom(const IdentityFields& identity, CrossCheckSource source);
    void startForm();
    void nextInDeclaration();
    // After the intro or the card read: the known answers first, if any.
    void enterDeclarationSteps();

    const FormTemplate& form_;
    FlowSettings settings_;
    IdleTimer idle_;
    FlowScreen screen_ = FlowScreen::Welcome;
    std::optional<CheckAnswer> answer_;
    CivilDate today_;
    ProofPath proofPath_ = ProofPath::None;
    IdentityConfirmation identityConfirmation_ = IdentityConfirmation::NotAsked;
    DeclarationWizard wizard_;
    FormTemplate lookupForm_;
    DeclarationWizard lookupWizard_;
    bool lookingUpDocument_ = false;
    FlowClock::time_point lookupStarted_{};
    std::optional<CheckAnswer> failedLookup_;    // the last look-up's answer, when it failed
    std::optional<CheckAnswer> documentAnswer_;  // a valid look-up
    std::vector<std::uint8_t> signaturePng_;
    std::optional<StaffCallReason> staffCall_;
    std::optional<StaffCallEnd> staffCallEnd_;
    bool saveFailed_ = false;
    bool readyToSave_ = false;
    // Where a 「なおす」 came from (Review or ConfirmKnown), to go back after it.
    std::optional<FlowScreen> returnTo_;
    std::string fieldToEdit_;
    // Who told the pre-filled name and birth date: the card face is an
    // independent source for the cross-check, the terminal is not (DOMAIN.md §5).
    std::optional<CrossCheckSource> prefillSource_;
    std::optional<std::int64_t> savedId_;
    std::optional<int> receptionNumber_;
};

}  // namespace kiosk
