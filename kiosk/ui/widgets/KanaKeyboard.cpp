#include "KanaKeyboard.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "KeyGrid.h"
#include "TouchTarget.h"
#include "core/MessageCatalog.h"

namespace kiosk::ui {

namespace {

KeyFace faceOf(const input::KanaKey& key, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    switch (key.kind) {
        case input::KanaKey::Kana:
        case input::KanaKey::LongVowel:
            return {key.kana, key.kana};
        case input::KanaKey::Dakuten:
            return {key.kana, "dakuten"};
        case input::KanaKey::Handakuten:
            return {key.kana, "handakuten"};
        case input::KanaKey::Small:
            return {messages.text(lang, "input.small_kana"), "small"};
        case input::KanaKey::Space:
            return {messages.text(lang, "input.space"), "space"};
        case input::KanaKey::Backspace:
            return {messages.text(lang, "input.backspace"), "backspace"};
        case input::KanaKey::None:
            break;
    }
    return {};
}

}  // namespace

std::optional<input::KanaKey> drawKanaKeys(const char* id, input::KanaScript script, float touchPx,
                                           Language lang) {
    const auto columns = input::kanaKeyColumns(script);
    std::vector<float> widths;
    std::size_t rows = 0;
    for (const auto& column : columns) {
        float width = touchPx;
        for (const auto& key : column)
            width = std::max(width, keyWidth(faceOf(key, lang).text, touchPx));
        widths.push_back(width);
        rows = std::max(rows, column.size());
    }
    ImGui::PushID(id);
    KeyGrid grid(std::move(widths), touchPx, touchGap(touchPx));
    std::optional<input::KanaKey> tapped;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        for (std::size_t r = 0; r < columns[c].size(); ++r) {
            const input::KanaKey& key = columns[c][r];
            if (key.kind == input::KanaKey::None) continue;
            const KeyFace face = faceOf(key, lang);
            if (touchButton(face.text, face.id, grid.cell(r, c))) tapped = key;
        }
    }
    grid.finish(rows);
    ImGui::PopID();
    return tapped;
}

bool drawKanaKeyboard(const char* id, input::KanaEntry& entry, float touchPx, Language lang) {
    const auto key = drawKanaKeys(id, entry.script, touchPx, lang);
    return key && input::applyKanaKey(entry, *key);
}

}  // namespace kiosk::ui
