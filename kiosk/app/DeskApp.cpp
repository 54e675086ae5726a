#include "DeskApp.h"

#include <SDL.h>
#include <imgui.h>

#include <iostream>

#include "LocalDate.h"
#include "RecordFile.h"
#include "TestOutputs.h"
#include "core/MessageCatalog.h"
#include "core/SecureWipe.h"
#include "desk/DailyPurge.h"
#include "desk/DeskExport.h"
#include "desk/DeskRecord.h"
#include "ui/Chime.h"
#include "ui/KioskWindow.h"
#include "ui/Theme.h"
#include "ui/screens/desk/DeskScreens.h"

namespace kiosk::app {

namespace {

// 20-pixel body text: a desk is read from arm's length, and shows rows.
constexpr float kDeskTextScale = 0.625f;
// The list follows the file at this rate (issue 11: within 1 s).
constexpr std::chrono::milliseconds kPollEvery{250};

// Everything the desk shows of patients while someone is logged in.
struct DeskData {
    std::optional<DeskList> list;
    std::optional<DeskRecord> record;
    std::string notice;
    bool copiedToClipboard = false;
};

// Logged off: nothing of any patient stays on screen, in the desk's memory
// or on the clipboard.
void forgetPatients(DeskData& data, ui::DeskScreenState& state) {
    if (data.copiedToClipboard) ImGui::SetClipboardText("");
    data = DeskData{};
    secureWipe(state.name.data(), state.name.size());
    secureWipe(state.birth.data(), state.birth.size());
}

DeskFilter todayOnly(CivilDate today) {
    return {today, today, std::nullopt, "", std::nullopt};
}

}  // namespace

int runDesk(const KioskOptions& options) {
    auto store = openRecordFile(options.dbPath, "kiosk", MissingFolder::Create);
    if (!store) return 1;
    ui::ThemeOptions themeOptions{options.highContrast ? ui::Contrast::High : ui::Contrast::Normal,
                                  options.largeText, 0, kDeskTextScale};
    ui::Theme theme = ui::makeTheme(themeOptions);
    const auto fontFile = options.dataDir / "fonts" / "ipaexg.ttf";
    auto window = ui::KioskWindow::open(
        {.title = MessageCatalog::builtIn().text(options.language, "desk.title"),
         .width = options.width,
         .height = options.height,
         .fullscreen = options.fullscreen,
         .fontFile = fontFile,
         .textScale = theme.textScale,
         .screenText = ""});
    if (!window) {
        std::cerr << "kiosk: " << window.error().message << "\n";
        return 1;
    }
    themeOptions.displayDpi = (*window)->displayDpi();
    theme = ui::makeTheme(themeOptions);
    ui::applyTheme(theme, ImGui::GetStyle());
    const Result<ui::FontSet, ui::FontLoadError> fonts = (*window)->fonts();
    auto chime = ui::Chime::open(options.dataDir / "assets" / "sounds" / "chime.wav");
    if (!chime) std::cerr << "kiosk: staff calls are silent: " << chime.error().message << "\n";

    DeskPolicy policy;
    policy.deskName = options.kioskName;
    policy.idleLogOff = std::chrono::minutes(options.deskIdleMinutes);
    policy.login.lockFor = std::chrono::minutes(options.loginLockMinutes);
    const DeskRecordPolicy recordPolicy{options.language, options.keepDaysAfterClaimWork};
    DailyPurge dailyPurge;
    DeskSession session(*store, policy);
    StaffCallBoard calls;
    DeskData data;
    ui::DeskScreenState state;

    TestOutputs testOutputs(options.touchMap, options.screenshot);
    while ((*window)->waitAndPumpEvents()) {
        const auto now = FlowClock::now();
        const CivilDate today = localToday();
        if (ImGui::IsAnyMouseDown() || !ImGui::GetIO().InputQueueCharacters.empty()) {
            session.activity(now);
        }
        if (session.logOffIfIdle(now)) forgetPatients(data, state);
        // What the 申立書 promised: records past their purge date go, once a day.
        if (auto purged = dailyPurge.runIfDue(*store, today, options.kioskName); purged) {
            if (*purged > 0 && data.list) data.list->markStale();
        } else {
            std::cerr << "kiosk: daily purge: " << purged.error().message << "\n";
        }
        if (calls.refresh(*store) && chime) (*chime)->play();
        if (data.list && data.list->refresh(*store) && data.record) {
            // Another desk or a kiosk changed something: the open record too.
            data.record->reload(*store);
        }
        if (data.list && data.list->error()) {
            data.notice = MessageCatalog::builtIn().format(
                options.language, "desk.store_failed", {{"reason", data.list->error()->message}});
        }
        testOutputs.beginFrame();
        (*window)->beginFrame();
        const ui::ScreenContext ctx{options.language, *fonts,  theme.touchTargetPx, now, today,
                                    theme.colors,     nullptr, theme.fingerPx};
        const ui::DeskView view{session,     data.list ? &*data.list : nullptr,
                                calls,       data.record ? &*data.record : nullptr,
                                data.notice, utcNow()};
        ui::DeskActions actions = ui::drawDesk(view, ctx, state);
        (*window)->endFrame();
        testOutputs.afterFrame(**window, session.loggedIn() ? "desk" : "desk_login");
        (*window)->present();

        if (actions.login) {
            session.logIn(actions.login->login, actions.login->password, utcNow(), now);
            secureWipe(actions.login->password);
            if (session.loggedIn()) {
                data.list.emplace(todayOnly(today));
                ui::showFilter(state, data.list->filter());
            }
        }
        if (actions.logOff) {
            session.logOff();
            forgetPatients(data, state);
        }
        if (actions.filter && data.list) data.list->setFilter(*actions.filter);
        if (actions.openRecord) {
            ui::clearStaffAction(state);
            data.notice.clear();
            data.record =
                DeskRecord::open(*store, *actions.openRecord, session.actor(), recordPolicy);
        }
        if (actions.closeRecord) {
            ui::clearStaffAction(state);
            data.record.reset();
        }
        if (actions.staffAction && data.record) {
            data.record->act(*store, *actions.staffAction, actions.staffActionRevision,
                             session.actor(), today);
            if (data.record->takeChanged()) {
                ui::clearStaffAction(state);
                if (data.list) data.list->markStale();
            }
        }
        if (actions.exportAs && data.list) {
            const auto& catalog = MessageCatalog::builtIn();
            auto done =
                exportFromDesk(*store, data.list->filter(), *actions.exportAs,
                               options.dbPath.parent_path() / "exports", session.actor(), utcNow());
            data.notice = done ? catalog.format(options.language, "desk.export.done",
                                                {{"count", std::to_string(done->records)},
                                                 {"file", done->file.string()}})
                               : catalog.format(options.language, "desk.export.failed",
                                                {{"reason", done.error().message}});
        }
        if (actions.takeCall) {
            if (auto taken = calls.take(*store, *actions.takeCall, session.actor()); !taken) {
                data.notice = taken.error().message;
            }
        }
        if (actions.copy) {
            ImGui::SetClipboardText(actions.copy->c_str());
            data.copiedToClipboard = true;
            // Not the value: it may be personal, and would stay on screen.
            data.notice = MessageCatalog::builtIn().text(options.language, "desk.record.copied");
        }
        // The list and the calls follow the file; the idle log-off needs its clock.
        (*window)->requestFrameAfter(kPollEvery);
    }
    return 0;
}

}  // namespace kiosk::app
