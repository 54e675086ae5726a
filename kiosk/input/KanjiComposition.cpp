#include "KanjiComposition.h"

#include "core/SecureWipe.h"
#include "core/UnicodeForms.h"

namespace kiosk::input {

KanjiComposition::KanjiComposition(std::size_t maxChars, std::string text)
    : maxChars_(maxChars),
      text_(std::move(text)),
      reading_{"", maxChars, KeyboardScript::Hiragana} {}

bool KanjiComposition::applyKey(const TextKey& key) {
    if (converting()) return false;
    const bool onText =
        reading_.text.empty() && (key.kind == TextKey::Backspace || key.kind == TextKey::Space);
    if (!onText) return applyTextKey(reading_, key);
    // The text's own rules for delete and space are those of a kana entry.
    TextEntry text{text_, maxChars_, KeyboardScript::Hiragana};
    if (!applyTextKey(text, key)) return false;
    text_ = std::move(text.text);
    return true;
}

bool KanjiComposition::applyLatinKey(const TextKey& key) {
    if (converting()) return false;
    const bool keptReading = commitReading();
    TextEntry text{text_, maxChars_, KeyboardScript::Latin};
    if (!applyTextKey(text, key)) return keptReading;
    text_ = std::move(text.text);
    return true;
}

std::string KanjiComposition::pendingReading() const {
    if (!converting()) return reading_.text;
    std::string pending;
    for (std::size_t i = segment_; i < segments_.size(); ++i) pending += segments_[i].reading;
    return pending;
}

void KanjiComposition::startConversion(std::vector<ConversionSegment> segments) {
    segments_ = std::move(segments);
    segment_ = 0;
}

bool KanjiComposition::choose(std::size_t candidate) {
    if (!converting() || candidate >= currentSegment().candidates.size()) return false;
    if (!append(currentSegment().candidates[candidate])) return false;
    advance();
    return true;
}

bool KanjiComposition::keepKana() {
    if (!converting() || !append(currentSegment().reading)) return false;
    advance();
    return true;
}

bool KanjiComposition::commitReading() {
    if (reading_.text.empty() || !append(reading_.text)) return false;
    cancelConversion();
    reading_.text.clear();
    return true;
}

void KanjiComposition::cancelConversion() {
    segments_.clear();
    segment_ = 0;
}

bool KanjiComposition::append(const std::string& part) {
    if (maxChars_ != 0 && decodeUtf8(text_).size() + decodeUtf8(part).size() > maxChars_) {
        return false;
    }
    text_ += part;
    return true;
}

void KanjiComposition::advance() {
    if (++segment_ < segments_.size()) return;
    cancelConversion();
    reading_.text.clear();
}

void KanjiComposition::wipe() {
    secureWipe(text_);
    secureWipe(reading_.text);
    for (auto& segment : segments_) {
        secureWipe(segment.reading);
        for (auto& candidate : segment.candidates) secureWipe(candidate);
    }
    segments_.clear();
    segment_ = 0;
}

}  // namespace kiosk::input
