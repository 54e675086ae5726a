#include "ScreenChrome.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "ui/Theme.h"
#include "ui/widgets/TouchTarget.h"
#include "ui/widgets/WrappedText.h"

namespace kiosk::ui {

void beginPage(const char* id) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     // The renderer already clears to the page colour; a second
                     // full-screen fill costs most of a software-rendered frame.
                     ImGuiWindowFlags_NoBackground);
}

void endPage() {
    ImGui::End();
}

namespace {

// A page's title alone between the header's buttons, in the heading font,
// where it fits one line there (the review's heading: the page keeps the
// height for the answers). Whether it is shown.
bool drawTitleBetween(const ScreenContext& ctx, const std::string& text, float left, float right,
                      float top) {
    ImGui::PushFont(ctx.fonts.heading);
    const ImVec2 title = ImGui::CalcTextSize(text.c_str());
    const bool fits = title.x <= right - left && title.y <= ctx.touchPx;
    if (fits) {
        ImGui::SetCursorPos(
            ImVec2(left + (right - left - title.x) / 2, top + (ctx.touchPx - title.y) / 2));
        ImGui::TextUnformatted(text.c_str());
    }
    ImGui::PopFont();
    return fits;
}

// "6 / 14" over a thin bar, in the header between its buttons, with the
// step's title in the heading font beside the count where both fit.
// Whether the title is shown.
bool drawProgressBetween(const ScreenContext& ctx, const StepProgress& progress, float left,
                         float right, float top) {
    const std::string count = ctx.format(
        "common.progress",
        {{"current", std::to_string(progress.current)}, {"total", std::to_string(progress.total)}});
    const float width = right - left;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float countWidth = ImGui::CalcTextSize(count.c_str()).x;
    ImGui::PushFont(ctx.fonts.heading);
    const ImVec2 title = ImGui::CalcTextSize(progress.title.c_str());
    // The bar gives up some of its thickness to a title (large text), down
    // to a thin line still seen.
    const float barHeight = std::clamp(ctx.touchPx - title.y, 4.0f, ctx.touchPx * 0.15f);
    const bool titleFits = !progress.title.empty() && title.y + barHeight <= ctx.touchPx;
    // The count always (UX.md: "3 / 7"); the title beside it where both fit,
    // else the page shows it as its heading.
    const bool withTitle = titleFits && title.x + gap + countWidth <= width;
    const float lineWidth = (withTitle ? title.x + gap : 0.0f) + countWidth;
    ImGui::SetCursorPos(ImVec2(left + (width - lineWidth) / 2, top));
    if (withTitle) ImGui::TextUnformatted(progress.title.c_str());
    ImGui::PopFont();
    if (withTitle) ImGui::SameLine(0.0f, gap);
    ImGui::TextUnformatted(count.c_str());
    ImGui::SetCursorPos(ImVec2(left, top + ctx.touchPx - barHeight));
    ImGui::ProgressBar(static_cast<float>(progress.current) / static_cast<float>(progress.total),
                       ImVec2(width, barHeight), "");
    return withTitle;
}

}  // namespace

HeaderActions drawHeader(const ScreenContext& ctx, bool showBack, const StepProgress& progress) {
    HeaderActions actions;
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    const float width = ImGui::GetContentRegionAvail().x;
    // As wide as the longer label needs, both alike, and no narrower than
    // two and a half fingertips: the middle keeps the room for the step's
    // count and title (a quarter each left large English titles no room).
    const float padding = ImGui::GetStyle().FramePadding.x * 2;
    const float buttonWidth = std::max(
        {ctx.touchPx * 2.5f, ImGui::CalcTextSize(ctx.text("common.back").c_str()).x + padding,
         ImGui::CalcTextSize(ctx.text("common.call_staff").c_str()).x + padding});
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    if (showBack) {
        actions.back =
            touchButton(ctx.text("common.back"), "common.back", ImVec2(buttonWidth, ctx.touchPx));
    }
    if (progress.total > 0) {
        actions.titleShown = drawProgressBetween(ctx, progress, left + buttonWidth + spacing,
                                                 left + width - buttonWidth - spacing, top);
    } else if (showBack && !progress.title.empty()) {
        actions.titleShown = drawTitleBetween(ctx, progress.title, left + buttonWidth + spacing,
                                              left + width - buttonWidth - spacing, top);
    } else if (!showBack && !progress.title.empty()) {
        // Where there is no 「もどる」, the page's heading takes its place
        // when it fits one line there (the finish screen on a short panel).
        ImGui::PushFont(ctx.fonts.heading);
        const ImVec2 title = ImGui::CalcTextSize(progress.title.c_str());
        const float iconSide = progress.icon ? title.y + spacing : 0.0f;
        actions.titleShown =
            iconSide + title.x <= width - buttonWidth - spacing && title.y <= ctx.touchPx;
        if (actions.titleShown) {
            const float y = top + (ctx.touchPx - title.y) / 2;
            if (progress.icon) {
                const ImVec2 at(ImGui::GetWindowPos().x + left, ImGui::GetWindowPos().y + y);
                drawOutcomeIcon(*progress.icon, at, ImVec2(at.x + title.y, at.y + title.y));
            }
            ImGui::SetCursorPos(ImVec2(left + iconSide, y));
            ImGui::TextUnformatted(progress.title.c_str());
        }
        ImGui::PopFont();
    }
    ImGui::SetCursorPos(ImVec2(left + width - buttonWidth, top));
    actions.callStaff = touchButton(ctx.text("common.call_staff"), "common.call_staff",
                                    ImVec2(buttonWidth, ctx.touchPx));
    return actions;
}

bool beginFlowPage(CheckInFlow& flow, const ScreenContext& ctx, const char* id,
                   const StepProgress& progress) {
    beginPage(id);
    const HeaderActions actions = drawHeader(ctx, true, progress);
    if (actions.back) flow.back(ctx.now);
    if (actions.callStaff) flow.callStaff(ctx.now);
    return actions.titleShown;
}

void drawHeading(const ScreenContext& ctx, const std::string& text,
                 std::optional<OutcomeIcon> icon) {
    ImGui::PushFont(ctx.fonts.heading);
    if (icon) {
        // The icon as high as a line of the heading, the text beside it.
        const float side = ImGui::GetTextLineHeight();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        drawOutcomeIcon(*icon, at, ImVec2(at.x + side, at.y + side));
        ImGui::Dummy(ImVec2(side, side));
        ImGui::SameLine();
        drawWrappedText(text, std::min(ImGui::GetContentRegionAvail().x, readableMeasure()));
    } else {
        drawWrappedText(text);
    }
    ImGui::PopFont();
}

void drawBody(const ScreenContext&, const std::string& text) {
    drawWrappedText(text);
    ImGui::Spacing();
}

bool bigButton(const ScreenContext& ctx, std::string_view key, ButtonStyle style) {
    const bool primary = style == ButtonStyle::Primary;
    const ImVec2 size(ImGui::GetContentRegionAvail().x, primary ? ctx.primaryPx() : ctx.touchPx);
    bool pressed = false;
    {
        ButtonLook look(ctx, style);
        pressed = touchButton(ctx.text(key), key, size);
    }
    ImGui::Spacing();
    return pressed;
}

bool sideButton(const ScreenContext& ctx, std::string_view key) {
    const std::string& label = ctx.text(key);
    const float width =
        std::min(ImGui::GetContentRegionAvail().x,
                 ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 4);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width);
    ButtonLook look(ctx, ButtonStyle::Secondary);
    return touchButton(label, key, ImVec2(width, ctx.touchPx));
}

namespace {

// How a grid of buttons is laid out in `columns`: each button's width, and
// each row as high as its tallest label needs (large text breaks a long
// label over lines; UX: large text grows the buttons with their labels).
struct GridLayout {
    float buttonWidth = 0;
    float pictureSide = 0;  // 0: no pictures
    std::vector<float> rowHeights;
    float height = 0;        // rows and the gaps under them
    bool cutsAWord = false;  // a label's Latin word is wider than its button
};

// The widest run of Latin letters and digits in `label`: a button narrower
// than that would cut a word (「Employe／e」).
float widestLatinWord(const std::string& label) {
    float widest = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= label.size(); ++i) {
        const bool inWord =
            i < label.size() && static_cast<unsigned char>(label[i]) < 0x80 && label[i] != ' ';
        if (inWord) continue;
        if (i > start) {
            widest =
                std::max(widest, ImGui::CalcTextSize(label.data() + start, label.data() + i).x);
        }
        start = i + 1;
    }
    return widest;
}

GridLayout layOutGrid(const ScreenContext& ctx, const std::vector<GridButton>& buttons,
                      int columns) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    GridLayout layout;
    const float width =
        (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(columns - 1)) /
        static_cast<float>(columns);
    // A picture of what a choice means, a square beside its button.
    const bool pictures = std::any_of(buttons.begin(), buttons.end(), [](const GridButton& b) {
        return b.picture != ProofPicture::None;
    });
    layout.pictureSide = pictures ? ctx.touchPx : 0.0f;
    layout.buttonWidth = width - (pictures ? layout.pictureSide + spacing : 0.0f);
    // touchButton keeps 8 % of a button free around its label.
    const float labelRoom = layout.buttonWidth * 0.92f;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const std::string& label = buttons[i].label;
        layout.cutsAWord = layout.cutsAWord || widestLatinWord(label) > labelRoom;
        float height = ctx.touchPx;
        if (ImGui::CalcTextSize(label.c_str()).x > labelRoom) {
            height = std::max(height, wrappedTextSize(label, labelRoom).y / 0.92f + 2.0f);
        }
        const std::size_t row = i / static_cast<std::size_t>(columns);
        if (row == layout.rowHeights.size()) layout.rowHeights.push_back(0);
        layout.rowHeights[row] = std::max(layout.rowHeights[row], height);
    }
    for (float row : layout.rowHeights) layout.height += row + gap;
    layout.height -= gap;  // none under the last row
    return layout;
}

// Rows made lower in proportion to fit `room`, none lower than a target:
// the rows above that height share what the others leave.
void squeezeRows(GridLayout& layout, float room, float touchPx) {
    const float gaps = ImGui::GetStyle().ItemSpacing.y *
                       static_cast<float>(std::max<std::size_t>(layout.rowHeights.size(), 1) - 1);
    const float target = room - gaps;
    for (std::size_t pass = 0; pass < layout.rowHeights.size(); ++pass) {
        float fixed = 0;
        float flexible = 0;
        for (float row : layout.rowHeights) (row <= touchPx ? fixed : flexible) += row;
        if (fixed + flexible <= target || flexible == 0) break;
        const float scale = std::max(target - fixed, 0.0f) / flexible;
        for (float& row : layout.rowHeights) {
            if (row > touchPx) row = std::max(row * scale, touchPx);
        }
    }
    layout.height = gaps;
    for (float row : layout.rowHeights) layout.height += row;
}

}  // namespace

std::optional<std::size_t> drawButtonGrid(const ScreenContext& ctx,
                                          const std::vector<GridButton>& buttons,
                                          bool firstIsPrimary, int minColumns, int maxColumns,
                                          float heightBelow) {
    const int count = static_cast<int>(buttons.size());
    // All the height left but what the caller draws under it (a table's cell
    // keeps its padding there).
    const float room =
        ImGui::GetContentRegionAvail().y - heightBelow -
        (ImGui::GetCurrentTable() != nullptr ? ImGui::GetStyle().CellPadding.y : 0.0f);
    // The fewest columns whose rows fit the page as their labels want; else
    // the fewest that fit with rows made lower (labels a little smaller);
    // else the most columns, every row one target high (the simulator's
    // eleven long demonstration labels).
    const int first = std::min(minColumns, std::max(count, 1));
    const int last = std::max(first, std::min(maxColumns, count));
    std::optional<GridLayout> chosen;
    int columns = first;
    for (int squeezed = 0; squeezed < 2 && !chosen; ++squeezed) {
        for (columns = first; columns <= last; ++columns) {
            GridLayout layout = layOutGrid(ctx, buttons, columns);
            if (squeezed == 1) squeezeRows(layout, room, ctx.touchPx);
            if (!layout.cutsAWord &&
                layout.height <=
                    room + 0.5f) {  // squeezed rows sum to room, give or take a rounding
                chosen = std::move(layout);
                break;
            }
        }
    }
    if (!chosen) {
        columns = last;
        chosen = layOutGrid(ctx, buttons, columns);
        std::fill(chosen->rowHeights.begin(), chosen->rowHeights.end(), ctx.touchPx);
    }
    const GridLayout& layout = *chosen;
    std::optional<std::size_t> tapped;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        if (i % static_cast<std::size_t>(columns) != 0) ImGui::SameLine();
        const float height = layout.rowHeights[i / static_cast<std::size_t>(columns)];
        if (layout.pictureSide > 0) {
            // The picture level with the middle of its button.
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float top = at.y + (height - layout.pictureSide) / 2;
            drawProofPicture(buttons[i].picture, ImVec2(at.x, top),
                             ImVec2(at.x + layout.pictureSide, top + layout.pictureSide));
            ImGui::Dummy(ImVec2(layout.pictureSide, height));
            ImGui::SameLine();
        }
        ButtonLook look(ctx,
                        firstIsPrimary && i == 0 ? ButtonStyle::Primary : ButtonStyle::Secondary);
        if (touchButton(buttons[i].label, buttons[i].id, ImVec2(layout.buttonWidth, height))) {
            tapped = i;
        }
    }
    return tapped;
}

void beginContent(const ScreenContext& ctx) {
    const float footer = ctx.primaryPx() + ImGui::GetStyle().ItemSpacing.y * 2;
    ImGui::BeginChild("content", ImVec2(0, ImGui::GetContentRegionAvail().y - footer), false,
                      ImGuiWindowFlags_NoBackground);
}

void endContent() {
    ImGui::EndChild();
}

ImVec4 warningTextColour(const ScreenContext& ctx) {
    const Palette& colours = ctx.palette != nullptr ? *ctx.palette : palette(Contrast::Normal);
    return toImVec4(colours.warningText);
}

void drawError(const ScreenContext& ctx, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, warningTextColour(ctx));
    // "！" and the sentence, which says what to do, carry the meaning for
    // readers who cannot tell red apart; a word 「エラー」 before it only
    // alarmed and took a line of large text.
    drawWrappedText("！ " + text);
    ImGui::PopStyleColor();
}

}  // namespace kiosk::ui
