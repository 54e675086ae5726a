#pragma once
// The era date picker: era buttons, then year, month and day each between
// large − and + buttons (the year also by tens), the Western year beside the
// era year. It can only show a valid date; EraDateSelection::iso() is the value.
#include "core/Language.h"
#include "input/EraDateSelection.h"

namespace kiosk::ui {

// Draws the picker at the cursor (inside an ID scope named `id`). Returns
// true when the date changed.
bool drawEraDatePicker(const char* id, input::EraDateSelection& selection, float touchPx,
                       Language lang);

}  // namespace kiosk::ui
