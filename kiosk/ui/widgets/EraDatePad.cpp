#include "EraDatePad.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "KeyGrid.h"
#include "TouchTarget.h"
#include "core/MessageCatalog.h"

namespace kiosk::ui {

namespace {

constexpr input::DatePart kParts[] = {input::DatePart::Year, input::DatePart::Month,
                                      input::DatePart::Day};

const std::string& eraLabel(Era era, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    switch (era) {
        case Era::Meiji:
            return messages.text(lang, "date.era.meiji");
        case Era::Taisho:
            return messages.text(lang, "date.era.taisho");
        case Era::Showa:
            return messages.text(lang, "date.era.showa");
        case Era::Heisei:
            return messages.text(lang, "date.era.heisei");
        case Era::Reiwa:
            break;
    }
    return messages.text(lang, "date.era.reiwa");
}

// The catalogue key of a part ("{year}年") and its placeholder name.
std::pair<std::string_view, std::string_view> partMessage(input::DatePart part) {
    switch (part) {
        case input::DatePart::Year:
            return {"date.year", "year"};
        case input::DatePart::Month:
            return {"date.month", "month"};
        case input::DatePart::Day:
            break;
    }
    return {"date.day", "day"};
}

// The words before and after a part's number: "" and "年" in Japanese,
// "Year " and "" in English.
std::pair<std::string, std::string> wordsAround(input::DatePart part, Language lang) {
    const auto [key, name] = partMessage(part);
    const std::string& text = MessageCatalog::builtIn().text(lang, key);
    const std::string placeholder = "{" + std::string(name) + "}";
    const auto at = text.find(placeholder);
    if (at == std::string::npos) return {text, ""};
    return {text.substr(0, at), text.substr(at + placeholder.size())};
}

// The typed date's pieces, left to right: the era, then words and boxes.
struct Piece {
    std::string text;
    std::optional<input::DatePart> box;  // a tappable part, else words
    bool muted = false;                  // 「元号」 standing for an era not chosen yet
};

std::vector<Piece> displayPieces(const input::EraDateEntry& entry, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    std::vector<Piece> pieces;
    if (entry.western()) {
        pieces.push_back({messages.text(lang, "date.western"), std::nullopt});
    } else if (entry.era()) {
        pieces.push_back({eraLabel(*entry.era(), lang), std::nullopt});
    } else {
        pieces.push_back({messages.text(lang, "date.era_unset"), std::nullopt, true});
    }
    for (auto part : kParts) {
        auto [before, after] = wordsAround(part, lang);
        if (!before.empty()) pieces.push_back({std::move(before), std::nullopt});
        pieces.push_back({entry.digits(part), part});
        if (!after.empty()) pieces.push_back({std::move(after), std::nullopt});
    }
    return pieces;
}

// The typed date's widths at the current font, and the letter scale that
// fits them into a width: the boxes keep their touch size while the
// letters (and the digits in the boxes) shrink.
struct DisplayWidths {
    float words = 0;       // the era and the words around the numbers
    float digits = 0;      // "00"
    float yearDigits = 0;  // "00", or "0000" for a Western year
    float padding = 0;     // inside a box, either side of its digits
    float spacing = 0;     // between pieces
    int gaps = 0;
    float touchPx = 0;

    float box(float scale, input::DatePart part) const {
        const float typed = part == input::DatePart::Year ? yearDigits : digits;
        return std::max(touchPx, typed * scale + 2 * padding);
    }
    float total(float scale) const {
        return words * scale + box(scale, input::DatePart::Year) +
               2 * box(scale, input::DatePart::Day) + spacing * static_cast<float>(gaps);
    }
    float scaleToFit(float width) const {
        if (total(1.0f) <= width) return 1.0f;
        float low = 0.3f;  // smaller letters would not be read
        float high = 1.0f;
        for (int i = 0; i < 12; ++i) {
            const float mid = (low + high) / 2;
            (total(mid) <= width ? low : high) = mid;
        }
        return low;
    }
};

DisplayWidths measure(const std::vector<Piece>& pieces, bool western, float touchPx) {
    DisplayWidths widths;
    for (const Piece& piece : pieces) {
        if (!piece.box) widths.words += ImGui::CalcTextSize(piece.text.c_str()).x;
    }
    widths.digits = ImGui::CalcTextSize("00").x;
    widths.yearDigits = western ? ImGui::CalcTextSize("0000").x : widths.digits;
    widths.padding = ImGui::GetStyle().FramePadding.x / 2;
    widths.spacing = ImGui::GetStyle().ItemInnerSpacing.x / 2;
    widths.gaps = static_cast<int>(pieces.size()) - 1;
    widths.touchPx = touchPx;
    return widths;
}

const char* partId(input::DatePart part) {
    switch (part) {
        case input::DatePart::Year:
            return "year";
        case input::DatePart::Month:
            return "month";
        case input::DatePart::Day:
            break;
    }
    return "day";
}

// The typed date in one row `height` high, its letters made smaller where
// the row would pass `width` (large text, English). Returns true when a
// part was tapped.
bool drawTypedDate(input::EraDateEntry& entry, float width, float height, float touchPx,
                   Language lang) {
    const std::vector<Piece> pieces = displayPieces(entry, lang);
    const DisplayWidths widths = measure(pieces, entry.western(), touchPx);
    // A few pixels to spare: scaled glyphs do not add up exactly.
    const float fit = widths.scaleToFit(width - 4.0f);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float scale = window->FontWindowScale;
    ImGui::SetWindowFontScale(scale * fit);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float border = std::max(3.0f, touchPx / 15.0f);
    float x = origin.x;
    bool changed = false;
    for (const Piece& piece : pieces) {
        if (!piece.box) {
            const ImVec2 size = ImGui::CalcTextSize(piece.text.c_str());
            ImGui::SetCursorScreenPos(ImVec2(x, origin.y + (height - size.y) / 2));
            if (piece.muted) {
                ImGui::TextDisabled("%s", piece.text.c_str());
            } else {
                ImGui::TextUnformatted(piece.text.c_str());
            }
            x += size.x + widths.spacing;
            continue;
        }
        // The part being typed: pressed colour, a thick frame and a line
        // under its digits (never colour alone).
        const bool typing = *piece.box == entry.typing();
        const ImVec2 size(widths.box(fit, *piece.box), height);
        ImGui::SetCursorScreenPos(ImVec2(x, origin.y));
        // No vertical padding: the large digits would be clipped by it.
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(widths.padding, 0.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, typing ? border : 1.0f);
        if (typing) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        }
        if (touchButton(piece.text, partId(*piece.box), size)) {
            changed |= entry.selectPart(*piece.box);
        }
        if (typing) {
            ImGui::PopStyleColor();
            const ImVec2 min = ImGui::GetItemRectMin();
            const ImVec2 max = ImGui::GetItemRectMax();
            const float inset = size.x * 0.2f;
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + inset, max.y - border * 3),
                                                      ImVec2(max.x - inset, max.y - border * 2),
                                                      ImGui::GetColorU32(ImGuiCol_Text));
        }
        ImGui::PopStyleVar(2);
        x += size.x + widths.spacing;
    }
    ImGui::SetWindowFontScale(scale);
    return changed;
}

KeyFace faceOf(const input::DateKey& key, const input::EraDateEntry& entry, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    switch (key.kind) {
        case input::DateKey::Era:
            return {eraLabel(key.era, lang), eraNameEn(key.era)};
        case input::DateKey::Western:
            return {messages.text(lang, "date.western"), "western"};
        case input::DateKey::Digit:
            return {std::string(1, key.digit), std::string(1, key.digit)};
        case input::DateKey::Backspace:
            return {messages.text(lang, "input.backspace"), "backspace"};
        case input::DateKey::NextPart:
            break;
    }
    return {messages.text(
                lang, entry.typing() == input::DatePart::Year ? "date.to_month" : "date.to_day"),
            "next_part"};
}

}  // namespace

bool drawEraDatePad(const char* id, input::EraDateEntry& entry, ImFont* large, float touchPx,
                    Language lang) {
    ImGui::PushID(id);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 room = ImGui::GetContentRegionAvail();
    if (large != nullptr) ImGui::PushFont(large);
    const float displayHeight = std::max(touchPx, ImGui::GetFontSize() * 1.25f);
    bool changed = drawTypedDate(entry, room.x, displayHeight, touchPx, lang);
    if (large != nullptr) ImGui::PopFont();

    const float gap = std::floor(touchPx * input::kKeyGapShare);
    const float padTop = displayHeight + gap;
    const auto layout =
        input::layOutDatePad(entry.offeredEras(), {room.x, room.y - padTop, touchPx});
    for (const auto& [key, rect] : layout.keys) {
        // The chosen era stays in the pressed colour, with a thick frame.
        const bool chosen = (key.kind == input::DateKey::Era && entry.era() == key.era) ||
                            (key.kind == input::DateKey::Western && entry.western());
        if (chosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(3.0f, touchPx / 15.0f));
        }
        const bool enabled = key.kind != input::DateKey::NextPart || entry.canFinishPart();
        ImGui::SetCursorScreenPos(ImVec2(origin.x + rect.x, origin.y + padTop + rect.y));
        const KeyFace face = faceOf(key, entry, lang);
        if (touchButton(face.text, face.id, ImVec2(rect.width, rect.height), enabled)) {
            changed |= input::applyDateKey(entry, key);
        }
        if (chosen) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
        }
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(std::max(room.x, layout.width()), padTop + layout.height()));
    ImGui::PopID();
    return changed;
}

std::string typedDateText(const input::EraDateEntry& entry, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    std::string text;
    for (auto part : kParts) {
        if (entry.digits(part).empty()) continue;
        const auto [key, name] = partMessage(part);
        text += " " + messages.format(lang, key, {{std::string(name), entry.digits(part)}});
    }
    if (entry.western()) return messages.text(lang, "date.western") + text;
    if (!entry.era()) return text.empty() ? "" : messages.text(lang, "date.era_unset") + text;
    return eraLabel(*entry.era(), lang) + text;
}

std::string describeDateProblem(const input::DateProblem& problem, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    const CivilDate& limit = problem.limit;
    // A limit before 明治 has no era: its Gregorian year stands alone.
    const auto wareki = toWareki(limit);
    const std::vector<std::pair<std::string, std::string>> day{
        {"era", wareki ? eraLabel(wareki->era, lang) : ""},
        {"year", std::to_string(wareki ? wareki->year : limit.year())},
        {"month", std::to_string(limit.month())},
        {"day", std::to_string(limit.day())}};
    switch (problem.reason) {
        case input::DateProblem::EraNotChosen:
            return messages.text(lang, "date.choose_era");
        case input::DateProblem::NoSuchMonth:
            return messages.text(lang, "date.no_such_month");
        case input::DateProblem::NoSuchDay:
            return messages.format(
                lang, "date.no_such_day",
                {{"month", std::to_string(limit.month())}, {"days", std::to_string(limit.day())}});
        case input::DateProblem::BeforeEraStart:
            return messages.format(lang, "date.era_starts", day);
        case input::DateProblem::AfterEraEnd:
            return messages.format(lang, "date.era_ends", day);
        case input::DateProblem::BeforeEarliest:
            return messages.format(lang, "date.too_early", day);
        case input::DateProblem::AfterLatest:
            break;
    }
    return messages.format(lang, "date.too_late", day);
}

}  // namespace kiosk::ui
