#include "TextLayout.h"

#include "core/UnicodeForms.h"

namespace kiosk {

namespace {
constexpr double kLineSpacing = 1.25;  // baseline distance as a multiple of the size
}

double lineHeightMm(double sizePt) {
    return sizePt * kLineSpacing / kPointsPerMm;
}

std::vector<std::string> wrapText(const PdfPage& page, double sizePt, std::string_view utf8,
                                  double widthMm) {
    std::vector<std::string> lines;
    std::u32string line;
    double lineWidth = 0;
    for (char32_t c : decodeUtf8(utf8)) {
        if (c == U'\n') {
            lines.push_back(encodeUtf8(line));
            line.clear();
            lineWidth = 0;
            continue;
        }
        double width = page.textWidthMm(sizePt, encodeUtf8(std::u32string_view(&c, 1)));
        if (!line.empty() && lineWidth + width > widthMm) {
            lines.push_back(encodeUtf8(line));
            line.clear();
            lineWidth = 0;
        }
        line += c;
        lineWidth += width;
    }
    if (!line.empty() || lines.empty()) lines.push_back(encodeUtf8(line));
    return lines;
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
