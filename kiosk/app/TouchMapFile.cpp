#include "TouchMapFile.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace kiosk::app {

void TouchMapFile::write(const ui::TouchTargetLog& log, std::string_view screen) {
    nlohmann::json targets = nlohmann::json::array();
    for (const auto& target : log.targets()) {
        targets.push_back({{"id", target.id},
                           {"x", target.centre().x},
                           {"y", target.centre().y},
                           {"width", target.width()},
                           {"height", target.height()},
                           {"enabled", target.enabled && target.visible}});
    }
    const std::string text = nlohmann::json{{"screen", screen}, {"targets", targets}}.dump();
    if (text == last_) return;
    last_ = text;
    const auto temporary = path_.string() + ".tmp";
    std::ofstream(temporary, std::ios::trunc) << text;
    std::error_code ec;
    std::filesystem::rename(temporary, path_, ec);
}

}  // namespace kiosk::app
