#include "KanaKanjiConverter.h"

#include <anthy/anthy.h>

#include <algorithm>

#include "VariantCandidates.h"

namespace kiosk::input {

struct KanaKanjiConverter::Context {
    anthy_context_t anthy = nullptr;
};

namespace {

// anthy_init sets up process-wide dictionaries once.
bool anthyStarted() {
    static const bool started = anthy_init() == 0;
    return started;
}

// One segment's text (candidate index, or NTH_UNCONVERTED_CANDIDATE for its reading).
std::string segmentText(anthy_context_t anthy, int segment, int candidate) {
    const int length = anthy_get_segment(anthy, segment, candidate, nullptr, 0);
    if (length <= 0) return {};
    std::string text(static_cast<std::size_t>(length) + 1, '\0');
    anthy_get_segment(anthy, segment, candidate, text.data(), length + 1);
    text.resize(static_cast<std::size_t>(length));
    return text;
}

}  // namespace

KanaKanjiConverter::KanaKanjiConverter(std::unique_ptr<Context> context)
    : context_(std::move(context)) {}

KanaKanjiConverter::~KanaKanjiConverter() {
    if (context_->anthy != nullptr) anthy_release_context(context_->anthy);
}

Result<std::unique_ptr<KanaKanjiConverter>, ConverterError> KanaKanjiConverter::open() {
    if (!anthyStarted()) return fail(ConverterError{ConverterError::InitFailed});
    auto context = std::make_unique<Context>();
    context->anthy = anthy_create_context();
    if (context->anthy == nullptr) return fail(ConverterError{ConverterError::ContextFailed});
    anthy_context_set_encoding(context->anthy, ANTHY_UTF8_ENCODING);
    return std::unique_ptr<KanaKanjiConverter>(new KanaKanjiConverter(std::move(context)));
}

Result<std::vector<ConversionSegment>, ConverterError> KanaKanjiConverter::convert(
    std::string_view hiragana, std::size_t maxCandidates) {
    anthy_context_t anthy = context_->anthy;
    const std::string reading(hiragana);
    anthy_conv_stat stat{};
    if (anthy_set_string(anthy, reading.c_str()) != 0 || anthy_get_stat(anthy, &stat) != 0) {
        return fail(ConverterError{ConverterError::ConversionFailed});
    }
    std::vector<ConversionSegment> segments;
    for (int s = 0; s < stat.nr_segment; ++s) {
        anthy_segment_stat segmentStat{};
        if (anthy_get_segment_stat(anthy, s, &segmentStat) != 0) {
            return fail(ConverterError{ConverterError::ConversionFailed});
        }
        ConversionSegment& segment = segments.emplace_back();
        segment.reading = segmentText(anthy, s, NTH_UNCONVERTED_CANDIDATE);
        for (int c = 0; c < segmentStat.nr_candidate && segment.candidates.size() < maxCandidates;
             ++c) {
            // Each candidate once: the bar shows one button per kanji spelling.
            std::string candidate = segmentText(anthy, s, c);
            if (!candidate.empty() &&
                std::find(segment.candidates.begin(), segment.candidates.end(), candidate) ==
                    segment.candidates.end()) {
                segment.candidates.push_back(std::move(candidate));
            }
        }
        segment.candidates = withVariantForms(segment.candidates);
    }
    anthy_reset_context(anthy);  // forget the reading: it may be a patient's name
    return segments;
}

}  // namespace kiosk::input
