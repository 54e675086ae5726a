#include "RegistrationMarks.h"

namespace kiosk {

void drawRegistrationMarks(PdfPage& page, const std::vector<MmRect>& marks) {
    for (const auto& mark : marks) page.fillRect(mark);
}

}  // namespace kiosk
