#pragma once
// For end-to-end tests: the tappable targets on screen, by id, as a JSON file
// that a test driver reads to tap "choice.declaration" rather than a pixel
// position. Rewritten atomically, and only when the screen's targets change.
#include <filesystem>
#include <string>

#include "ui/widgets/TouchTarget.h"

namespace kiosk::app {

class TouchMapFile {
public:
    explicit TouchMapFile(std::filesystem::path path) : path_(std::move(path)) {}
    void write(const ui::TouchTargetLog& log, std::string_view screen);

private:
    std::filesystem::path path_;
    std::string last_;
};

}  // namespace kiosk::app
