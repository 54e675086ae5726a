#pragma once
// What every patient screen needs to draw itself: the language, the fonts,
// the size of a touch target, and the time (for countdowns).
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/CivilDate.h"
#include "core/Language.h"
#include "core/MessageCatalog.h"
#include "flow/IdleTimer.h"
#include "input/KanaKanjiConverter.h"
#include "ui/FontSet.h"
#include "ui/Palette.h"

namespace kiosk::ui {

struct ScreenContext {
    Language lang = Language::Japanese;
    FontSet fonts;
    float touchPx = 96.0f;  // minimum height of anything tapped (≥ 15 mm)
    FlowClock::time_point now{};
    CivilDate today = *CivilDate::make(2000, 1, 1);  // the visit date
    const Palette* palette = nullptr;  // the recommended choice's and warnings' colours
    input::KanaKanjiConverter* converter = nullptr;  // null: names are kept as kana
    // Keyboard and number-pad keys aim at touchPx but may shrink towards a
    // fingertip's size (Theme::fingerPx) rather than run off a small panel
    // in large text; 0: touchPx.
    float fingerPx = 0;

    float keyPx() const { return fingerPx > 0 && fingerPx < touchPx ? fingerPx : touchPx; }
    // The recommended button stands out by its height: a quarter more than a
    // fingertip's target, and never less than any other button.
    float primaryPx() const { return std::max(touchPx, keyPx() * 1.25f); }

    const std::string& text(std::string_view key) const {
        return MessageCatalog::builtIn().text(lang, key);
    }
    std::string format(std::string_view key,
                       const std::vector<std::pair<std::string, std::string>>& values) const {
        return MessageCatalog::builtIn().format(lang, key, values);
    }
};

}  // namespace kiosk::ui
