#pragma once
// The date question: the date as typed, large (「昭和 [24]年 [12]月 [28]日」,
// the part being typed framed and underlined; tapping a part types it over),
// and under it the era buttons and a number pad laid out to the area left
// (input::layOutDatePad). What is typed is checked by input::EraDateEntry.
#include <string>

#include "core/Language.h"
#include "input/EraDateEntry.h"

struct ImFont;

namespace kiosk::ui {

// Draws the entry at the cursor (inside an ID scope named `id`) into the
// content region left there; `large` is the font of the typed date (the
// heading font: it holds every character the catalogue uses). Returns true
// when the entry changed.
bool drawEraDatePad(const char* id, input::EraDateEntry& entry, ImFont* large, float touchPx,
                    Language lang);

// What is typed so far, on one line: 「昭和 24年 12月」. Empty before anything is.
std::string typedDateText(const input::EraDateEntry& entry, Language lang);

// The sentence telling the patient what is wrong: 「平成は31年4月30日までです。」
std::string describeDateProblem(const input::DateProblem& problem, Language lang);

}  // namespace kiosk::ui
