#pragma once
// A large box the patient signs in with a finger, with "undo a stroke" and
// "start over" below it. Strokes are kept in SignatureStrokes' coordinates;
// rasterizeSignature turns them into the PNG the record keeps.
#include <imgui.h>

#include "core/Language.h"
#include "input/SignatureStrokes.h"

namespace kiosk::ui {

// Draws the box (`boxSize` pixels, mapped onto strokes.width() ×
// strokes.height()) at the cursor and the buttons below, inside an ID scope
// named `id`. Returns true when the strokes changed.
bool drawSignaturePad(const char* id, input::SignatureStrokes& strokes, ImVec2 boxSize,
                      float touchPx, Language lang);

}  // namespace kiosk::ui
