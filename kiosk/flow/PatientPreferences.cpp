#include "PatientPreferences.h"

namespace kiosk {

bool visitEnded(FlowScreen before, FlowScreen after, IdleState idle) {
    if (idle == IdleState::ResetNow) return true;
    return before == FlowScreen::Finished && after != FlowScreen::Finished;
}

void PatientPreferences::switchLanguage() {
    current_.language =
        current_.language == Language::Japanese ? Language::English : Language::Japanese;
}

void PatientPreferences::followVisit(FlowScreen before, FlowScreen after, IdleState idle) {
    if (visitEnded(before, after, idle)) current_ = defaults_;
}

}  // namespace kiosk
