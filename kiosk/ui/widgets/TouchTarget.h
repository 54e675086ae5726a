#pragma once
// Every tappable target of the widgets is drawn by touchButton. It keeps the
// press feedback in the frame the finger lands, and, when a TouchTargetLog is
// installed, reports each target's rectangle: tests find a key by its id
// and can check sizes and gaps (UX.md) without pixel positions baked in.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

// UX.md asks for 15 mm targets 8 mm apart; `touchPx` (the caller's 15 mm)
// fixes the pixels per millimetre, so the gap follows from it.
inline float touchGap(float touchPx) {
    return touchPx * (8.0f / 15.0f);
}

// The width a label may take in a button this wide: a sliver of frame stays
// free beside it, so it never touches the edge.
inline float labelRoom(float buttonWidth) {
    return buttonWidth * 0.92f;
}

struct TouchTarget {
    std::string id;  // as passed to touchButton: stable across languages
    ImVec2 min;
    ImVec2 max;
    bool enabled = true;
    // Wholly inside what its window shows: a key cut off by the screen edge,
    // a scroll region or a footer is neither tappable nor listed as such.
    bool visible = true;
    std::string text;  // what the button says: tests read the words a patient sees
    // The label is drawn whole: ImGui cuts a label wider than its button at
    // the button's right edge (large text, long English words).
    bool labelWhole = true;
    // How far the label was shrunk to fit (1: the text size of the screen).
    float labelScale = 1.0f;

    ImVec2 centre() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

class TouchTargetLog {
public:
    void clear() { targets_.clear(); }
    void add(TouchTarget target) { targets_.push_back(std::move(target)); }
    const std::vector<TouchTarget>& targets() const { return targets_; }
    // The first target drawn with this id, or nullptr.
    const TouchTarget* find(std::string_view id) const;

private:
    std::vector<TouchTarget> targets_;
};

// Targets drawn from now on are reported to `log`; nullptr (the kiosk) stops it.
void setTouchTargetLog(TouchTargetLog* log);

// An ImGui button of exactly `size` showing `text`, identified by `id`
// (unique within the current ID scope) so that its identity does not change
// with the language. A disabled one is drawn dimmed and never reports a press;
// nor does one only partly visible (a half-hidden key under 「次へ」).
bool touchButton(std::string_view text, std::string_view id, ImVec2 size, bool enabled = true);

// Reports the item just drawn (a text field, a list row) as a target with
// this id and text, for the tests that tap by id.
void logLastItemAsTarget(std::string_view id, std::string_view text);

}  // namespace kiosk::ui
