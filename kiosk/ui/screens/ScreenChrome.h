#pragma once
// The frame every patient screen shares (UX.md): a full-screen page, a header
// with 「もどる」 and 「スタッフを呼ぶ」 (never on the welcome screen), a heading,
// the progress through the steps, and large buttons.
#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "Pictures.h"
#include "ScreenContext.h"
#include "flow/CheckInFlow.h"
#include "ui/Theme.h"

namespace kiosk::ui {

struct HeaderActions {
    bool back = false;
    bool callStaff = false;
    bool titleShown = false;  // the progress's title is in the header
};

// Begins the full-screen page; always pair with endPage().
void beginPage(const char* id);
void endPage();

// Where the patient is in a run of steps ("6 / 14"); total 0: none shown.
// A step's title goes beside it when the two fit the header: the question
// and the keys below keep the height a short panel lacks (1366×768, large
// text). On a page without 「もどる」 the title goes where it would be.
struct StepProgress {
    int current = 0;
    int total = 0;
    std::string title;
    std::optional<OutcomeIcon> icon;  // drawn before the title wherever it goes
};

// The header row; `showBack` is false where there is nowhere to go back to.
// The progress sits between the two buttons: one row, so that the questions
// keep the height of small panels (1366×768).
HeaderActions drawHeader(const ScreenContext& ctx, bool showBack = true,
                         const StepProgress& progress = {});
// beginPage and a header whose 「もどる」 and 「スタッフを呼ぶ」 go to the flow;
// whether the header shows `progress.title`.
bool beginFlowPage(CheckInFlow& flow, const ScreenContext& ctx, const char* id,
                   const StepProgress& progress = {});
void drawHeading(const ScreenContext& ctx, const std::string& text,
                 std::optional<OutcomeIcon> icon = std::nullopt);
void drawBody(const ScreenContext& ctx, const std::string& text);

enum class ButtonStyle { Primary, Secondary };

// The look of a button while it is drawn: the recommended one filled, the
// others outlined (the frame border carries the shape, the fill stays quiet).
class ButtonLook {
public:
    ButtonLook(const ScreenContext& ctx, ButtonStyle style)
        : filled_(style == ButtonStyle::Primary && ctx.palette != nullptr),
          outlined_(style != ButtonStyle::Primary) {
        if (filled_) {
            ImGui::PushStyleColor(ImGuiCol_Button, toImVec4(ctx.palette->primaryButton));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, toImVec4(ctx.palette->primaryButton));
            ImGui::PushStyleColor(ImGuiCol_ButtonActive,
                                  toImVec4(ctx.palette->primaryButtonPressed));
            ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ctx.palette->primaryButtonText));
        }
        if (outlined_) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 3.0f);
        }
    }
    ~ButtonLook() {
        if (outlined_) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
        }
        if (filled_) ImGui::PopStyleColor(4);
    }
    ButtonLook(const ButtonLook&) = delete;
    ButtonLook& operator=(const ButtonLook&) = delete;

private:
    bool filled_;
    bool outlined_;
};

// A full-width touch button at least ctx.touchPx high labelled with the
// catalogue text of `key` (also its id for tests); the recommended choice is
// Primary (filled), the others Secondary (outlined).
bool bigButton(const ScreenContext& ctx, std::string_view key,
               ButtonStyle style = ButtonStyle::Secondary);
// An outlined button only as wide as its label, at the right end of the row:
// for staff, so a patient's hand goes to the full-width choices first.
bool sideButton(const ScreenContext& ctx, std::string_view key);

// Buttons in as few columns as let them all fit the height left on the page
// (up to `maxColumns`), in reading order, each ctx.touchPx high; the first is
// Primary when `firstIsPrimary`; the grid takes the page's height left but
// `heightBelow`. The index of the one tapped.
struct GridButton {
    std::string label;
    std::string id;
    ProofPicture picture = ProofPicture::None;  // drawn beside the button
};
std::optional<std::size_t> drawButtonGrid(const ScreenContext& ctx,
                                          const std::vector<GridButton>& buttons,
                                          bool firstIsPrimary, int minColumns = 1,
                                          int maxColumns = 3, float heightBelow = 0.0f);

// The part of a page between the header and a footer of one button row,
// so the footer's button stays at the same place on every step.
void beginContent(const ScreenContext& ctx);
void endContent();

// The colour of a warning drawn on the page or inside an answer's box.
ImVec4 warningTextColour(const ScreenContext& ctx);

// A line of text marked as an error with an icon and words, never colour alone.
void drawError(const ScreenContext& ctx, const std::string& text);

}  // namespace kiosk::ui
