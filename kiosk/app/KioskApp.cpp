#include "KioskApp.h"

#include <imgui.h>

#include <filesystem>
#include <iostream>

#include "core/MessageCatalog.h"
#include "store/SqliteRecordStore.h"
#include "ui/FontSet.h"
#include "ui/KioskWindow.h"
#include "ui/WelcomeScreen.h"

namespace kiosk::app {

namespace {
// The first frames differ while ImGui lays windows out; the screenshot is
// taken once the screen has settled.
constexpr int kScreenshotFrame = 3;
}  // namespace

int runKiosk(const KioskOptions& options) {
    // The record file first: a kiosk that cannot save must not invite
    // patients to start, and a bad file must be reported, not replaced.
    std::error_code ec;
    std::filesystem::create_directories(options.dbPath.parent_path(), ec);
    auto store = SqliteRecordStore::open(options.dbPath.string());
    if (!store) {
        std::cerr << "kiosk: " << store.error().message << "\n";
        return 1;
    }

    Language lang = options.language;
    auto window = ui::KioskWindow::open({MessageCatalog::builtIn().text(lang, "app.title"),
                                         options.width, options.height, options.fullscreen});
    if (!window) {
        std::cerr << "kiosk: " << window.error().message << "\n";
        return 1;
    }
    auto fonts =
        ui::loadFonts(*ImGui::GetIO().Fonts, options.dataDir / "fonts" / "ipaexg.ttf", 1.0f);
    if (!fonts) {
        std::cerr << "kiosk: " << fonts.error().message << "\n";
        return 1;
    }
    ImGui::StyleColorsLight();              // dark text on light: readable in a bright waiting room
    ImGui::GetStyle().ScaleAllSizes(2.0f);  // touch: larger paddings and rounding

    int frame = 0;
    while ((*window)->waitAndPumpEvents()) {
        (*window)->beginFrame();
        switch (ui::drawWelcomeScreen(lang, *fonts)) {
            case ui::WelcomeAction::SwitchLanguage:
                lang = lang == Language::Japanese ? Language::English : Language::Japanese;
                break;
            case ui::WelcomeAction::Start:
            case ui::WelcomeAction::CallStaff:
            case ui::WelcomeAction::None:
                break;
        }
        (*window)->endFrame();
        if (++frame == kScreenshotFrame && !options.screenshot.empty()) {
            if (auto saved = (*window)->saveScreenshot(options.screenshot); !saved) {
                std::cerr << "kiosk: " << saved.error().message << "\n";
            }
        }
        (*window)->present();
    }
    return 0;
}

}  // namespace kiosk::app
