#include "PatientSession.h"

#include <iostream>

#include "core/VisitHistory.h"
#include "eligibility/TerminalResponseAttachment.h"
#include "flow/FollowUpPlan.h"

namespace kiosk::app {

namespace {
constexpr std::string_view kActor = "kiosk";
}

PatientSession::PatientSession(RecordStore& store, EligibilitySource& source,
                               SimulatedTerminal* simulator, const FormTemplate& form,
                               FlowSettings settings, DisplayChoices displayDefaults,
                               std::string kioskName, std::function<void()> wake)
    : store_(store),
      source_(source),
      simulator_(simulator),
      flow_(form, settings),
      preferences_(displayDefaults),
      check_(wake),
      card_("", wake),
      kioskName_(std::move(kioskName)) {}

std::vector<ui::DemoCard> PatientSession::demoCards() const {
    std::vector<ui::DemoCard> cards;
    if (simulator_ == nullptr) return cards;
    for (const auto& person : simulator_->people()) cards.push_back({person.id, person.label});
    return cards;
}

void PatientSession::placeDemoCard(const std::string& id, FlowClock::time_point now) {
    if (simulator_ == nullptr || flow_.screen() != FlowScreen::PlaceCard) return;
    simulator_->placeCard(id);
    flow_.cardPlaced(now);
}

void PatientSession::update(CivilDate today, FlowClock::time_point now) {
    const IdleState idle = flow_.tick(now);
    const FlowScreen previous = std::exchange(lastScreen_, flow_.screen());
    if (previous != FlowScreen::Welcome && flow_.screen() == FlowScreen::Welcome) wipe();
    runCheck(today, now);
    runCardRead(previous, now);
    saveRecord(now);
    syncStaffCall();
    preferences_.followVisit(previous, flow_.screen(), idle);
}

void PatientSession::syncStaffCall() {
    if (const auto reason = flow_.staffCallReason()) {
        if (openStaffCall_) return;
        chime_ = true;  // sounded even if the store cannot keep the call
        auto opened = store_.openStaffCall(kioskName_, *reason, kActor);
        if (!opened) {
            std::cerr << "kiosk: staff call not recorded: " << opened.error().message << "\n";
            openStaffCall_ = OpenStaffCall{};  // nothing in the store to end later
            return;
        }
        openStaffCall_ = OpenStaffCall{*opened};
        return;
    }
    if (!openStaffCall_) return;
    // Ended on the kiosk; after a reset it stays open for the desk.
    const auto how = flow_.lastStaffCallEnd();
    if (how && openStaffCall_->storeId) {
        auto ended = store_.endStaffCall(*openStaffCall_->storeId, *how, kActor);
        // Conflict: the desk closed it first.
        if (!ended && ended.error().kind != StoreError::Conflict) {
            std::cerr << "kiosk: staff call end not recorded: " << ended.error().message << "\n";
        }
    }
    openStaffCall_.reset();
}

void PatientSession::runCardRead(FlowScreen previous, FlowClock::time_point now) {
    const bool onCardPin = flow_.screen() == FlowScreen::CardPin;
    if (onCardPin && previous != FlowScreen::CardPin) card_.begin();
    if (!onCardPin) {
        if (previous == FlowScreen::CardPin) card_.reset();
        return;
    }
    card_.poll();
    if (auto identity = card_.takeIdentity()) {
        flow_.cardRead(*identity, now);
        card_.reset();
    }
}

void PatientSession::runCheck(CivilDate today, FlowClock::time_point now) {
    const FlowScreen screen = flow_.screen();
    // Nothing is requested for a card: the face reader answers by itself once
    // the card is placed, so the wait begins as soon as the patient is asked
    // to place it, and only answers appearing after that are taken. Patients
    // also place the card before touching the screen, or while the last
    // patient's finish screen still shows: an answer then starts their
    // check-in.
    const bool betweenPatients = screen == FlowScreen::Welcome || screen == FlowScreen::Finished;
    const bool wanted =
        screen == FlowScreen::Checking || screen == FlowScreen::PlaceCard || betweenPatients;
    if (!wanted) {
        if (check_.running()) check_.cancel();
        return;
    }
    const auto lookup = flow_.documentLookup();
    if (!check_.running()) {
        CheckRequest request;
        request.reference = lookup ? CheckReference::InsuranceCard : CheckReference::Card;
        request.confirmationDate = today;
        // No time-out for a card: a reader that never answers is reported by
        // the patient (「進まないとき」) or ends with the idle reset.
        request.waitUntilCancelled = !lookup;
        if (lookup) {
            request.insurerNumber = lookup->insurerNumber;
            request.symbol = lookup->symbol;
            request.number = lookup->number;
            request.branch = lookup->branch;
            request.birthDate = lookup->birthDate;
        }
        checkIsDocumentLookup_ = lookup.has_value();
        checkIsForNextPatient_ = betweenPatients;
        check_.start(
            [this, request](std::stop_token stop) { return source_.check(request, stop); });
        return;
    }
    if (checkIsDocumentLookup_) {
        if (auto result = check_.take()) {
            const bool refused =
                result->failure && result->failure->reason == EligibilityError::Rejected;
            flow_.documentChecked({result->outcome, result->qualification, result->identity,
                                   result->terminalCode, result->terminalMessage, refused},
                                  now);
            lookupResult_ = std::move(*result);
        }
        return;
    }
    if (auto result = check_.take()) {
        if (flow_.screen() == FlowScreen::Finished) {
            // The next patient's card: the last patient's screen gives way.
            flow_.reset();
            forgetPatient();
            lastScreen_ = FlowScreen::Welcome;
        }
        if (flow_.screen() == FlowScreen::Welcome) flow_.start(today, now);
        if (flow_.screen() == FlowScreen::PlaceCard) flow_.cardPlaced(now);
        CheckAnswer answer{result->outcome, result->qualification, result->identity,
                           result->terminalCode, result->terminalMessage};
        if (answer.outcome == EligibilityOutcome::Valid && answer.qualification) {
            answer.confirmIdentity = identityConfirmationNeeded(
                answer.identity, *answer.qualification, earlierVisits(answer.identity));
        }
        flow_.checkAnswered(answer, now);
        lastResult_ = std::move(*result);
    }
}

std::vector<CheckInRecord> PatientSession::earlierVisits(const IdentityFields& person) {
    std::vector<CheckInRecord> visits;
    if (!person.birthDate) return visits;  // nobody to look for: the patient is asked
    RecordQuery query;
    query.patientBirthDate = person.birthDate;
    auto listed = store_.list(query);
    if (!listed) {
        // Unknown history: asking once too often is the safe side.
        std::cerr << "kiosk: earlier visits not read: " << listed.error().message << "\n";
        return visits;
    }
    for (auto& stored : *listed) visits.push_back(std::move(stored.record));
    return visits;
}

void PatientSession::saveRecord(FlowClock::time_point now) {
    auto record = flow_.recordToSave();
    if (!record) return;
    // One call saves it all or nothing: a signed 申立書 is never kept without
    // its signature, the terminal's answer or the front desk's follow-ups.
    NewCheckIn checkIn{std::move(*record), {}, {}};
    if (!flow_.signaturePng().empty()) {
        checkIn.attachments.push_back(
            {AttachmentKind::Signature, "image/png", flow_.signaturePng()});
    }
    for (const auto* result : {&lastResult_, &lookupResult_}) {
        if (!*result) continue;
        if (auto answer = terminalResponseAttachment(**result)) {
            checkIn.attachments.push_back(std::move(*answer));
        }
    }
    checkIn.followUps = planFollowUps(checkIn.record);
    auto saved = store_.createCheckIn(checkIn, kActor);
    if (!saved) {
        // Nothing was kept; the patient is told and may try again.
        std::cerr << "kiosk: record not saved: " << saved.error().message << "\n";
        flow_.recordNotSaved(now);
        return;
    }
    flow_.recordSaved(saved->recordId, now, saved->receptionNumber);
}

void PatientSession::wipe() {
    if (!checkIsForNextPatient_) check_.cancel();
    forgetPatient();
}

void PatientSession::forgetPatient() {
    card_.reset();
    screenState_.clear();
    lastResult_.reset();
    lookupResult_.reset();
    if (simulator_ != nullptr) simulator_->removeCard();
}

}  // namespace kiosk::app
