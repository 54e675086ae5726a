#include "AnswerList.h"

#include <imgui.h>

#include <algorithm>

#include "FieldEditors.h"
#include "Paging.h"
#include "ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"
#include "ui/widgets/WrappedText.h"

namespace kiosk::ui {

namespace {

struct Row {
    const FormField* field;
    std::string question;
    std::string answer;
    float textHeight;
    float height;
};

}  // namespace

int drawAnswerList(CheckInFlow& flow, const ScreenContext& ctx,
                   const std::vector<const FormField*>& fields, int& page) {
    const FormValues& values = flow.wizard().values();
    const std::string& edit = ctx.text("declaration.edit");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float editWidth = std::max(
        ctx.touchPx * 2.0f, ImGui::CalcTextSize(edit.c_str()).x + style.FramePadding.x * 2);
    // Question and answer side by side, so a page holds most answers: the
    // question in a column of its own, the answer in no more than about 30
    // full-width characters, the 「なおす」 right beside it.
    const float em = ImGui::GetFontSize();
    const float questionWidth = std::min(em * 14, ImGui::GetContentRegionAvail().x * 0.35f);
    const float columnWidth =
        std::min(ImGui::GetContentRegionAvail().x,
                 questionWidth + em * 30 + editWidth + style.ItemSpacing.x * 2);
    const float answerWidth = columnWidth - questionWidth - editWidth - style.ItemSpacing.x * 2;
    const float gap = style.ItemSpacing.y + 1;  // the separator between rows

    std::vector<Row> rows;
    for (const FormField* field : fields) {
        Row row{field, field->question().in(ctx.lang),
                values.has(field->key) ? displayValue(*field, values.get(field->key), ctx.lang)
                                       : ctx.text("declaration.not_given"),
                0, 0};
        row.textHeight = std::max(wrappedTextSize(row.question, questionWidth).y,
                                  wrappedTextSize(row.answer, answerWidth).y);
        row.height = std::max(row.textHeight, ctx.touchPx) + gap;
        rows.push_back(std::move(row));
    }

    // Pages of whole rows; the pager is in the footer (drawPagedFooter).
    const float available = ImGui::GetContentRegionAvail().y;
    std::vector<float> heights;
    for (const Row& row : rows) heights.push_back(row.height);
    const std::vector<std::size_t> starts = pageStarts(heights, available);
    const int pages = static_cast<int>(starts.size());
    page = std::clamp(page, 0, pages - 1);
    const std::size_t first = starts[static_cast<std::size_t>(page)];
    const std::size_t end =
        page + 1 < pages ? starts[static_cast<std::size_t>(page) + 1] : rows.size();

    const float left = ImGui::GetCursorPosX();
    for (std::size_t i = first; i < end; ++i) {
        const Row& row = rows[i];
        ImGui::PushID(row.field->key.c_str());
        const float top = ImGui::GetCursorPosY();
        // Short text stands level with the middle of its 「なおす」.
        const float textTop = top + std::max(0.0f, (ctx.touchPx - row.textHeight) / 2);
        ImGui::SetCursorPosY(textTop);
        drawWrappedTextDimmed(row.question, questionWidth);
        const float answerLeft = left + questionWidth + style.ItemSpacing.x;
        ImGui::SetCursorPos(ImVec2(answerLeft, textTop));
        drawWrappedText(row.answer, answerWidth);
        ImGui::SetCursorPos(ImVec2(left + columnWidth - editWidth, top));
        if (touchButton(edit, "edit:" + row.field->key, ImVec2(editWidth, ctx.touchPx))) {
            flow.editField(row.field->key, ctx.now);
        }
        // A line in the middle of the gap, then the next row exactly one
        // row height down: the pages were cut by those heights.
        const ImVec2 origin = ImGui::GetWindowPos();
        const float lineY = origin.y - ImGui::GetScrollY() + top + row.height - gap / 2;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x + left, lineY),
                                            ImVec2(origin.x + left + columnWidth, lineY),
                                            ImGui::GetColorU32(ImGuiCol_Separator));
        ImGui::SetCursorPos(ImVec2(left, top + row.height));
        ImGui::PopID();
    }
    return pages;
}

}  // namespace kiosk::ui
