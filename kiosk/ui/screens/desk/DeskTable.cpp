#include <imgui.h>

#include "DeskParts.h"
#include "core/RecordEnumNames.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

std::string shareText(const DeskRow& row, const ScreenContext& ctx) {
    if (!row.shareTenths) return ctx.text("desk.share.pending");
    return ctx.format("desk.share", {{"tenths", std::to_string(*row.shareTenths)}});
}

// The cells of one row after the first, left to right.
std::vector<std::string> rowCells(const DeskRow& row, const DeskView& view,
                                  const ScreenContext& ctx, bool compact) {
    // Several days listed: the date as well as the time.
    const bool oneDay = view.list->filter().from == view.list->filter().to;
    std::string when = localClockText(row.createdAt);
    if (!oneDay) when = row.visitDate.iso().substr(5) + " " + when;
    std::string name = row.name.empty() ? ctx.text("desk.no_name") : row.name;
    if (!row.nameKana.empty()) name += "\n" + row.nameKana;
    std::string outcome = ctx.text("desk.outcome." + std::string(enumName(row.outcome)));
    std::string path = ctx.text("desk.path." + std::string(enumName(row.path)));
    std::string share = shareText(row, ctx);
    std::string status = ctx.text("desk.status." + std::string(enumName(row.status)));
    std::string act = row.staffMustAct ? ctx.text("desk.act") : std::string();
    if (compact) return {when, name, outcome + "\n" + path, share + "\n" + status, act};
    return {when, name, outcome, path, share, status, act};
}

struct Column {
    std::string key;
    float width = 0;  // 0: the name column, which takes the rest
};

// The widest of the header and every word a column can hold (they come
// from the catalogue), so no header or cell runs into the next column.
float widestOf(const ScreenContext& ctx, const std::string& header,
               const std::vector<std::string>& words) {
    float widest = ImGui::CalcTextSize(ctx.text(header).c_str()).x;
    for (const auto& word : words) widest = std::max(widest, ImGui::CalcTextSize(word.c_str()).x);
    return widest + ImGui::GetStyle().CellPadding.x * 2;
}

template <class E>
std::vector<std::string> labelsOf(const ScreenContext& ctx, const std::string& prefix) {
    std::vector<std::string> labels;
    for (const auto& [value, name] : EnumNames<E>::table) {
        labels.push_back(ctx.text(prefix + std::string(name)));
    }
    return labels;
}

// The columns at full width; `compact` puts the way under the check and the
// status under the share, for a narrow list (portrait, large text).
std::vector<Column> columns(const ScreenContext& ctx, bool compact) {
    const auto outcomes = labelsOf<EligibilityOutcome>(ctx, "desk.outcome.");
    const auto paths = labelsOf<CheckInPath>(ctx, "desk.path.");
    const auto statuses = labelsOf<RecordStatus>(ctx, "desk.status.");
    const std::vector<std::string> shares{ctx.text("desk.share.pending"),
                                          ctx.format("desk.share", {{"tenths", "10"}})};
    const auto both = [](std::vector<std::string> a, const std::vector<std::string>& b) {
        a.insert(a.end(), b.begin(), b.end());
        return a;
    };
    std::vector<Column> shown{
        {"desk.column.number", widestOf(ctx, "desk.column.number", {"0000"})},
        {"desk.column.time", widestOf(ctx, "desk.column.time", {"12-31 00:00"})},
        {"desk.column.name", 0}};
    if (compact) {
        shown.push_back({"desk.column.outcome_path",
                         widestOf(ctx, "desk.column.outcome_path", both(outcomes, paths))});
        shown.push_back({"desk.column.share_status",
                         widestOf(ctx, "desk.column.share_status", both(shares, statuses))});
    } else {
        shown.push_back({"desk.column.outcome", widestOf(ctx, "desk.column.outcome", outcomes)});
        shown.push_back({"desk.column.path", widestOf(ctx, "desk.column.path", paths)});
        shown.push_back({"desk.column.share", widestOf(ctx, "desk.column.share", shares)});
        shown.push_back({"desk.column.status", widestOf(ctx, "desk.column.status", statuses)});
    }
    shown.push_back({"desk.column.act", widestOf(ctx, "desk.column.act", {ctx.text("desk.act")})});
    return shown;
}

// Room for a name of six kanji beside the other columns.
float tableWidth(const ScreenContext& ctx, bool compact) {
    float width = ImGui::CalcTextSize("渡邊渡邊渡邊").x;
    for (const Column& column : columns(ctx, compact)) width += column.width;
    return width;
}

}  // namespace

float deskTableWidth(const ScreenContext& ctx) {
    return tableWidth(ctx, true);
}

void drawDeskTable(const DeskView& view, const ScreenContext& ctx, DeskActions& actions) {
    const auto& rows = view.list->rows();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(
        ctx.format("desk.list.count", {{"count", std::to_string(rows.size())}}).c_str());
    // What the filter selects, written to a file for a spreadsheet or another system.
    if (!rows.empty()) {
        for (const auto& [format, key, id] :
             {std::tuple{ExportFormat::Csv, "desk.export.csv", "export:csv"},
              std::tuple{ExportFormat::Json, "desk.export.json", "export:json"},
              std::tuple{ExportFormat::Fhir, "desk.export.fhir", "export:fhir"}}) {
            ImGui::SameLine();
            const std::string& label = ctx.text(key);
            const float width =
                ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
            if (touchButton(label, id, ImVec2(width, ImGui::GetFrameHeight()))) {
                actions.exportAs = format;
            }
        }
    }
    if (rows.empty()) {
        ImGui::TextUnformatted(ctx.text("desk.list.empty").c_str());
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    const bool compact = ImGui::GetContentRegionAvail().x < tableWidth(ctx, false);
    const std::vector<Column> shown = columns(ctx, compact);
    if (!ImGui::BeginTable("checkins", static_cast<int>(shown.size()), flags,
                           ImGui::GetContentRegionAvail())) {
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const Column& column : shown) {
        ImGui::TableSetupColumn(ctx.text(column.key).c_str(),
                                column.width > 0 ? ImGuiTableColumnFlags_WidthFixed
                                                 : ImGuiTableColumnFlags_WidthStretch,
                                column.width);
    }
    ImGui::TableHeadersRow();
    // Two lines of text (name and kana), at least a fingertip high.
    const float rowHeight = std::max(ctx.keyPx(), ImGui::GetTextLineHeightWithSpacing() * 2);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), rowHeight);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const DeskRow& row = rows[static_cast<std::size_t>(i)];
            ImGui::TableNextRow(0, rowHeight);
            ImGui::TableNextColumn();
            const std::string number =
                row.receptionNumber ? std::to_string(*row.receptionNumber) : "–";
            const std::string id = "row:" + std::to_string(row.recordId);
            // The whole row is one target: a tap anywhere on it opens the record.
            if (ImGui::Selectable((number + "##" + id).c_str(),
                                  view.record != nullptr && row.recordId == view.record->id(),
                                  ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, rowHeight))) {
                actions.openRecord = row.recordId;
            }
            logLastItemAsTarget(id, number);
            for (const std::string& cell : rowCells(row, view, ctx, compact)) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(cell.c_str());
            }
        }
    }
    ImGui::EndTable();
}

}  // namespace kiosk::ui
