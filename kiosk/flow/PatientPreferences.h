#pragma once
// The patient's own display choices: language, large text and high contrast.
// They belong to one visit: when it ends (the finish screen is left, by its
// button, its timer or the next patient's card, or the idle reset wipes an
// unfinished visit, or the welcome screen stays untouched for the idle time
// after someone chose there and walked away) they return to the clinic's
// defaults, so that the next patient never meets the last one's English or
// large text.
#include "CheckInFlow.h"
#include "core/Language.h"

namespace kiosk {

struct DisplayChoices {
    Language language = Language::Japanese;
    bool largeText = false;
    bool highContrast = false;

    bool operator==(const DisplayChoices&) const = default;
};

// Whether the frame from `before` to `after` ended a patient's visit;
// `idle` is what the flow's idle check returned in that frame.
bool visitEnded(FlowScreen before, FlowScreen after, IdleState idle);

class PatientPreferences {
public:
    explicit PatientPreferences(DisplayChoices defaults)
        : defaults_(defaults), current_(defaults) {}

    const DisplayChoices& current() const { return current_; }
    bool atDefaults() const { return current_ == defaults_; }
    void switchLanguage();
    void toggleLargeText() { current_.largeText = !current_.largeText; }
    void toggleHighContrast() { current_.highContrast = !current_.highContrast; }

    // Once per frame, after the flow moved from `before` to `after`: back to
    // the defaults when the visit ended.
    void followVisit(FlowScreen before, FlowScreen after, IdleState idle);

private:
    DisplayChoices defaults_;
    DisplayChoices current_;
};

}  // namespace kiosk
