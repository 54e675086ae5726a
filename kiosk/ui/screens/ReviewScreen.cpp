#include "ReviewScreen.h"

#include <imgui.h>

#include <algorithm>

#include "FieldEditors.h"
#include "ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

void drawReviewScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginFlowPage(flow, ctx, "review");
    drawHeading(ctx, ctx.text("review.heading"));
    beginContent(ctx);
    const FormTemplate& form = flow.form();
    const FormValues& values = flow.wizard().values();
    // Every answer on one screen: three to a row, each with its 「なおす」.
    constexpr int kColumns = 3;
    if (ImGui::BeginTable("answers", kColumns, ImGuiTableFlags_BordersInnerV)) {
        for (const auto& field : form.fields) {
            if (field.medium == FieldMedium::PaperOnly || field.type == FormFieldType::Signature ||
                !values.has(field.key)) {
                continue;
            }
            ImGui::TableNextColumn();
            ImGui::PushID(field.key.c_str());
            // Measured before drawing: the cell's own left edge and width.
            const float cellX = ImGui::GetCursorPosX();
            const float cellWidth = ImGui::GetContentRegionAvail().x;
            const std::string& edit = ctx.text("declaration.edit");
            const float editWidth =
                std::max(ctx.touchPx * 1.8f, ImGui::CalcTextSize(edit.c_str()).x +
                                                 ImGui::GetStyle().FramePadding.x * 2);
            ImGui::TextDisabled("%s", field.label.in(ctx.lang).c_str());
            ImGui::PushTextWrapPos(cellX + cellWidth - editWidth);
            ImGui::TextUnformatted(displayValue(field, values.get(field.key), ctx.lang).c_str());
            ImGui::PopTextWrapPos();
            // SameLine's offset would count from the column, not the window.
            ImGui::SameLine();
            ImGui::SetCursorPosX(cellX + cellWidth - editWidth - ImGui::GetStyle().CellPadding.x);
            if (touchButton(edit, "edit:" + field.key, ImVec2(editWidth, ctx.touchPx))) {
                flow.editField(field.key, ctx.now);
            }
            ImGui::Spacing();
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    endContent();
    if (bigButton(ctx, "review.sign", ButtonStyle::Primary)) flow.next(ctx.now);
    endPage();
}

}  // namespace kiosk::ui
