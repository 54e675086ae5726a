#include "KanjiComposition.h"

#include "core/SecureWipe.h"
#include "core/UnicodeForms.h"

namespace kiosk::input {

KanjiComposition::KanjiComposition(std::size_t maxChars, std::string text)
    : maxChars_(maxChars),
      typedHere_(text.empty()),
      text_(std::move(text)),
      reading_{"", maxChars, KeyboardScript::Hiragana} {
    if (!text_.empty()) parts_.push_back({text_, std::nullopt});  // how it was typed is unknown
}

bool KanjiComposition::applyKey(const TextKey& key) {
    if (converting()) {
        if (key.kind == TextKey::Backspace) {
            cancelConversion();
            return true;
        }
        while (converting()) {
            if (!keepKana()) break;
        }
        if (converting()) return false;  // the text is full
        applyKey(key);
        return true;
    }
    const bool onText =
        reading_.text.empty() && (key.kind == TextKey::Backspace || key.kind == TextKey::Space);
    if (!onText) return applyTextKey(reading_, key);
    // The text's own rules for delete and space are those of a kana entry.
    return applyToText(key, KeyboardScript::Hiragana);
}

bool KanjiComposition::applyLatinKey(const TextKey& key) {
    if (converting()) return false;
    const bool keptReading = commitReading();
    return applyToText(key, KeyboardScript::Latin) || keptReading;
}

bool KanjiComposition::applyToText(const TextKey& key, KeyboardScript script) {
    TextEntry entry{text_, maxChars_, script};
    if (!applyTextKey(entry, key)) return false;
    if (entry.text.size() > text_.size()) {
        // One character added: a kana space reads as itself, a Latin letter
        // has no kana reading.
        std::string added = entry.text.substr(text_.size());
        std::optional<std::string> reading;
        if (script != KeyboardScript::Latin) reading = added;
        parts_.push_back({std::move(added), std::move(reading)});
    } else if (!parts_.empty()) {
        // The last character deleted: a kana part keeps reading as itself,
        // a kanji part cut short no longer has a known reading.
        Part& last = parts_.back();
        const bool kana = last.reading == last.text;
        std::u32string chars = decodeUtf8(last.text);
        chars.pop_back();
        last.text = encodeUtf8(chars);
        if (last.text.empty()) {
            parts_.pop_back();
        } else {
            last.reading = kana ? std::optional<std::string>(last.text) : std::nullopt;
        }
    }
    text_ = std::move(entry.text);
    return true;
}

std::optional<std::string> KanjiComposition::readingOfText() const {
    std::string reading;
    for (const Part& part : parts_) {
        if (!part.reading) return std::nullopt;
        reading += *part.reading;
    }
    return reading;
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
    if (!append(currentSegment().candidates[candidate], currentSegment().reading)) return false;
    advance();
    return true;
}

bool KanjiComposition::keepKana() {
    if (!converting() || !append(currentSegment().reading, currentSegment().reading)) return false;
    advance();
    return true;
}

bool KanjiComposition::commitReading() {
    if (reading_.text.empty() || !append(reading_.text, reading_.text)) return false;
    cancelConversion();
    reading_.text.clear();
    return true;
}

void KanjiComposition::cancelConversion() {
    segments_.clear();
    segment_ = 0;
}

bool KanjiComposition::append(const std::string& part, std::optional<std::string> reading) {
    if (maxChars_ != 0 && decodeUtf8(text_).size() + decodeUtf8(part).size() > maxChars_) {
        return false;
    }
    text_ += part;
    parts_.push_back({part, std::move(reading)});
    return true;
}

void KanjiComposition::advance() {
    if (++segment_ < segments_.size()) return;
    cancelConversion();
    reading_.text.clear();
}

void KanjiComposition::wipe() {
    secureWipe(text_);
    for (auto& part : parts_) {
        secureWipe(part.text);
        if (part.reading) secureWipe(*part.reading);
    }
    parts_.clear();
    secureWipe(reading_.text);
    for (auto& segment : segments_) {
        secureWipe(segment.reading);
        for (auto& candidate : segment.candidates) secureWipe(candidate);
    }
    segments_.clear();
    segment_ = 0;
}

}  // namespace kiosk::input
