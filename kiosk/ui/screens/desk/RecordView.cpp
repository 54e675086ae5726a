#include <imgui.h>

#include "DeskParts.h"
#include "ui/screens/ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

constexpr float kLargeLine = 1.25f;  // the name and the figures, as on the slip

// One line of the record: its label, its value (the name and the figures in
// the heading font, as large as on the slip) and, for a claim number, a
// button that copies it for the receipt computer.
void drawLine(const SlipLine& line, int index, const ScreenContext& ctx, float copyWidth,
              DeskActions& actions) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", line.label.c_str());
    ImGui::TableNextColumn();
    // The body font scaled: only it holds every kanji a name may use.
    const bool large = line.emphasis != SlipEmphasis::Normal;
    if (large) ImGui::SetWindowFontScale(kLargeLine);
    if (line.label == "!") {
        drawError(ctx, line.value);
    } else {
        ImGui::TextWrapped("%s", line.value.c_str());
    }
    if (large) ImGui::SetWindowFontScale(1.0f);
    ImGui::TableNextColumn();
    if (line.copyable && !line.value.empty()) {
        ImGui::PushID(index);
        if (touchButton(ctx.text("desk.record.copy"), "copy:" + std::to_string(index),
                        ImVec2(copyWidth, ctx.keyPx()))) {
            actions.copy = line.value;
        }
        ImGui::PopID();
    }
}

}  // namespace

void drawRecordView(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                    DeskActions& actions) {
    if (view.record == nullptr) {
        ImGui::TextWrapped("%s", ctx.text("desk.record.none").c_str());
        return;
    }
    const float closeWidth = ctx.touchPx * 2.2f;
    const auto& content = view.record->content();
    if (content) {
        ImGui::PushFont(ctx.fonts.heading);
        ImGui::TextUnformatted(content->title.c_str());
        ImGui::PopFont();
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(ImGui::GetContentRegionMax().x - closeWidth);
    if (touchButton(ctx.text("desk.record.close"), "close_record",
                    ImVec2(closeWidth, ctx.keyPx()))) {
        actions.closeRecord = true;
    }
    if (!content) {
        drawError(ctx, ctx.format("desk.record.failed", {{"reason", view.record->problem()}}));
        return;
    }
    const SlipContent& record = *content;
    ImGui::TextUnformatted(record.subtitle.c_str());
    ImGui::BeginChild("record", ImVec2(0, 0), false);
    drawStaffActions(view, ctx, state, actions);
    const float copyWidth = ctx.touchPx * 1.8f;
    int index = 0;
    for (const auto& section : record.sections) {
        ImGui::Spacing();
        ImGui::PushFont(ctx.fonts.heading);
        ImGui::TextUnformatted(section.title.c_str());
        ImGui::PopFont();
        ImGui::Separator();
        if (!ImGui::BeginTable(section.title.c_str(), 3, ImGuiTableFlags_SizingStretchProp)) {
            continue;
        }
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ctx.touchPx * 2.6f);
        ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("copy", ImGuiTableColumnFlags_WidthFixed, copyWidth);
        for (const auto& line : section.lines) drawLine(line, index++, ctx, copyWidth, actions);
        ImGui::EndTable();
    }
    if (!view.record->history().empty()) {
        ImGui::Spacing();
        ImGui::PushFont(ctx.fonts.heading);
        ImGui::TextUnformatted(ctx.text("desk.history.heading").c_str());
        ImGui::PopFont();
        ImGui::Separator();
        for (const AuditEntry& entry : view.record->history()) {
            const std::string line = ctx.format(
                "desk.history.line",
                {{"at", localDateTimeText(entry.at)},
                 {"actor", entry.actor},
                 {"action", entry.detail.empty() ? entry.action
                                                 : entry.action + "（" + entry.detail + "）"}});
            ImGui::TextWrapped("%s", line.c_str());
        }
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", record.footer.c_str());
    ImGui::EndChild();
}

}  // namespace kiosk::ui
