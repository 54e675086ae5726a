#pragma once
// What end-to-end tests ask of a running window: the tappable targets by id
// (--touch-map) after every frame, and the first settled frame as a picture
// (--screenshot). Nothing at all when neither is asked for.
#include <filesystem>
#include <optional>
#include <string_view>

#include "TouchMapFile.h"
#include "ui/KioskWindow.h"

namespace kiosk::app {

class TestOutputs {
public:
    TestOutputs(const std::filesystem::path& touchMap, std::filesystem::path screenshot);
    ~TestOutputs();
    TestOutputs(const TestOutputs&) = delete;
    TestOutputs& operator=(const TestOutputs&) = delete;

    // Before the frame's targets are drawn.
    void beginFrame() { targets_.clear(); }
    // After endFrame(), before present(): `screen` names the screen in the map.
    void afterFrame(ui::KioskWindow& window, std::string_view screen);

private:
    ui::TouchTargetLog targets_;
    std::optional<TouchMapFile> touchMap_;
    std::filesystem::path screenshot_;
    int frame_ = 0;
};

}  // namespace kiosk::app
