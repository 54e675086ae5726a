#include "TestOutputs.h"

#include <iostream>

namespace kiosk::app {

namespace {
// The first frames differ while ImGui lays windows out; the screenshot is
// taken once the screen has settled.
constexpr int kScreenshotFrame = 3;
}  // namespace

TestOutputs::TestOutputs(const std::filesystem::path& touchMap, std::filesystem::path screenshot)
    : screenshot_(std::move(screenshot)) {
    if (touchMap.empty()) return;
    touchMap_.emplace(touchMap);
    ui::setTouchTargetLog(&targets_);
}

TestOutputs::~TestOutputs() {
    if (touchMap_) ui::setTouchTargetLog(nullptr);
}

void TestOutputs::afterFrame(ui::KioskWindow& window, std::string_view screen) {
    if (touchMap_) touchMap_->write(targets_, screen);
    if (++frame_ == kScreenshotFrame && !screenshot_.empty()) {
        if (auto saved = window.saveScreenshot(screenshot_); !saved) {
            std::cerr << "kiosk: " << saved.error().message << "\n";
        }
    }
}

}  // namespace kiosk::app
