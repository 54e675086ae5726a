#pragma once
// The parts of the desk's screens, each in its own file; DeskScreens puts
// them on the page.
#include "DeskScreens.h"

namespace kiosk::ui {

void drawDeskLogin(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                   DeskActions& actions);
// The open calls, each with its 「対応する」; nothing when there are none.
void drawStaffCalls(const DeskView& view, const ScreenContext& ctx, DeskActions& actions);
void drawFilterBar(const DeskView& view, const ScreenContext& ctx, DeskScreenState& state,
                   DeskActions& actions);
void drawDeskTable(const DeskView& view, const ScreenContext& ctx, DeskActions& actions);
// The least width the list can be drawn at without crowding its columns.
float deskTableWidth(const ScreenContext& ctx);
void drawRecordView(const DeskView& view, const ScreenContext& ctx, DeskActions& actions);

}  // namespace kiosk::ui
