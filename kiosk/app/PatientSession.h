#pragma once
// Wires the patient flow to the outside world, once per frame on the UI
// thread: starts the eligibility check in the background and hands its answer
// to the flow, saves the finished record with its attachments and follow-ups,
// and wipes everything on reset. The flow decides; this only carries out.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "BackgroundTask.h"
#include "CardPinSession.h"
#include "eligibility/EligibilitySource.h"
#include "eligibility/SimulatedTerminal.h"
#include "flow/CheckInFlow.h"
#include "flow/PatientPreferences.h"
#include "store/RecordStore.h"
#include "ui/screens/CheckOutcomeScreens.h"
#include "ui/screens/DeclarationScreens.h"

namespace kiosk::app {

class PatientSession {
public:
    // `simulator` is the source too when the kiosk runs on the built-in
    // terminal simulator (demo cards); nullptr for a real terminal.
    // `kioskName` names this kiosk in its staff calls.
    PatientSession(RecordStore& store, EligibilitySource& source, SimulatedTerminal* simulator,
                   const FormTemplate& form, FlowSettings settings, DisplayChoices displayDefaults,
                   std::string kioskName, std::function<void()> wake);

    CheckInFlow& flow() { return flow_; }
    // Language, text size and contrast: the patient's, until the visit ends.
    PatientPreferences& preferences() { return preferences_; }

    // The simulator's test people for the demo panel; empty for a real terminal.
    std::vector<ui::DemoCard> demoCards() const;
    void placeDemoCard(const std::string& id, FlowClock::time_point now);

    // Call once per frame before drawing.
    void update(CivilDate today, FlowClock::time_point now);
    // True once for each staff call opened since the last time: the kiosk
    // sounds its chime.
    bool takeStaffCallChime() { return std::exchange(chime_, false); }

    // The declaration screens' buffers, wiped with the session.
    ui::DeclarationScreenState& screenState() { return screenState_; }
    const ui::CardPinView& cardPinView() const { return card_.view(); }
    void submitCardPin(const std::string& pin) { card_.submitPin(pin); }

private:
    void runCheck(CivilDate today, FlowClock::time_point now);
    void runCardRead(FlowScreen previous, FlowClock::time_point now);
    void saveRecord(FlowClock::time_point now);
    // Opens and ends the flow's staff calls in the store, for the desk.
    void syncStaffCall();
    // This clinic's records of the same birth date (the 2023-07-04 check).
    std::vector<CheckInRecord> earlierVisits(const IdentityFields& person);
    // Everything of the patient; a wait for the next patient's card goes on.
    void wipe();
    void forgetPatient();

    RecordStore& store_;
    EligibilitySource& source_;
    SimulatedTerminal* simulator_;
    CheckInFlow flow_;
    PatientPreferences preferences_;
    BackgroundTask<EligibilityResult> check_;
    std::optional<EligibilityResult> lastResult_;    // its raw file is kept with the record
    bool checkIsDocumentLookup_ = false;             // what check_ is running
    bool checkIsForNextPatient_ = false;             // started on the welcome or finish screen
    std::optional<EligibilityResult> lookupResult_;  // the 資格確認書 look-up's answer
    CardPinSession card_;
    ui::DeclarationScreenState screenState_;
    FlowScreen lastScreen_ = FlowScreen::Welcome;
    std::string kioskName_;
    // The flow's open staff call, and its id where the store could keep it.
    struct OpenStaffCall {
        std::optional<std::int64_t> storeId;
    };
    std::optional<OpenStaffCall> openStaffCall_;
    bool chime_ = false;
};

}  // namespace kiosk::app
