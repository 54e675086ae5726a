#pragma once
// UX.md's touch rules, checked on the targets a widget drew in one frame.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "ui/widgets/TouchTarget.h"

namespace kiosk::test {

// The panels clinics use (UX.md): every screen and keyboard must fit each.
struct ClinicPanel {
    const char* name;
    ImVec2 size;
};
inline const ClinicPanel kClinicPanels[] = {{"1920x1080", {1920, 1080}},
                                            {"1366x768", {1366, 768}},
                                            {"1280x800", {1280, 800}},
                                            {"1080x1920", {1080, 1920}}};

// Every target at least touchPx square, and every two a touch gap apart.
inline void expectTouchSizedAndApart(const std::vector<ui::TouchTarget>& targets, float touchPx) {
    const float gap = ui::touchGap(touchPx);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        EXPECT_GE(targets[i].width(), touchPx) << targets[i].id;
        EXPECT_GE(targets[i].height(), touchPx) << targets[i].id;
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            const auto& a = targets[i];
            const auto& b = targets[j];
            const float dx = std::max(b.min.x - a.max.x, a.min.x - b.max.x);
            const float dy = std::max(b.min.y - a.max.y, a.min.y - b.max.y);
            EXPECT_GE(std::max(dx, dy), gap - 0.5f) << a.id << " / " << b.id;
        }
    }
}

// Every target wholly inside the rectangle [min, max] (the window, or the
// area a widget was given) and none overlapping another: what a finger can
// reach is all there is, and one tap presses one target.
inline void expectInsideWithoutOverlap(const std::vector<ui::TouchTarget>& targets, ImVec2 min,
                                       ImVec2 max) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto& a = targets[i];
        EXPECT_TRUE(a.min.x >= min.x && a.min.y >= min.y && a.max.x <= max.x && a.max.y <= max.y)
            << a.id << " at (" << a.min.x << ", " << a.min.y << ")–(" << a.max.x << ", " << a.max.y
            << ")";
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            const auto& b = targets[j];
            const bool overlap =
                a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
            EXPECT_FALSE(overlap) << a.id << " / " << b.id;
        }
    }
}

}  // namespace kiosk::test
