#include "NumericPad.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "KeyGrid.h"
#include "TouchTarget.h"
#include "core/MessageCatalog.h"

namespace kiosk::ui {

namespace {

KeyFace faceOf(const input::DigitKey& key, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    switch (key.kind) {
        case input::DigitKey::Digit:
            return {std::string(1, key.digit), std::string(1, key.digit)};
        case input::DigitKey::Hyphen:
            return {"-", "-"};
        case input::DigitKey::Backspace:
            return {messages.text(lang, "input.backspace"), "backspace"};
        case input::DigitKey::Clear:
            return {messages.text(lang, "input.clear"), "clear"};
        case input::DigitKey::None:
            break;
    }
    return {};
}

}  // namespace

bool drawNumericPad(const char* id, input::DigitEntry& entry, float touchPx, Language lang) {
    const auto rows = input::numericPadRows(entry.allowHyphen);
    std::vector<float> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), touchPx);
        for (std::size_t col = 0; col < row.size(); ++col) {
            widths[col] = std::max(widths[col], keyWidth(faceOf(row[col], lang).text, touchPx));
        }
    }
    ImGui::PushID(id);
    KeyGrid grid(std::move(widths), touchPx, touchGap(touchPx));
    bool changed = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const input::DigitKey& key = rows[r][c];
            if (key.kind == input::DigitKey::None) continue;
            const KeyFace face = faceOf(key, lang);
            const ImVec2 size = grid.cell(r, c);
            if (touchButton(face.text, face.id, size)) changed |= input::applyDigitKey(entry, key);
        }
    }
    grid.finish(rows.size());
    ImGui::PopID();
    return changed;
}

}  // namespace kiosk::ui
