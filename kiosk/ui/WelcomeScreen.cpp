#include "WelcomeScreen.h"

#include <imgui.h>

#include "core/MessageCatalog.h"

namespace kiosk::ui {

namespace {
constexpr float kButtonHeight = 96.0f;  // ≥ 15 mm on a 21.5" 1080p panel
}

WelcomeAction drawWelcomeScreen(Language lang, const FontSet& fonts) {
    const auto& messages = MessageCatalog::builtIn();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("welcome", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    WelcomeAction action = WelcomeAction::None;
    const float width = ImGui::GetContentRegionAvail().x;

    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(messages.text(lang, "welcome.heading").c_str());
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", messages.text(lang, "welcome.body").c_str());
    ImGui::Dummy(ImVec2(0, 48));

    if (ImGui::Button(messages.text(lang, "welcome.start").c_str(),
                      ImVec2(width, kButtonHeight * 1.5f))) {
        action = WelcomeAction::Start;
    }
    ImGui::Dummy(ImVec2(0, 32));
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
    if (ImGui::Button(messages.text(lang, "welcome.language").c_str(),
                      ImVec2(half, kButtonHeight))) {
        action = WelcomeAction::SwitchLanguage;
    }
    ImGui::SameLine();
    if (ImGui::Button(messages.text(lang, "welcome.staff").c_str(), ImVec2(half, kButtonHeight))) {
        action = WelcomeAction::CallStaff;
    }
    ImGui::End();
    return action;
}

}  // namespace kiosk::ui
