#include "FormFooter.h"

namespace kiosk {

void drawFormFooter(PdfPage& page, const FormPage& layout, std::string_view text) {
    constexpr double kHeightMm = 4;
    constexpr double kSizePt = 7;
    // Centred between the left and right margins, its bottom on the bottom margin.
    MmRect area{layout.marginMm, layout.heightMm - layout.marginMm - kHeightMm,
                layout.widthMm - 2 * layout.marginMm, kHeightMm};
    page.textInBox(area, kSizePt, text, TextAlign::Center);
}

}  // namespace kiosk
