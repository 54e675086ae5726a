#include "GlyphRanges.h"

namespace kiosk::ui {

std::vector<ImWchar> toGlyphRanges(const CodePoints& set) {
    std::vector<ImWchar> ranges;
    for (const auto& [first, last] : toRuns(set)) {
        ranges.push_back(static_cast<ImWchar>(first));
        ranges.push_back(static_cast<ImWchar>(last));
    }
    ranges.push_back(0);
    return ranges;
}

CodePoints fromGlyphRanges(const ImWchar* ranges) {
    std::vector<char32_t> out;
    for (; ranges[0] != 0; ranges += 2) {
        for (char32_t c = ranges[0]; c <= ranges[1]; ++c) out.push_back(c);
    }
    return makeCodePoints(std::move(out));
}

}  // namespace kiosk::ui
