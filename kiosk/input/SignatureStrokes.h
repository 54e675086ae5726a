#pragma once
// A finger signature as strokes of points, in the pad's own coordinates
// (0..width, 0..height). It is personal data: clear() overwrites the points
// before dropping them, so a reset leaves nothing of it in memory.
#include <cstddef>
#include <vector>

namespace kiosk::input {

struct StrokePoint {
    float x = 0;
    float y = 0;
};

class SignatureStrokes {
public:
    SignatureStrokes(float width, float height) : width_(width), height_(height) {}
    ~SignatureStrokes() { clear(); }
    SignatureStrokes(const SignatureStrokes&) = delete;
    SignatureStrokes& operator=(const SignatureStrokes&) = delete;

    // Starts a stroke where the finger lands, extends it as the finger moves
    // (points closer than a pixel to the last one are dropped).
    void begin(StrokePoint at);
    void extend(StrokePoint at);
    // Removes the last stroke. False when there was none.
    bool undo();
    // Overwrites and drops every stroke.
    void clear();

    bool empty() const { return strokes_.empty(); }
    const std::vector<std::vector<StrokePoint>>& strokes() const { return strokes_; }
    float width() const { return width_; }
    float height() const { return height_; }

private:
    float width_;
    float height_;
    std::vector<std::vector<StrokePoint>> strokes_;
};

}  // namespace kiosk::input
