#include "NameCandidates.h"

#include <algorithm>

#include "core/UnicodeForms.h"

namespace kiosk::input {

namespace {

bool hasHiragana(const std::string& text) {
    const std::u32string characters = decodeUtf8(text);
    return std::any_of(characters.begin(), characters.end(),
                       [](char32_t c) { return c >= U'\u3041' && c <= U'\u309F'; });
}

}  // namespace

void putNameSpellingsFirst(std::vector<ConversionSegment>& segments) {
    for (ConversionSegment& segment : segments) {
        std::stable_partition(segment.candidates.begin(), segment.candidates.end(),
                              [](const std::string& c) { return !hasHiragana(c); });
    }
}

}  // namespace kiosk::input
