#include "SignatureStrokes.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/SecureWipe.h"

namespace kiosk::input {

namespace {

StrokePoint inside(StrokePoint p, float width, float height) {
    return {std::clamp(p.x, 0.0f, width), std::clamp(p.y, 0.0f, height)};
}

void wipe(std::vector<StrokePoint>& points) {
    secureWipe(points.data(), points.size() * sizeof(StrokePoint));
    points.clear();
}

}  // namespace

void SignatureStrokes::begin(StrokePoint at) {
    strokes_.push_back({inside(at, width_, height_)});
}

void SignatureStrokes::extend(StrokePoint at) {
    if (strokes_.empty()) return begin(at);
    const StrokePoint p = inside(at, width_, height_);
    const StrokePoint& last = strokes_.back().back();
    if (std::hypot(p.x - last.x, p.y - last.y) < 1.0f) return;
    strokes_.back().push_back(p);
}

bool SignatureStrokes::undo() {
    if (strokes_.empty()) return false;
    wipe(strokes_.back());
    strokes_.pop_back();
    return true;
}

void SignatureStrokes::clear() {
    for (auto& stroke : strokes_) wipe(stroke);
    strokes_.clear();
}

}  // namespace kiosk::input
