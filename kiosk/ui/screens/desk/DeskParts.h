#pragma once
// The parts of the desk's screens, each in its own file; DeskScreens puts
// them on the page.
#include <cstring>

#include "DeskScreens.h"

namespace kiosk::ui {

// Puts `text` in a text field's buffer, cut to fit.
template <std::size_t N>
void copyInto(std::array<char, N>& field, const std::string& text) {
    field.fill('\0');
    std::strncpy(field.data(), text.c_str(), N - 1);
}

void drawDeskLogin(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                   DeskActions& actions);
// The open calls, each with its 「対応する」; nothing when there are none.
void drawStaffCalls(const DeskView& view, const ScreenContext& ctx, DeskActions& actions);
void drawFilterBar(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                   DeskActions& actions);
void drawDeskTable(const DeskView& view, const ScreenContext& ctx, DeskActions& actions);
// The follow-ups not yet done, oldest first; a row opens its record.
void drawWorklist(const DeskView& view, const ScreenContext& ctx, DeskActions& actions);
// The least width the list can be drawn at without crowding its columns.
float deskTableWidth(const ScreenContext& ctx);
void drawRecordView(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                    DeskActions& actions);
// The actions staff may take on the open record, and the form of the one chosen.
void drawStaffActions(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                      DeskActions& actions);

}  // namespace kiosk::ui
