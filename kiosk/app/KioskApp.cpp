#include "KioskApp.h"

#include <SDL.h>
#include <imgui.h>

#include <filesystem>
#include <iostream>

#include "CardPinSession.h"
#include "LocalDate.h"
#include "PatientSession.h"
#include "core/MessageCatalog.h"
#include "eligibility/OqsFolderSource.h"
#include "eligibility/SimulatedPeople.h"
#include "forms/TemplateLibrary.h"
#include "store/SqliteRecordStore.h"
#include "ui/FontSet.h"
#include "ui/KioskWindow.h"
#include "ui/screens/PatientScreens.h"

namespace kiosk::app {

namespace {

// The first frames differ while ImGui lays windows out; the screenshot is
// taken once the screen has settled.
constexpr int kScreenshotFrame = 3;
constexpr std::string_view kDeclarationTemplate = "hihokensha-shikaku-moushitatesho";
// A deep link to the 資格情報 screen is unconfirmed (DOMAIN.md §2): the portal's top page.
constexpr const char* kMynaportalUrl = "https://myna.go.jp/";

// Wakes the render-on-events loop from a worker thread (SDL_PushEvent is thread-safe).
void wakeUiThread() {
    SDL_Event event{};
    event.type = SDL_USEREVENT;
    SDL_PushEvent(&event);
}

// Where check results come from: the clinic's terminal folder, or the
// built-in simulator over the same file interface.
struct EligibilitySetup {
    std::unique_ptr<EligibilitySource> folder;
    std::unique_ptr<SimulatedTerminal> simulator;
    EligibilitySource& source() { return simulator ? *simulator : *folder; }
};

std::optional<EligibilitySetup> openEligibility(const KioskOptions& options) {
    EligibilitySetup setup;
    if (!options.oqsDir.empty()) {
        OqsFolderSettings settings;
        settings.dir = options.oqsDir;
        setup.folder = std::make_unique<OqsFolderSource>(settings);
        return setup;
    }
    auto people = loadSimulatedPeople(options.dataDir / "assets" / "oqs" / "people.json");
    if (!people) {
        std::cerr << "kiosk: " << people.error().message << "\n";
        return std::nullopt;
    }
    auto simulator = SimulatedTerminal::start(std::move(*people));
    if (!simulator) {
        std::cerr << "kiosk: " << simulator.error().message << "\n";
        return std::nullopt;
    }
    setup.simulator = std::move(*simulator);
    return setup;
}

}  // namespace

int runKiosk(const KioskOptions& options) {
    if (options.mode != KioskMode::Patient) {
        std::cerr << "kiosk: only --mode patient is available in this version\n";
        return 2;
    }
    // The record file first: a kiosk that cannot save must not invite
    // patients to start, and a bad file must be reported, not replaced.
    std::error_code ec;
    std::filesystem::create_directories(options.dbPath.parent_path(), ec);
    auto store = SqliteRecordStore::open(options.dbPath.string());
    if (!store) {
        std::cerr << "kiosk: " << store.error().message << "\n";
        return 1;
    }
    auto form = TemplateLibrary(options.dataDir / "templates").loadLatest(kDeclarationTemplate);
    if (!form) {
        std::cerr << "kiosk: " << form.error().message << "\n";
        return 1;
    }
    auto eligibility = openEligibility(options);
    if (!eligibility) return 1;

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

    FlowSettings settings;
    settings.cardReaderAvailable = CardPinSession::readerPresent();
    PatientSession session(**store, eligibility->source(), eligibility->simulator.get(), *form,
                           settings, wakeUiThread);
    ui::PatientScreenInputs inputs{session.demoCards(), kMynaportalUrl};

    int frame = 0;
    while ((*window)->waitAndPumpEvents()) {
        const auto now = FlowClock::now();
        // Any touch counts as activity for the idle reset.
        if (ImGui::IsAnyMouseDown() || !ImGui::GetIO().InputQueueCharacters.empty()) {
            session.flow().touched(now);
        }
        session.update(localToday(), now);
        (*window)->beginFrame();
        const ui::ScreenContext ctx{lang, *fonts, 96.0f, now, localToday()};
        const auto actions = ui::drawPatientScreens(session.flow(), ctx, inputs);
        if (actions.switchLanguage) {
            lang = lang == Language::Japanese ? Language::English : Language::Japanese;
        }
        if (!actions.demoCard.empty()) session.placeDemoCard(actions.demoCard, now);
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
