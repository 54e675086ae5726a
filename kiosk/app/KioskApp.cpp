#include "KioskApp.h"

#include <SDL.h>
#include <imgui.h>

#include <filesystem>
#include <iostream>

#include "CardPinSession.h"
#include "DeskApp.h"
#include "LocalDate.h"
#include "PatientSession.h"
#include "RecordFile.h"
#include "TestOutputs.h"
#include "core/MessageCatalog.h"
#include "core/SecureWipe.h"
#include "eligibility/OqsFolderSource.h"
#include "eligibility/SimulatedPeople.h"
#include "forms/TemplateLibrary.h"
#include "store/SqliteRecordStore.h"
#include "ui/Chime.h"
#include "ui/FontSet.h"
#include "ui/KioskWindow.h"
#include "ui/Theme.h"
#include "ui/screens/PatientScreens.h"

namespace kiosk::app {

namespace {

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
    // Checks run off the UI thread: the face-answer memory gets a connection of its own.
    auto faceMemory = SqliteRecordStore::open(options.dbPath.string());
    if (!faceMemory) {
        std::cerr << "kiosk: " << faceMemory.error().message << "\n";
        return std::nullopt;
    }
    if (!options.oqsDir.empty()) {
        OqsFolderSettings settings;
        settings.dir = options.oqsDir;
        const auto defaults = TerminalErrorCodes::defaults();
        settings.errorCodes =
            TerminalErrorCodes(options.cardProblemCodes.empty()
                                   ? defaults.cardProblem()
                                   : TerminalErrorCodes::parseList(options.cardProblemCodes),
                               options.faceFailureCodes.empty()
                                   ? defaults.faceRecognitionFailed()
                                   : TerminalErrorCodes::parseList(options.faceFailureCodes));
        settings.request.medicalInstitutionCode = options.institutionCode;
        settings.face.faceDir = options.faceDir;
        settings.face.readerId = options.readerId;
        settings.face.archiveDir = options.faceArchive;
        setup.folder = std::make_unique<OqsFolderSource>(settings, std::move(*faceMemory));
        return setup;
    }
    auto people = loadSimulatedPeople(options.dataDir / "assets" / "oqs" / "people.json");
    if (!people) {
        std::cerr << "kiosk: " << people.error().message << "\n";
        return std::nullopt;
    }
    auto simulator = SimulatedTerminal::start(std::move(*people), std::move(*faceMemory));
    if (!simulator) {
        std::cerr << "kiosk: " << simulator.error().message << "\n";
        return std::nullopt;
    }
    setup.simulator = std::move(*simulator);
    return setup;
}

}  // namespace

int runKiosk(const KioskOptions& options) {
    if (options.mode == KioskMode::Desk) return runDesk(options);
    if (options.mode != KioskMode::Patient) {
        std::cerr << "kiosk: --mode admin is not available in this version\n";
        return 2;
    }
    // The record file first: a kiosk that cannot save must not invite
    // patients to start, and a bad file must be reported, not replaced.
    auto store = openRecordFile(options.dbPath, "kiosk", MissingFolder::Create);
    if (!store) return 1;
    auto form = TemplateLibrary(options.dataDir / "templates").loadLatest(kDeclarationTemplate);
    if (!form) {
        std::cerr << "kiosk: " << form.error().message << "\n";
        return 1;
    }
    auto eligibility = openEligibility(options);
    if (!eligibility) return 1;

    const auto fontFile = options.dataDir / "fonts" / "ipaexg.ttf";
    // The fonts are built while the window opens; a missing font fails here.
    auto window = ui::KioskWindow::open(
        {.title = MessageCatalog::builtIn().text(options.language, "app.title"),
         .width = options.width,
         .height = options.height,
         .fullscreen = options.fullscreen,
         .fontFile = fontFile,
         .textScale = options.largeText ? ui::kLargeTextScale : 1.0f,
         .screenText = screenTexts(*form)});
    if (!window) {
        std::cerr << "kiosk: " << window.error().message << "\n";
        return 1;
    }
    // The patient's choices of text size and contrast, as the theme draws them.
    const auto themeFor = [dpi = (*window)->displayDpi()](const DisplayChoices& choices) {
        return ui::ThemeOptions{choices.highContrast ? ui::Contrast::High : ui::Contrast::Normal,
                                choices.largeText, dpi};
    };
    const DisplayChoices displayDefaults{options.language, options.largeText, options.highContrast};
    ui::ThemeOptions themeOptions = themeFor(displayDefaults);
    ui::Theme theme = ui::makeTheme(themeOptions);
    ui::applyTheme(theme, ImGui::GetStyle());
    Result<ui::FontSet, ui::FontLoadError> fonts = (*window)->fonts();

    // Kana→kanji for names and addresses; without it they are kept as kana.
    auto converter = input::KanaKanjiConverter::open();
    if (!converter) std::cerr << "kiosk: kana-kanji conversion unavailable; names stay in kana\n";

    FlowSettings settings;
    settings.cardReaderAvailable = CardPinSession::readerPresent();
    settings.idle.staffCallWait = std::chrono::seconds(options.staffCallWaitSeconds);
    PatientSession session(*store, eligibility->source(), eligibility->simulator.get(), *form,
                           settings, displayDefaults, options.kioskName, wakeUiThread);
    auto chime = ui::Chime::open(options.dataDir / "assets" / "sounds" / "chime.wav");
    if (!chime) std::cerr << "kiosk: staff calls are silent: " << chime.error().message << "\n";
    ui::PatientScreenInputs inputs{session.demoCards(), kMynaportalUrl, {}, {}};

    // Tests tap targets by id: record them when asked to.
    TestOutputs testOutputs(options.touchMap, options.screenshot);
    while ((*window)->waitAndPumpEvents()) {
        const auto now = FlowClock::now();
        // Any touch counts as activity for the idle reset.
        if (ImGui::IsAnyMouseDown() || !ImGui::GetIO().InputQueueCharacters.empty()) {
            session.flow().touched(now);
        }
        session.update(localToday(), now);
        if (session.takeStaffCallChime() && chime) (*chime)->play();
        const DisplayChoices& choices = session.preferences().current();
        // Timers (idle reset, countdowns) need frames only away from the welcome screen.
        if (session.flow().screen() != FlowScreen::Welcome) {
            (*window)->requestFrameAfter(std::chrono::milliseconds(250));
        }
        testOutputs.beginFrame();
        (*window)->beginFrame();
        const ui::ScreenContext ctx{choices.language,
                                    *fonts,
                                    theme.touchTargetPx,
                                    now,
                                    localToday(),
                                    theme.colors,
                                    converter ? converter->get() : nullptr,
                                    theme.fingerPx};
        inputs.welcome = {choices.largeText, choices.highContrast};
        inputs.cardPin = session.cardPinView();
        auto actions = ui::drawPatientScreens(session.flow(), ctx, inputs, session.screenState());
        if (actions.switchLanguage) session.preferences().switchLanguage();
        if (!actions.demoCard.empty()) session.placeDemoCard(actions.demoCard, now);
        if (actions.toggleLargeText) session.preferences().toggleLargeText();
        if (actions.toggleHighContrast) session.preferences().toggleHighContrast();
        if (actions.cardPin) {
            session.submitCardPin(*actions.cardPin);
            secureWipe(*actions.cardPin);
        }
        (*window)->endFrame();
        std::string screen(enumName(session.flow().screen()));
        if (session.flow().staffCalled()) screen += "+staff";
        if (session.flow().idleWarning(now)) screen += "+still_there";
        testOutputs.afterFrame(**window, screen);
        (*window)->present();
        // A switch on the welcome screen, or the end of a visit (back to the defaults).
        if (auto wanted = themeFor(session.preferences().current());
            wanted.largeText != themeOptions.largeText ||
            wanted.contrast != themeOptions.contrast) {
            // Between frames: the atlas may only be rebuilt outside one.
            themeOptions = wanted;
            theme = ui::makeTheme(themeOptions);
            ui::applyTheme(theme, ImGui::GetStyle());
            if (auto reloaded = (*window)->loadFonts(fontFile, theme.textScale)) fonts = reloaded;
        }
        // Countdowns, the idle reset and the waiting indicator need frames
        // without input; an idle welcome screen needs none, unless a choice
        // made there must return to the defaults when nobody comes back.
        switch (session.flow().screen()) {
            case FlowScreen::Welcome:
                if (!session.preferences().atDefaults()) {
                    (*window)->requestFrameAfter(std::chrono::seconds(1));
                }
                break;
            case FlowScreen::PlaceCard:
            case FlowScreen::Checking:
                (*window)->requestFrameAfter(std::chrono::milliseconds(50));
                break;
            default:
                (*window)->requestFrameAfter(std::chrono::milliseconds(500));
                break;
        }
    }
    return 0;
}

}  // namespace kiosk::app
