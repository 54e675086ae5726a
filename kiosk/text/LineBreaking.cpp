#include "LineBreaking.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace kiosk {

namespace {

// One iterator per thread: building one loads the rules, which costs far
// more than breaking a screen's text. Strict rules, as JIS X 4051 sets
// them for careful text: a small kana or ー never opens a line either.
icu::BreakIterator* japaneseLineIterator() {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createLineInstance(icu::Locale("ja@lb=strict"), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return iterator.get();
}

std::string_view trimEndSpaces(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    // U+3000 (ideographic space) is three bytes in UTF-8.
    while (line.size() >= 3 && line.substr(line.size() - 3) == "\xE3\x80\x80") {
        line.remove_suffix(3);
    }
    return line;
}

// The pieces between break opportunities, in UTF-8. Without ICU's rules
// (never on Debian, where they are built in) every character is a piece.
std::vector<std::string> breakablePieces(std::string_view paragraph) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(paragraph.data(), static_cast<int32_t>(paragraph.size())));
    std::vector<std::string> pieces;
    icu::BreakIterator* iterator = japaneseLineIterator();
    if (iterator == nullptr) {
        for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
            std::string piece;
            text.tempSubStringBetween(i, text.moveIndex32(i, 1)).toUTF8String(piece);
            pieces.push_back(std::move(piece));
        }
        return pieces;
    }
    iterator->setText(text);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
        std::string piece;
        text.tempSubStringBetween(start, end).toUTF8String(piece);
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

// Cuts a piece wider than a line between code points (a long number, a URL).
std::vector<std::string> cutBetweenCharacters(const std::string& piece, double width,
                                              const TextWidth& measure) {
    std::vector<std::string> parts{std::string()};
    for (std::size_t i = 0; i < piece.size();) {
        std::size_t length = 1;
        while (i + length < piece.size() && (piece[i + length] & 0xC0) == 0x80) ++length;
        const std::string_view character(piece.data() + i, length);
        std::string widened = parts.back();
        widened.append(character);
        if (!parts.back().empty() && measure(trimEndSpaces(widened)) > width) {
            parts.emplace_back(character);
        } else {
            parts.back() = std::move(widened);
        }
        i += length;
    }
    return parts;
}

void breakParagraph(std::string_view paragraph, double width, const TextWidth& measure,
                    std::vector<std::string>& lines) {
    std::string line;
    const auto place = [&](const std::string& piece) {
        std::string widened = line + piece;
        if (line.empty() || measure(trimEndSpaces(widened)) <= width) {
            line = std::move(widened);
            return;
        }
        lines.emplace_back(trimEndSpaces(line));
        line = piece;
    };
    for (const std::string& piece : breakablePieces(paragraph)) {
        if (measure(trimEndSpaces(piece)) <= width) {
            place(piece);
            continue;
        }
        for (const std::string& part : cutBetweenCharacters(piece, width, measure)) place(part);
    }
    lines.emplace_back(trimEndSpaces(line));
}

}  // namespace

std::vector<std::string> breakLines(std::string_view utf8, double width, const TextWidth& measure) {
    std::vector<std::string> lines;
    for (std::size_t start = 0;;) {
        const std::size_t end = utf8.find('\n', start);
        breakParagraph(utf8.substr(start, end == std::string_view::npos ? end : end - start), width,
                       measure, lines);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

}  // namespace kiosk
