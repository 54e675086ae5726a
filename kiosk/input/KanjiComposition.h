#pragma once
// Kanji entry as the patient does it: type the reading in hiragana, convert,
// then for each segment pick a candidate or keep the kana; what is chosen is
// appended to the text. Without a converter, the reading is kept as kana.
// The readings of what was chosen are kept too: a name typed once in kana
// gives its フリガナ (issue 10 item 2).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "KanaKanjiConverter.h"
#include "TextEntry.h"

namespace kiosk::input {

class KanjiComposition {
public:
    explicit KanjiComposition(std::size_t maxChars = 0, std::string text = {});

    const std::string& text() const { return text_; }
    // Whether everything in text() was typed here (none was given at the
    // start): then an unknown reading means the patient's edits lost it.
    bool typedHere() const { return typedHere_; }
    const std::string& reading() const { return reading_.text; }
    // What is typed but not yet part of text(): the reading, or while
    // converting, the readings of the segments still to choose for. text()
    // followed by this is everything the patient typed, at any moment.
    std::string pendingReading() const;
    // The hiragana reading of text(), part by part as it was typed; nullopt
    // when some of it has none (text given at the start, Latin letters, a
    // kanji part cut short by a delete).
    std::optional<std::string> readingOfText() const;

    // A key of the hiragana keyboard. With no reading typed, delete and
    // space act on the text (one U+3000 between family and given name).
    // While converting, delete goes back to editing the reading, and any
    // other key keeps what is left to convert as kana before it is typed:
    // a key never does nothing. True when something changed.
    bool applyKey(const TextKey& key);
    // A key of the Latin keyboard (letters, digits, - and ' of 記号 such as
    // 12-34 and of names as on a residence card): typed straight into the
    // text, after keeping any reading still typed as kana. Ignored while
    // converting.
    bool applyLatinKey(const TextKey& key);

    // Starts choosing among `segments` (the converter's answer for reading()).
    void startConversion(std::vector<ConversionSegment> segments);
    bool converting() const { return segment_ < segments_.size(); }
    // The segment being chosen for, while converting().
    const ConversionSegment& currentSegment() const { return segments_[segment_]; }
    // Appends a candidate of the current segment (or its reading) and moves to
    // the next; the last one ends the conversion. False when it would not fit.
    bool choose(std::size_t candidate);
    bool keepKana();
    // Appends the whole reading as typed: no conversion wanted, or none possible.
    bool commitReading();
    // Drops the segments; the reading stays for editing.
    void cancelConversion();
    // Overwrites everything typed and every candidate (they spell the patient's
    // name or address), then empties the composition.
    void wipe();

private:
    // A piece of the text as one action added it, with its reading if known.
    struct Part {
        std::string text;
        std::optional<std::string> reading;
    };

    bool append(const std::string& part, std::optional<std::string> reading);
    // Applies a delete or a character key to the text itself, in `script`'s rules.
    bool applyToText(const TextKey& key, KeyboardScript script);
    void advance();

    std::size_t maxChars_;
    bool typedHere_;
    std::string text_;  // the parts' texts, joined
    std::vector<Part> parts_;
    TextEntry reading_;
    std::vector<ConversionSegment> segments_;
    std::size_t segment_ = 0;
};

}  // namespace kiosk::input
