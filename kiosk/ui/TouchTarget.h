#pragma once
// Touch-target size in pixels from the panel's pixel density (UX.md: ≥ 15 mm).
// No ImGui here.

namespace kiosk::ui {

constexpr float kTouchTargetMm = 15.0f;
// 15 mm on a 21.5" 1920×1080 panel (102 dpi), used when the display does not
// report a believable density (X servers often claim 96 whatever the panel).
constexpr float kDefaultTouchTargetPx = 60.0f;

// `dpi` as the display reports it (0 or less: unknown). Densities outside
// 72–600 dpi are not believed and give the default.
float touchTargetPx(float dpi);

}  // namespace kiosk::ui
