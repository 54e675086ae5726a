#include <imgui.h>

#include "DeskParts.h"
#include "core/RecordEnumNames.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

// Days since the visit that left the follow-up.
long long daysWaiting(const WorklistItem& item, CivilDate today) {
    return std::max<long long>(0, today.dayNumber() - item.row.visitDate.dayNumber());
}

// The cells after the first, in the order the システム障害時モード screen
// asks for the keys: 資格確認日, 氏名 or カナ, 生年月日, 性別, 住所 or 保険者名.
std::vector<std::string> cells(const WorklistItem& item, const ScreenContext& ctx) {
    std::string name = item.row.name.empty() ? ctx.text("desk.no_name") : item.row.name;
    if (!item.row.nameKana.empty()) name += "\n" + item.row.nameKana;
    std::string where = item.address;
    if (!item.insurerName.empty()) where += (where.empty() ? "" : "\n") + item.insurerName;
    return {
        ctx.format("desk.worklist.days", {{"days", std::to_string(daysWaiting(item, ctx.today))}}),
        item.row.visitDate.iso(),
        name,
        item.row.birthDate ? item.row.birthDate->iso() : std::string(),
        item.sex ? ctx.text("desk.sex." + std::string(enumName(*item.sex))) : std::string(),
        where};
}

}  // namespace

void drawWorklist(const DeskView& view, const ScreenContext& ctx, DeskActions& actions) {
    const auto& items = view.list->worklist();
    if (items.empty()) {
        ImGui::TextUnformatted(ctx.text("desk.worklist.empty").c_str());
        return;
    }
    // Fixed widths for what has a fixed shape; the names and addresses take the rest.
    const float digits = ImGui::CalcTextSize("2026-12-31").x + ImGui::GetStyle().CellPadding.x * 2;
    float kindWidth = 0;
    for (const auto& [kind, name] : EnumNames<FollowUpKind>::table) {
        kindWidth =
            std::max(kindWidth,
                     ImGui::CalcTextSize(ctx.text("desk.followup." + std::string(name)).c_str()).x);
    }
    const auto header = [&](const char* key) {
        return ImGui::CalcTextSize(ctx.text(key).c_str()).x + ImGui::GetStyle().CellPadding.x * 2;
    };
    const struct {
        const char* key;
        float width;  // 0: stretch
    } columns[] = {
        {"desk.worklist.column.kind", kindWidth + ImGui::GetStyle().CellPadding.x * 2},
        {"desk.worklist.column.waited",
         std::max(header("desk.worklist.column.waited"), ImGui::CalcTextSize("000日").x)},
        {"desk.worklist.column.visit", std::max(digits, header("desk.worklist.column.visit"))},
        {"desk.worklist.column.name", 0},
        {"desk.worklist.column.birth", std::max(digits, header("desk.worklist.column.birth"))},
        {"desk.worklist.column.sex", header("desk.worklist.column.sex")},
        {"desk.worklist.column.address", 0}};
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("worklist", 7, flags, ImGui::GetContentRegionAvail())) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const auto& column : columns) {
        ImGui::TableSetupColumn(ctx.text(column.key).c_str(),
                                column.width > 0 ? ImGuiTableColumnFlags_WidthFixed
                                                 : ImGuiTableColumnFlags_WidthStretch,
                                column.width);
    }
    ImGui::TableHeadersRow();
    const float rowHeight = std::max(ctx.keyPx(), ImGui::GetTextLineHeightWithSpacing() * 2);
    for (const WorklistItem& item : items) {
        ImGui::TableNextRow(0, rowHeight);
        ImGui::TableNextColumn();
        const std::string id = "follow_up:" + std::to_string(item.followUp.id);
        const std::string kind =
            ctx.text("desk.followup." + std::string(enumName(item.followUp.kind)));
        if (ImGui::Selectable((kind + "##" + id).c_str(),
                              view.record != nullptr && view.record->id() == item.row.recordId,
                              ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, rowHeight))) {
            actions.openRecord = item.row.recordId;
        }
        logLastItemAsTarget(id, kind);
        for (const std::string& cell : cells(item, ctx)) {
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", cell.c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace kiosk::ui
