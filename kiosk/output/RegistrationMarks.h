#pragma once
// The targets a scan is registered by: solid black squares filling the
// template's mark rectangles, so their centres are where `form layout` says.
#include <vector>

#include "PdfDocument.h"

namespace kiosk {

void drawRegistrationMarks(PdfPage& page, const std::vector<MmRect>& marks);

}  // namespace kiosk
