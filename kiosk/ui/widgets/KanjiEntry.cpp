#include "KanjiEntry.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "KeyGrid.h"
#include "TextKeyboard.h"
#include "TouchTarget.h"
#include "core/MessageCatalog.h"
#include "input/KeyGridFit.h"
#include "input/NameCandidates.h"

namespace kiosk::ui {

namespace {

// Candidates per page: as many as fit beside the paging buttons, at least one.
std::size_t candidatesPerPage(const std::vector<std::string>& candidates, std::size_t first,
                              float available, float touchPx) {
    const float gap = touchGap(touchPx);
    float used = 0;
    std::size_t count = 0;
    for (std::size_t i = first; i < candidates.size(); ++i) {
        used += keyWidth(candidates[i], touchPx) + gap;
        if (used > available && count > 0) break;
        ++count;
    }
    return std::max<std::size_t>(count, 1);
}

bool drawCandidateBar(KanjiEntryState& state, float touchPx, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    const float gap = touchGap(touchPx);
    const auto& segment = state.composition.currentSegment();
    const std::string& keep = messages.text(lang, "input.keep_kana");
    const std::string& more = messages.text(lang, "input.more_candidates");
    // 「かなのまま」 and 「つぎ」 take what they need, at most two thirds of
    // the row, and the candidates the rest. One paging button, which comes
    // back to the first page after the last: a third did not leave its
    // label the size of the keys in large text (second review).
    const float width = ImGui::GetContentRegionAvail().x;
    const std::vector<float> controls =
        fitWidths({keyWidth(keep, touchPx), keyWidth(more, touchPx)}, width * 0.65f, gap);
    const float available = width - controls[0] - controls[1] - 2 * gap;
    // Pages are found by walking from the start, so they stay stable.
    std::size_t first = 0;
    std::size_t count = candidatesPerPage(segment.candidates, 0, available, touchPx);
    for (std::size_t p = 0; p < state.page && first + count < segment.candidates.size(); ++p) {
        first += count;
        count = candidatesPerPage(segment.candidates, first, available, touchPx);
    }
    const std::size_t end = std::min(first + count, segment.candidates.size());
    // A choice may end the conversion and free `segment`: act after drawing.
    std::optional<std::size_t> chosen;
    for (std::size_t i = first; i < end; ++i) {
        const std::string& candidate = segment.candidates[i];
        // A single candidate wider than the room (a long compound) shrinks.
        const float candidateWidth = std::min(keyWidth(candidate, touchPx), available);
        if (touchButton(candidate, "candidate:" + candidate, ImVec2(candidateWidth, touchPx))) {
            chosen = i;
        }
        ImGui::SameLine(0, gap);
    }
    // 「かなのまま」 at the row's right end, where it stood before 「漢字に
    // 変換」 was tapped: a second tap on 「漢字に変換」 (third check) lands on a
    // candidate or 「つぎ」, as a second 変換 does in any input method, not
    // on what keeps the kana.
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    const bool lastPage = end >= segment.candidates.size();
    if (touchButton(more, "more", ImVec2(controls[1], touchPx), !lastPage || state.page > 0)) {
        state.page = lastPage ? 0 : state.page + 1;
    }
    ImGui::SameLine(0, gap);
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - controls[0]));
    const bool keepKana = touchButton(keep, "keep_kana", ImVec2(controls[0], touchPx));
    bool changed = false;
    if (chosen || keepKana) {
        changed = chosen ? state.composition.choose(*chosen) : state.composition.keepKana();
        state.page = 0;
    }
    return changed;
}

// The row above the keys: the keyboard switch, then 「漢字に変換」 and
// 「かなのまま」 for the reading typed so far (kana keys only). Whether the
// composition changed.
bool drawKeyboardControls(KanjiEntryState& state, input::KanaKanjiConverter* converter,
                          float touchPx, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    auto& composition = state.composition;
    const bool typed = !composition.reading().empty();
    const std::string& other =
        messages.text(lang, state.latin ? "input.switch_kana" : "input.switch_latin");
    const std::string& convert = messages.text(lang, "input.convert");
    const std::string& keep = messages.text(lang, "input.keep_kana");
    const bool converts = !state.latin && converter != nullptr;
    std::vector<float> wanted{keyWidth(other, touchPx)};
    if (converts) wanted.push_back(keyWidth(convert, touchPx));
    if (!state.latin) wanted.push_back(keyWidth(keep, touchPx));
    const float gap = touchGap(touchPx);
    const std::vector<float> widths = fitWidths(wanted, ImGui::GetContentRegionAvail().x, gap);
    bool changed = false;
    if (touchButton(other, "switch_keyboard", ImVec2(widths[0], touchPx))) {
        // The reading typed so far stays a reading (shown in the answer row):
        // 「たな」, 「ABC 123」, 「かな」, 「かはなこ」 still converts as たなかはなこ.
        // A Latin letter typed after it keeps it as kana first.
        state.latin = !state.latin;
        return false;
    }
    if (converts) {
        ImGui::SameLine(0, gap);
        if (touchButton(convert, "convert", ImVec2(widths[1], touchPx), typed)) {
            // A failed conversion leaves the reading to be kept as kana.
            if (auto segments = converter->convert(composition.reading()); segments) {
                if (state.name) input::putNameSpellingsFirst(*segments);
                composition.startConversion(std::move(*segments));
                state.page = 0;
            }
        }
    }
    if (!state.latin) {
        ImGui::SameLine(0, gap);
        changed = touchButton(keep, "keep_kana", ImVec2(widths.back(), touchPx), typed) &&
                  composition.commitReading();
    }
    return changed;
}

}  // namespace

bool drawKanjiEntry(const char* id, KanjiEntryState& state, input::KanaKanjiConverter* converter,
                    float touchPx, Language lang) {
    auto& composition = state.composition;
    ImGui::PushID(id);
    bool changed = false;

    // The text and the reading not yet converted show in the question's
    // answer row (FieldEditors::drawValueRow): the keys get the height.
    const float top = ImGui::GetCursorPosY();
    if (composition.converting()) {
        changed |= drawCandidateBar(state, touchPx, lang);
    } else {
        // 記号 such as 12-34 and names as on a residence card need Latin keys.
        changed |= drawKeyboardControls(state, converter, touchPx, lang);
    }
    // The keys one key gap below that row, not a line's spacing: a 768-pixel
    // panel in large text needs the height for fingertip-sized keys.
    ImGui::SetCursorPosY(top + touchPx + std::floor(touchPx * input::kKeyGapShare));
    if (state.latin) {
        if (const auto key = drawTextKeys("latin", input::KeyboardScript::Latin, touchPx, lang)) {
            changed |= composition.applyLatinKey(*key);
        }
    } else if (const auto key =
                   drawTextKeys("keys", input::KeyboardScript::Hiragana, touchPx, lang)) {
        changed |= composition.applyKey(*key);
    }
    ImGui::PopID();
    return changed;
}

}  // namespace kiosk::ui
