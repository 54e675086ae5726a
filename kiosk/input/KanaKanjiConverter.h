#pragma once
// Kana → kanji conversion with libanthy: a hiragana reading comes back as
// segments (東京都 / 千代田区 / …), each with its candidates, best first.
// Nothing is learnt from what patients type: segments are never committed,
// so no name reaches anthy's personal dictionary.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace kiosk::input {

struct ConversionSegment {
    std::string reading;                  // the hiragana this segment covers
    std::vector<std::string> candidates;  // best first, each once; may include the reading
};

struct ConverterError {
    enum Reason { InitFailed, ContextFailed, ConversionFailed } reason;
};

class KanaKanjiConverter {
public:
    // Starts anthy (its dictionary must be installed). InitFailed when it cannot.
    static Result<std::unique_ptr<KanaKanjiConverter>, ConverterError> open();
    ~KanaKanjiConverter();
    KanaKanjiConverter(const KanaKanjiConverter&) = delete;
    KanaKanjiConverter& operator=(const KanaKanjiConverter&) = delete;

    // Segments for `hiragana` (UTF-8); at most `maxCandidates` per segment.
    Result<std::vector<ConversionSegment>, ConverterError> convert(std::string_view hiragana,
                                                                   std::size_t maxCandidates = 50);

private:
    struct Context;
    explicit KanaKanjiConverter(std::unique_ptr<Context> context);
    std::unique_ptr<Context> context_;
};

}  // namespace kiosk::input
