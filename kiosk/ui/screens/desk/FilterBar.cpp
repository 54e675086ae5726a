#include <imgui.h>

#include <algorithm>

#include "DeskParts.h"
#include "core/RecordEnumNames.h"
#include "ui/screens/ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

// Puts what comes next (`width` wide) beside the last item where it fits,
// else on the next line: the bar wraps on a narrow or portrait screen.
void besideIfRoom(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// A labelled text field of `width`, after what came before it when it fits
// there; true when its text changed.
template <std::size_t N>
bool filterField(const ScreenContext& ctx, const char* key, const char* id,
                 std::array<char, N>& field, float width, bool first = false) {
    const std::string& label = ctx.text(key);
    if (!first) {
        besideIfRoom(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().ItemSpacing.x +
                     width);
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputText(id, field.data(), field.size());
    logLastItemAsTarget(id + 2, label);
    return changed;
}

// The filter the fields say, or none while a date in them is not one.
std::optional<DeskFilter> typedFilter(const DeskFilter& current, const DeskScreenState& state) {
    DeskFilter filter = current;
    const auto from = CivilDate::parse(state.from.data());
    const auto to = CivilDate::parse(state.to.data());
    if (!from || !to) return std::nullopt;
    filter.from = *from;
    filter.to = *to;
    filter.name = state.name.data();
    filter.birthDate.reset();
    if (state.birth[0] != '\0') {
        filter.birthDate = CivilDate::parse(state.birth.data());
        if (!filter.birthDate) return std::nullopt;
    }
    return filter;
}

}  // namespace

void showFilter(DeskScreenState& state, const DeskFilter& filter) {
    copyInto(state.from, filter.from.iso());
    copyInto(state.to, filter.to.iso());
    copyInto(state.name, filter.name);
    copyInto(state.birth, filter.birthDate ? filter.birthDate->iso() : std::string());
    state.badDate = false;
}

void drawFilterBar(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                   DeskActions& actions) {
    const DeskFilter& current = view.list->filter();
    const float dateWidth =
        ImGui::CalcTextSize("2026-12-31").x + ImGui::GetStyle().FramePadding.x * 3;
    bool changed = filterField(ctx, "desk.filter.from", "##from", state.from, dateWidth, true);
    changed = filterField(ctx, "desk.filter.to", "##to", state.to, dateWidth) || changed;
    const float todayWidth = ctx.touchPx * 1.6f;
    besideIfRoom(todayWidth);
    if (touchButton(ctx.text("desk.filter.today"), "today",
                    ImVec2(todayWidth, ImGui::GetFrameHeight()))) {
        DeskFilter today = current;
        today.from = today.to = ctx.today;
        actions.filter = today;
        copyInto(state.from, ctx.today.iso());
        copyInto(state.to, ctx.today.iso());
    }
    const std::string& statusLabel = ctx.text("desk.filter.status");
    float comboWidth = 0;
    for (const auto& [status, name] : EnumNames<RecordStatus>::table) {
        comboWidth =
            std::max(comboWidth,
                     ImGui::CalcTextSize(ctx.text("desk.status." + std::string(name)).c_str()).x);
    }
    comboWidth += ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
    besideIfRoom(ImGui::CalcTextSize(statusLabel.c_str()).x + ImGui::GetStyle().ItemSpacing.x +
                 comboWidth);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(statusLabel.c_str());
    ImGui::SameLine();
    const std::string shown =
        current.status ? ctx.text("desk.status." + std::string(enumName(*current.status)))
                       : ctx.text("desk.filter.status.any");
    ImGui::SetNextItemWidth(comboWidth);
    if (ImGui::BeginCombo("##status", shown.c_str())) {
        DeskFilter chosen = current;
        if (ImGui::Selectable(ctx.text("desk.filter.status.any").c_str(), !current.status)) {
            chosen.status.reset();
            actions.filter = chosen;
        }
        for (const auto& [status, name] : EnumNames<RecordStatus>::table) {
            if (ImGui::Selectable(ctx.text("desk.status." + std::string(name)).c_str(),
                                  current.status == status)) {
                chosen.status = status;
                actions.filter = chosen;
            }
        }
        ImGui::EndCombo();
    }
    logLastItemAsTarget("status", shown);
    changed =
        filterField(ctx, "desk.filter.name", "##name", state.name, ctx.touchPx * 3.5f) || changed;
    changed = filterField(ctx, "desk.filter.birth", "##birth", state.birth, dateWidth) || changed;
    if (changed) {
        const auto typed = typedFilter(current, state);
        state.badDate = !typed;
        if (typed) actions.filter = typed;
    }
    if (state.badDate) drawError(ctx, ctx.text("desk.filter.bad_date"));
}

}  // namespace kiosk::ui
