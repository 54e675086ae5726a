#include "TouchInput.h"

#include <imgui.h>

#include <cfloat>

namespace kiosk::ui {

void TouchInput::push(const PointerEvent& event) {
    queue_.push_back(event);
}

void TouchInput::applyTo(ImGuiIO& io) {
    if (clearHoverNextFrame_) {
        hasPosition_ = false;
        clearHoverNextFrame_ = false;
    }
    // Moves before the next press or release are folded into one position.
    while (!queue_.empty()) {
        const PointerEvent event = queue_.front();
        queue_.pop_front();
        x_ = event.x;
        y_ = event.y;
        hasPosition_ = true;
        if (event.kind == PointerEvent::Kind::Move) continue;
        down_ = event.kind == PointerEvent::Kind::Press;
        clearHoverNextFrame_ = !down_ && event.source == PointerSource::Touch;
        break;
    }
    io.MousePos = hasPosition_ ? ImVec2(x_, y_) : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = down_;
}

}  // namespace kiosk::ui
