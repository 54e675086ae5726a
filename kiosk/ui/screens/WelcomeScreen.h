#pragma once
// The first screen a patient sees: nothing personal, one large start button,
// and the switches for language, text size and contrast (UX.md).
#include "ScreenContext.h"

namespace kiosk::ui {

enum class WelcomeAction {
    None,
    Start,
    SwitchLanguage,
    ToggleLargeText,
    ToggleHighContrast,
    CallStaff
};

struct WelcomeState {
    bool largeText = false;
    bool highContrast = false;
};

WelcomeAction drawWelcomeScreen(const ScreenContext& ctx, const WelcomeState& state);

}  // namespace kiosk::ui
