#include <imgui.h>
#include <imgui_internal.h>

#include "DeskParts.h"
#include "core/SecureWipe.h"
#include "ui/screens/ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

std::string loginMessage(const DeskView& view, const ScreenContext& ctx) {
    const LoginMessage& message = view.session.message();
    if (message.key.empty()) return "";
    const LoginPolicy& policy = view.session.policy().login;
    return ctx.format(message.key, {{"until", message.lockedUntil},
                                    {"tries", std::to_string(policy.maxFailures)},
                                    {"minutes", std::to_string(policy.lockFor.count())}});
}

// ImGui keeps its own copies of the field being edited (the text, its
// state at focus, the undo buffer): a submitted password must not stay there.
void forgetTheEditedText() {
    ImGui::ClearActiveID();
    ImGuiInputTextState& edited = GImGui->InputTextState;
    secureWipe(edited.TextW.Data, static_cast<std::size_t>(edited.TextW.size_in_bytes()));
    secureWipe(edited.TextA.Data, static_cast<std::size_t>(edited.TextA.size_in_bytes()));
    secureWipe(edited.InitialTextA.Data,
               static_cast<std::size_t>(edited.InitialTextA.size_in_bytes()));
    secureWipe(&edited.Stb, sizeof edited.Stb);
    edited.ClearFreeMemory();
}

}  // namespace

void drawDeskLogin(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                   DeskActions& actions) {
    const ImVec2 page = ImGui::GetContentRegionAvail();
    const float width = std::min(page.x, ctx.touchPx * 9);
    const float left = (page.x - width) / 2;
    ImGui::SetCursorPos(ImVec2(left + ImGui::GetStyle().WindowPadding.x, page.y * 0.18f));
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(ctx.text("desk.login.heading").c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    const auto field = [&](const char* key, const char* id, char* buffer, std::size_t size,
                           ImGuiInputTextFlags flags) {
        ImGui::TextUnformatted(ctx.text(key).c_str());
        ImGui::SetNextItemWidth(width);
        const bool entered = ImGui::InputText(id, buffer, size, flags);
        logLastItemAsTarget(id + 2, ctx.text(key));
        return entered;
    };
    // The login field has the keyboard first; Enter in either field logs in.
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool submit = field("desk.login.login", "##login", state.login.data(), state.login.size(),
                        ImGuiInputTextFlags_EnterReturnsTrue);
    submit =
        field("desk.login.password", "##password", state.password.data(), state.password.size(),
              ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue) ||
        submit;
    ImGui::Spacing();
    submit =
        touchButton(ctx.text("desk.login.submit"), "login", ImVec2(width, ctx.touchPx)) || submit;
    if (const std::string message = loginMessage(view, ctx); !message.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        drawError(ctx, message);
        ImGui::PopTextWrapPos();
    }
    ImGui::EndGroup();
    if (submit) {
        actions.login = DeskLoginAttempt{state.login.data(), state.password.data()};
        // The password is in the attempt now; the field keeps nothing.
        secureWipe(state.password.data(), state.password.size());
        forgetTheEditedText();
    }
}

}  // namespace kiosk::ui
