#pragma once
// Putting text into a box: wrapping between any two characters (as Japanese
// is written) and choosing the largest size that fits. Nothing here cuts
// text; callers learn that it does not fit and say so.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "PdfDocument.h"

namespace kiosk {

// Lines no wider than `widthMm` at `sizePt`, broken as text/LineBreaking
// breaks them; explicit '\n' starts a new line.
std::vector<std::string> wrapText(const PdfPage& page, double sizePt, std::string_view utf8,
                                  double widthMm);

// The distance between baselines for text of `sizePt`, in mm.
double lineHeightMm(double sizePt);

// The largest size from `maxPt` down to `minPt` (in half points) at which
// `utf8` fits `box` in at most `maxLines` lines; nullopt when even `minPt`
// does not fit.
std::optional<double> fittingSize(const PdfPage& page, std::string_view utf8, const MmRect& box,
                                  int maxLines, double maxPt, double minPt);

// `utf8` wrapped to the box's width from its top-left corner; lines past the
// box's bottom are drawn all the same.
void drawWrapped(PdfPage& page, const MmRect& box, double sizePt, std::string_view utf8);

}  // namespace kiosk
