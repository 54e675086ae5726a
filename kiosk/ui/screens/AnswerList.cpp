#include "AnswerList.h"

#include <imgui.h>

#include <algorithm>

#include "FieldEditors.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

struct Row {
    const FormField* field;
    std::string question;
    std::string answer;
    float height;
};

}  // namespace

void drawAnswerList(CheckInFlow& flow, const ScreenContext& ctx,
                    const std::vector<const FormField*>& fields, int& page) {
    const FormValues& values = flow.wizard().values();
    const std::string& edit = ctx.text("declaration.edit");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float editWidth = std::max(
        ctx.touchPx * 2.0f, ImGui::CalcTextSize(edit.c_str()).x + style.FramePadding.x * 2);
    // A column no wider than about 40 full-width characters reads as one
    // block; the 「なおす」 stays beside its answer, not at the far edge.
    const float columnWidth =
        std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40 + editWidth);
    const float textWidth = columnWidth - editWidth - style.ItemSpacing.x;
    const float gap = style.ItemSpacing.y * 2 + 1;  // the separator between rows

    std::vector<Row> rows;
    for (const FormField* field : fields) {
        Row row{field, field->question().in(ctx.lang),
                values.has(field->key) ? displayValue(*field, values.get(field->key), ctx.lang)
                                       : std::string(),
                0};
        const float text = ImGui::CalcTextSize(row.question.c_str(), nullptr, false, textWidth).y +
                           style.ItemSpacing.y +
                           ImGui::CalcTextSize(row.answer.c_str(), nullptr, false, textWidth).y;
        row.height = std::max(text, ctx.touchPx) + gap;
        rows.push_back(std::move(row));
    }

    // Pages of whole rows; the pager's row is kept free only when needed.
    const float available = ImGui::GetContentRegionAvail().y;
    const float pagerHeight = ctx.touchPx + style.ItemSpacing.y * 2;
    float total = 0;
    for (const Row& row : rows) total += row.height;
    std::vector<std::size_t> pageStarts{0};
    if (total > available) {
        float used = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (used + rows[i].height > available - pagerHeight && used > 0) {
                pageStarts.push_back(i);
                used = 0;
            }
            used += rows[i].height;
        }
    }
    const int pages = static_cast<int>(pageStarts.size());
    page = std::clamp(page, 0, pages - 1);
    const std::size_t first = pageStarts[static_cast<std::size_t>(page)];
    const std::size_t end =
        page + 1 < pages ? pageStarts[static_cast<std::size_t>(page) + 1] : rows.size();

    const float left = ImGui::GetCursorPosX();
    for (std::size_t i = first; i < end; ++i) {
        const Row& row = rows[i];
        ImGui::PushID(row.field->key.c_str());
        const float top = ImGui::GetCursorPosY();
        ImGui::PushTextWrapPos(left + textWidth);
        ImGui::TextDisabled("%s", row.question.c_str());
        ImGui::TextUnformatted(row.answer.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPos(ImVec2(left + columnWidth - editWidth, top));
        if (touchButton(edit, "edit:" + row.field->key, ImVec2(editWidth, ctx.touchPx))) {
            flow.editField(row.field->key, ctx.now);
        }
        ImGui::SetCursorPos(ImVec2(left, top + row.height - gap + style.ItemSpacing.y));
        ImGui::Separator();
        ImGui::PopID();
    }
    if (pages == 1) return;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + style.ItemSpacing.y);
    const float pagerWidth = (columnWidth - style.ItemSpacing.x) / 2;
    ImGui::SetCursorPosX(left);
    if (touchButton(ctx.text("answers.previous_page"), "answers.previous_page",
                    ImVec2(pagerWidth, ctx.touchPx), page > 0)) {
        --page;
    }
    ImGui::SameLine();
    const std::string next = ctx.format("answers.next_page", {{"page", std::to_string(page + 1)},
                                                              {"pages", std::to_string(pages)}});
    if (touchButton(next, "answers.next_page", ImVec2(pagerWidth, ctx.touchPx), page + 1 < pages)) {
        ++page;
    }
}

}  // namespace kiosk::ui
