#pragma once
// The first screen a patient sees: nothing personal, one large start button,
// the language switch and the call-staff button (UX.md).
#include "FontSet.h"
#include "core/Language.h"

namespace kiosk::ui {

enum class WelcomeAction { None, Start, SwitchLanguage, CallStaff };

WelcomeAction drawWelcomeScreen(Language lang, const FontSet& fonts);

}  // namespace kiosk::ui
