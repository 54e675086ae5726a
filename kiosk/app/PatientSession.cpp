#include "PatientSession.h"

#include <iostream>

#include "eligibility/TerminalResponseAttachment.h"
#include "flow/FollowUpPlan.h"

namespace kiosk::app {

namespace {
constexpr std::string_view kActor = "kiosk";
}

PatientSession::PatientSession(RecordStore& store, EligibilitySource& source,
                               SimulatedTerminal* simulator, const FormTemplate& form,
                               FlowSettings settings, std::function<void()> wake)
    : store_(store),
      source_(source),
      simulator_(simulator),
      flow_(form, settings),
      check_(wake),
      card_("", wake) {}

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
    flow_.tick(now);
    const FlowScreen previous = std::exchange(lastScreen_, flow_.screen());
    if (previous != FlowScreen::Welcome && flow_.screen() == FlowScreen::Welcome) wipe();
    runCheck(today, now);
    runCardRead(previous, now);
    saveRecord(now);
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
    // A real terminal's reader waits for the card itself once asked; the
    // simulator needs a demo card placed first.
    const bool wanted = screen == FlowScreen::Checking ||
                        (screen == FlowScreen::PlaceCard && simulator_ == nullptr);
    if (!wanted) {
        if (check_.running()) check_.cancel();
        return;
    }
    if (!check_.running()) {
        CheckRequest request;
        request.reference = CheckReference::Card;
        request.confirmationDate = today;
        check_.start(
            [this, request](std::stop_token stop) { return source_.check(request, stop); });
        return;
    }
    if (auto result = check_.take()) {
        if (flow_.screen() == FlowScreen::PlaceCard) flow_.cardPlaced(now);
        flow_.checkAnswered(
            {result->outcome, result->qualification, result->identity, result->terminalCode}, now);
        lastResult_ = std::move(*result);
    }
}

void PatientSession::saveRecord(FlowClock::time_point now) {
    auto record = flow_.recordToSave();
    if (!record) return;
    auto id = store_.create(*record, kActor);
    if (!id) {
        std::cerr << "kiosk: record not saved: " << id.error().message << "\n";
        flow_.recordNotSaved(now);
        return;
    }
    // The record itself is saved; what follows is kept with it. A failure
    // here is reported to staff through the log, never to the patient.
    if (!flow_.signaturePng().empty()) {
        auto added = store_.addAttachment(*id, AttachmentKind::Signature, "image/png",
                                          flow_.signaturePng(), kActor);
        if (!added) std::cerr << "kiosk: signature not kept: " << added.error().message << "\n";
    }
    if (lastResult_ && !lastResult_->rawResponse.empty()) {
        auto kept = keepTerminalResponse(store_, *id, *lastResult_, kActor);
        if (!kept) std::cerr << "kiosk: terminal answer not kept: " << kept.error().message << "\n";
    }
    for (const auto& followUp : planFollowUps(*record)) {
        auto added = store_.addFollowUp(*id, followUp.kind, followUp.due, followUp.note, kActor);
        if (!added) std::cerr << "kiosk: follow-up not added: " << added.error().message << "\n";
    }
    flow_.recordSaved(*id, now);
}

void PatientSession::wipe() {
    check_.cancel();
    card_.reset();
    screenState_.clear();
    lastResult_.reset();
    if (simulator_ != nullptr) simulator_->removeCard();
}

}  // namespace kiosk::app
