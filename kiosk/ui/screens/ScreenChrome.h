#pragma once
// The frame every patient screen shares (UX.md): a full-screen page, a header
// with 「もどる」 and 「スタッフを呼ぶ」 (never on the welcome screen), a heading,
// an optional progress line, and large buttons.
#include <string>

#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

struct HeaderActions {
    bool back = false;
    bool callStaff = false;
};

// Begins the full-screen page; always pair with endPage().
void beginPage(const char* id);
void endPage();

// The header row; `showBack` is false where there is nowhere to go back to.
HeaderActions drawHeader(const ScreenContext& ctx, bool showBack = true);
// beginPage and a header whose 「もどる」 and 「スタッフを呼ぶ」 go to the flow.
void beginFlowPage(CheckInFlow& flow, const ScreenContext& ctx, const char* id);
void drawHeading(const ScreenContext& ctx, const std::string& text);
void drawBody(const ScreenContext& ctx, const std::string& text);
void drawProgress(const ScreenContext& ctx, int current, int total);

enum class ButtonStyle { Primary, Secondary };
// A full-width touch button at least ctx.touchPx high labelled with the
// catalogue text of `key` (also its id for tests); the recommended choice is
// Primary (filled), the others Secondary (outlined).
bool bigButton(const ScreenContext& ctx, std::string_view key,
               ButtonStyle style = ButtonStyle::Secondary);

// The part of a page between the header and a footer of one button row,
// so the footer's button stays at the same place on every step.
void beginContent(const ScreenContext& ctx);
void endContent();

// A line of text marked as an error with an icon and words, never colour alone.
void drawError(const ScreenContext& ctx, const std::string& text);

}  // namespace kiosk::ui
