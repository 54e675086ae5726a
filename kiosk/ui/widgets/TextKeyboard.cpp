#include "TextKeyboard.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "KeyGrid.h"
#include "TouchTarget.h"
#include "core/MessageCatalog.h"

namespace kiosk::ui {

namespace {

KeyFace faceOf(const input::TextKey& key, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    switch (key.kind) {
        case input::TextKey::Character:
        case input::TextKey::LongVowel:
            return {key.glyph, key.glyph};
        case input::TextKey::Dakuten:
            return {key.glyph, "dakuten"};
        case input::TextKey::Handakuten:
            return {key.glyph, "handakuten"};
        case input::TextKey::Small:
            return {messages.text(lang, "input.small_kana"), "small"};
        case input::TextKey::Space:
            return {messages.text(lang, "input.space"), "space"};
        case input::TextKey::Backspace:
            return {messages.text(lang, "input.backspace"), "backspace"};
        case input::TextKey::None:
            break;
    }
    return {};
}

}  // namespace

std::optional<input::TextKey> drawTextKeys(const char* id, input::KeyboardScript script,
                                           float touchPx, Language lang) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const auto layout = input::layOutKeyboard(script, {room.x, room.y, touchPx});
    ImGui::PushID(id);
    std::optional<input::TextKey> tapped;
    for (const auto& [key, rect] : layout.keys) {
        const KeyFace face = faceOf(key, lang);
        ImGui::SetCursorScreenPos(ImVec2(origin.x + rect.x, origin.y + rect.y));
        if (touchButton(face.text, face.id, ImVec2(rect.width, rect.height))) tapped = key;
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(layout.grid.width(), layout.grid.height()));
    ImGui::PopID();
    return tapped;
}

bool drawTextKeyboard(const char* id, input::TextEntry& entry, float touchPx, Language lang) {
    const auto key = drawTextKeys(id, entry.script, touchPx, lang);
    return key && input::applyTextKey(entry, *key);
}

}  // namespace kiosk::ui
