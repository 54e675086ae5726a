#pragma once
// The panels of UX.md, and the checks every keyboard layout must pass in
// the area it is given: keys inside it, none over another.
#include <gtest/gtest.h>

#include <string>

#include "input/KeyGridFit.h"

namespace kiosk::test {

struct Panel {
    const char* name;
    float width;
    float height;
};
// The panels of UX.md, less the page's margins.
constexpr Panel kPanels[] = {{"1920x1080", 1920 - 64, 1080},
                             {"1366x768", 1366 - 64, 768},
                             {"1280x800", 1280 - 64, 800},
                             {"1080x1920", 1080 - 64, 1920}};

inline bool overlap(const input::KeyRect& a, const input::KeyRect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

// `name` says which key failed: name(layout.keys[i].key).
template <class KeyT, class Name>
void expectInsideWithoutOverlap(const input::KeyLayout<KeyT>& layout, const input::KeyArea& area,
                                const std::string& where, Name name) {
    for (std::size_t i = 0; i < layout.keys.size(); ++i) {
        const input::KeyRect& a = layout.keys[i].rect;
        const std::string key = where + " " + name(layout.keys[i].key);
        EXPECT_GE(a.x, 0.0f) << key;
        EXPECT_GE(a.y, 0.0f) << key;
        EXPECT_LE(a.right(), area.width) << key;
        EXPECT_LE(a.bottom(), area.height) << key;
        for (std::size_t j = i + 1; j < layout.keys.size(); ++j) {
            EXPECT_FALSE(overlap(a, layout.keys[j].rect))
                << key << " / " << name(layout.keys[j].key);
        }
    }
}

}  // namespace kiosk::test
