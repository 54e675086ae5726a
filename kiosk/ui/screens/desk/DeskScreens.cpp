#include "DeskScreens.h"

#include <imgui.h>

#include "DeskParts.h"
#include "ui/screens/ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

// The desk's name, who is logged in, and 「ログアウト」 at the right.
void drawTopBar(const DeskView& view, const ScreenContext& ctx, DeskActions& actions) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(ctx.text("desk.title").c_str());
    ImGui::PopFont();
    if (!view.session.loggedIn()) return;
    const StaffAccount& account = *view.session.account();
    const std::string who =
        ctx.format("desk.logged_in_as", {{"name", account.displayName}, {"login", account.login}});
    const float buttonWidth = ctx.touchPx * 2.6f;
    const float whoWidth = ImGui::CalcTextSize(who.c_str()).x;
    const float right = ImGui::GetContentRegionMax().x;
    ImGui::SameLine(right - buttonWidth - whoWidth - ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(who.c_str());
    ImGui::SameLine(right - buttonWidth);
    actions.logOff =
        touchButton(ctx.text("desk.log_off"), "log_off", ImVec2(buttonWidth, ctx.keyPx()));
    ImGui::Separator();
}

// 「受付一覧」 and 「フォローアップ（n）」: the chosen one filled.
void drawTabs(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state) {
    const std::string worklist =
        ctx.format("desk.tab.worklist", {{"count", std::to_string(view.list->worklist().size())}});
    float width = ctx.touchPx * 3;
    for (const std::string* label : {&ctx.text("desk.tab.list"), &worklist}) {
        width = std::max(
            width, ImGui::CalcTextSize(label->c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    }
    const auto tab = [&](const std::string& label, const char* id, bool chosen) {
        ButtonLook look(ctx, chosen ? ButtonStyle::Primary : ButtonStyle::Secondary);
        return touchButton(label, id, ImVec2(width, ctx.keyPx()));
    };
    if (tab(ctx.text("desk.tab.list"), "tab:list", !state.worklist)) state.worklist = false;
    ImGui::SameLine();
    if (tab(worklist, "tab:worklist", state.worklist)) state.worklist = true;
    // Notices beside the tabs: a line of their own would move every target below.
    if (!view.notice.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(view.notice.c_str());
    }
}

}  // namespace

DeskActions drawDesk(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state) {
    DeskActions actions;
    beginPage("desk");
    drawTopBar(view, ctx, actions);
    if (!view.session.loggedIn() || view.list == nullptr) {
        drawDeskLogin(view, ctx, state, actions);
        endPage();
        return actions;
    }
    drawStaffCalls(view, ctx, actions);
    drawTabs(view, ctx, state);
    if (!state.worklist) drawFilterBar(view, ctx, state, actions);
    // The list and the open record side by side where the list has room for
    // its columns, else one above the other (portrait, large text).
    const ImVec2 room = ImGui::GetContentRegionAvail();
    constexpr float kListShare = 0.56f;
    const bool sideBySide = room.x * kListShare >= deskTableWidth(ctx) && room.x > room.y;
    // A short landscape screen has no height for both: an open record takes
    // the page until 「閉じる」.
    // Stacked, the list has the page until a record is opened.
    const bool recordOpen = view.record != nullptr;
    const bool recordAlone = !sideBySide && room.x > room.y && recordOpen;
    if (!recordAlone) {
        const ImVec2 listSize = sideBySide   ? ImVec2(room.x * kListShare, room.y)
                                : recordOpen ? ImVec2(room.x, room.y * 0.45f)
                                             : room;
        ImGui::BeginChild("list", listSize, false);
        if (state.worklist) {
            drawWorklist(view, ctx, actions);
        } else {
            drawDeskTable(view, ctx, actions);
        }
        ImGui::EndChild();
    }
    if (sideBySide) ImGui::SameLine();
    if (sideBySide || recordOpen) {
        ImGui::BeginChild("record_pane", ImVec2(0, 0), true);
        drawRecordView(view, ctx, state, actions);
        ImGui::EndChild();
    }
    endPage();
    return actions;
}

}  // namespace kiosk::ui
