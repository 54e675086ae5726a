#include <imgui.h>

#include <algorithm>

#include "DeskParts.h"
#include "core/RecordEnumNames.h"
#include "ui/screens/ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

// Where the numbers came from, for the actions that ask.
std::vector<QualificationSource> sourcesFor(StaffActionKind kind, const DeskRecord& record) {
    switch (kind) {
        case StaffActionKind::ProofSeen:
            // DOMAIN.md §2.1: after 資格（無効） or 資格情報なし Mynaportal shows
            // no valid qualification either.
            if (!record.mynaportalCanProve()) return {QualificationSource::ProofDocument};
            return {QualificationSource::ProofDocument, QualificationSource::Mynaportal};
        case StaffActionKind::NothingChanged:
            return {QualificationSource::PastVisitRecord, QualificationSource::OralNoChange};
        default:
            return {};
    }
}

template <std::size_t N>
void numberField(const ScreenContext& ctx, const char* key, const char* id,
                 std::array<char, N>& field, float width) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx.text(key).c_str());
    ImGui::SameLine(ctx.touchPx * 2.6f);
    ImGui::SetNextItemWidth(width);
    ImGui::InputText(id, field.data(), field.size(), ImGuiInputTextFlags_CharsNoBlank);
    logLastItemAsTarget(id + 2, ctx.text(key));
}

// The chosen action's form: where the numbers came from, the numbers (or a
// past visit's to pick), 「保存」 and 「やめる」.
void drawActionForm(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                    DeskActions& actions) {
    const StaffActionKind kind = *state.action;
    ImGui::TextUnformatted(ctx.text("desk.action." + std::string(enumName(kind))).c_str());
    const float buttonWidth = ctx.touchPx * 3;
    const ImVec2 button(buttonWidth, ctx.keyPx());
    int i = 0;
    for (QualificationSource source : sourcesFor(kind, *view.record)) {
        if (i++ > 0) ImGui::SameLine();
        const std::string name(enumName(source));
        const bool chosen = state.source == source;
        if (chosen)
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (touchButton((chosen ? "● " : "○ ") + ctx.text("desk.action.source." + name),
                        "source:" + name, button)) {
            state.source = source;
        }
        if (chosen) ImGui::PopStyleColor();
    }
    if (bringsNumbers(kind)) {
        if (kind == StaffActionKind::NothingChanged &&
            state.source == QualificationSource::PastVisitRecord) {
            int n = 0;
            for (const PastVisitNumbers& past : view.record->pastNumbers()) {
                const std::string label =
                    ctx.format("desk.action.pick_past", {{"date", past.visitDate.iso()},
                                                         {"insurer", past.insurerNumber},
                                                         {"symbol", past.symbol},
                                                         {"number", past.number}});
                if (touchButton(label, "past:" + std::to_string(n++),
                                ImVec2(ImGui::GetContentRegionAvail().x, ctx.keyPx()))) {
                    copyInto(state.insurerNumber, past.insurerNumber);
                    copyInto(state.symbol, past.symbol);
                    copyInto(state.number, past.number);
                    copyInto(state.branch, past.branch);
                }
            }
        }
        const float width = ctx.touchPx * 4;
        numberField(ctx, "desk.action.insurer_number", "##insurer_number", state.insurerNumber,
                    width);
        numberField(ctx, "desk.action.symbol", "##symbol", state.symbol, width);
        numberField(ctx, "desk.action.number", "##number", state.number, width);
        numberField(ctx, "desk.action.branch", "##branch", state.branch, ctx.touchPx * 1.5f);
    }
    if (touchButton(ctx.text("desk.action.save"), "action_save", button)) {
        StaffAction action;
        action.kind = kind;
        action.source = state.source;
        action.insurerNumber = state.insurerNumber.data();
        action.symbol = state.symbol.data();
        action.number = state.number.data();
        action.branch = state.branch.data();
        actions.staffAction = action;
        actions.staffActionRevision = state.formRevision;
    }
    ImGui::SameLine();
    if (touchButton(ctx.text("desk.action.cancel"), "action_cancel", button)) {
        clearStaffAction(state);
    }
    // A refusal shows where the eyes are: under 「保存」.
    if (!view.record->message().empty()) ImGui::TextWrapped("%s", view.record->message().c_str());
}

}  // namespace

void clearStaffAction(DeskScreenState& state) {
    state.action.reset();
    state.insurerNumber.fill('\0');
    state.symbol.fill('\0');
    state.number.fill('\0');
    state.branch.fill('\0');
}

void drawStaffActions(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                      DeskActions& actions) {
    const DeskRecord& record = *view.record;
    if (record.actions().empty() && record.message().empty()) return;
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(ctx.text("desk.actions.heading").c_str());
    ImGui::PopFont();
    ImGui::Separator();
    if (state.action) {
        drawActionForm(view, ctx, state, actions);
        return;
    }
    if (!record.message().empty()) ImGui::TextWrapped("%s", record.message().c_str());
    // One button per action, all as wide as the longest label, as many to a
    // row as fit.
    const float room = ImGui::GetContentRegionAvail().x;
    float width = ctx.touchPx * 4;
    for (StaffActionKind kind : record.actions()) {
        const std::string label = ctx.text("desk.action." + std::string(enumName(kind)));
        width = std::max(
            width, ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    }
    width = std::min(width, room);
    float used = 0;
    for (StaffActionKind kind : record.actions()) {
        const std::string name(enumName(kind));
        if (used > 0 && used + width <= room) {
            ImGui::SameLine();
        } else {
            used = 0;
        }
        used += width + ImGui::GetStyle().ItemSpacing.x;
        if (touchButton(ctx.text("desk.action." + name), "action:" + name,
                        ImVec2(width, ctx.keyPx()))) {
            state.action = kind;
            state.formRevision = record.revision();
            const auto sources = sourcesFor(kind, record);
            if (!sources.empty()) state.source = sources.front();
            // Actions without a form are saved at once.
            if (!bringsNumbers(kind) && sources.empty()) {
                StaffAction action;
                action.kind = kind;
                actions.staffAction = action;
                actions.staffActionRevision = record.revision();
                state.action.reset();
            }
        }
    }
}

}  // namespace kiosk::ui
