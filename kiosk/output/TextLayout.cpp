#include "TextLayout.h"

#include "text/LineBreaking.h"

namespace kiosk {

namespace {
constexpr double kLineSpacing = 1.25;  // baseline distance as a multiple of the size
}

double lineHeightMm(double sizePt) {
    return sizePt * kLineSpacing / kPointsPerMm;
}

std::vector<std::string> wrapText(const PdfPage& page, double sizePt, std::string_view utf8,
                                  double widthMm) {
    return breakLines(utf8, widthMm,
                      [&](std::string_view piece) { return page.textWidthMm(sizePt, piece); });
}

std::optional<double> fittingSize(const PdfPage& page, std::string_view utf8, const MmRect& box,
                                  int maxLines, double maxPt, double minPt) {
    for (double size = maxPt; size >= minPt; size -= 0.5) {
        auto lines = wrapText(page, size, utf8, box.width);
        auto height = lineHeightMm(size) * static_cast<double>(lines.size());
        if (static_cast<int>(lines.size()) <= maxLines && height <= box.height) return size;
    }
    return std::nullopt;
}

void drawWrapped(PdfPage& page, const MmRect& box, double sizePt, std::string_view utf8) {
    double step = lineHeightMm(sizePt);
    // The first baseline sits one size below the top, the rest a line apart.
    double baseline = box.y + sizePt / kPointsPerMm * 0.88;
    for (const auto& line : wrapText(page, sizePt, utf8, box.width)) {
        page.text(box.x, baseline, sizePt, line);
        baseline += step;
    }
}

}  // namespace kiosk
