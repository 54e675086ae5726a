#pragma once
// How to place the My Number card (issue 10 item 12): a drawing of the card
// lying face up on the face-recognition reader's tray, with an arrow down to
// it. Shapes carry the meaning, with outlines, never colour alone.
#include <imgui.h>

namespace kiosk::ui {

// Draws the picture in a box of `size` at the cursor and moves past it.
void drawCardPlacementPicture(ImVec2 size);

}  // namespace kiosk::ui
