#pragma once
// Pointer input for ImGui 1.86 on a touchscreen, free of SDL so it is tested
// without a window (LIBRARY-NOTES.md, touch traps):
// - positions come from the events themselves, never from polling, so a tap
//   lands where it was made even when no motion came first (no window
//   manager, SDL#3978);
// - at most one press or release reaches ImGui per frame, so a tap shorter
//   than a frame is still seen as down, then up (1.86 has no input queue);
// - after a finger lifts, the position is kept for one frame (the release
//   must land on the button to click) and then moved away, so nothing stays
//   hovered (imgui#1470). A mouse keeps its hover as usual.
#include <deque>

struct ImGuiIO;

namespace kiosk::ui {

enum class PointerSource { Mouse, Touch };

struct PointerEvent {
    enum class Kind { Move, Press, Release };
    Kind kind = Kind::Move;
    PointerSource source = PointerSource::Mouse;
    float x = 0;  // window pixels
    float y = 0;
};

class TouchInput {
public:
    void push(const PointerEvent& event);
    // Writes this frame's pointer position and left button into `io`; call
    // once per frame before ImGui::NewFrame().
    void applyTo(ImGuiIO& io);
    // True while queued input or a pending hover reset needs another frame.
    bool wantsFrame() const { return !queue_.empty() || clearHoverNextFrame_; }

private:
    std::deque<PointerEvent> queue_;
    float x_ = 0;
    float y_ = 0;
    bool hasPosition_ = false;
    bool down_ = false;
    bool clearHoverNextFrame_ = false;
};

}  // namespace kiosk::ui
