#pragma once
// The on-screen keyboards: 50音 (katakana for フリガナ, hiragana for the
// reading typed before kana→kanji conversion) and Latin. Laid out to the
// area left at the cursor (input::layOutKeyboard), so they never run off
// its right or bottom edge while keys of the smallest size fit.
#include <optional>

#include "core/Language.h"
#include "input/TextEntry.h"

namespace kiosk::ui {

// Draws the keys at the cursor (inside an ID scope named `id`) into the
// content region left there, and returns the key tapped this frame.
std::optional<input::TextKey> drawTextKeys(const char* id, input::KeyboardScript script,
                                           float touchPx, Language lang);

// Draws the keys and applies a tapped key to `entry`. Returns true when it changed.
bool drawTextKeyboard(const char* id, input::TextEntry& entry, float touchPx, Language lang);

}  // namespace kiosk::ui
