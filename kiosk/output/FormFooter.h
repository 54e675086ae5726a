#pragma once
// One small line at the foot of a form page, between the bottom registration
// marks and inside the margin: which template, version and sheet or record.
#include <string_view>

#include "PdfDocument.h"

namespace kiosk {

void drawFormFooter(PdfPage& page, const FormPage& layout, std::string_view text);

}  // namespace kiosk
