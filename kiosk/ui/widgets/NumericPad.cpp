#include "NumericPad.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
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

std::optional<input::DigitKey> drawNumericKeys(const char* id, bool withHyphen, float touchPx,
                                               Language lang) {
    const auto rows = input::numericPadRows(withHyphen);
    std::vector<float> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), touchPx);
        for (std::size_t col = 0; col < row.size(); ++col) {
            widths[col] = std::max(widths[col], keyWidth(faceOf(row[col], lang).text, touchPx));
        }
    }
    ImGui::PushID(id);
    KeyGrid grid(std::move(widths), touchPx, touchGap(touchPx));
    std::optional<input::DigitKey> tapped;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const input::DigitKey& key = rows[r][c];
            if (key.kind == input::DigitKey::None) continue;
            const KeyFace face = faceOf(key, lang);
            const ImVec2 size = grid.cell(r, c);
            if (touchButton(face.text, face.id, size)) tapped = key;
        }
    }
    grid.finish(rows.size());
    ImGui::PopID();
    return tapped;
}

bool drawNumericPad(const char* id, input::DigitEntry& entry, float touchPx, Language lang) {
    const auto key = drawNumericKeys(id, entry.allowHyphen, touchPx, lang);
    return key && input::applyDigitKey(entry, *key);
}

}  // namespace kiosk::ui
