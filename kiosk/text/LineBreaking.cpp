#include "LineBreaking.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <string_view>

namespace kiosk {

namespace {

// Where a line may break: between phrases (文節) first, as a Japanese
// reader expects (「ここで／申立書に」, not 「ここで申／立書に」), and between
// characters inside a phrase too long for a line. Both keep the strict rules
// of JIS X 4051 for careful text: a small kana or ー never opens a line.
enum class Breaks { BetweenPhrases, BetweenCharacters };

// One iterator of each kind per thread: building one loads the rules (the
// phrase model too), which costs far more than breaking a screen's text.
icu::BreakIterator* japaneseLineIterator(Breaks breaks) {
    const auto make = [](const char* locale) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(
            icu::BreakIterator::createLineInstance(icu::Locale(locale), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    };
    thread_local std::unique_ptr<icu::BreakIterator> phrases = make("ja@lb=strict;lw=phrase");
    thread_local std::unique_ptr<icu::BreakIterator> characters = make("ja@lb=strict");
    return breaks == Breaks::BetweenPhrases ? phrases.get() : characters.get();
}

std::string_view trimEndSpaces(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    // U+3000 (ideographic space) is three bytes in UTF-8.
    while (line.size() >= 3 && line.substr(line.size() - 3) == "\xE3\x80\x80") {
        line.remove_suffix(3);
    }
    return line;
}

bool inScript(UChar32 c, UScriptCode script) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == script && U_SUCCESS(status);
}

bool isHiragana(UChar32 c) {
    return inScript(c, USCRIPT_HIRAGANA);
}

bool isKanji(UChar32 c) {
    return inScript(c, USCRIPT_HAN);  // 々 and 〇 too
}

// The い row of hiragana but に (a particle): the 連用形 of a verb.
bool endsAStem(UChar32 c) {
    static constexpr std::u32string_view kIRow = U"いきしちひみりぎじびぴ";
    return kIRow.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// What may follow hiragana inside a phrase: 、。」） and their kind.
bool isClosingMark(UChar32 c) {
    return c == U'、' || c == U'。' || c == U'」' || c == U'』' || c == U'）' || c == U'！' ||
           c == U'？';
}

// ICU's phrase model cuts some phrases a reader keeps whole (「くだ／さい」,
// 「元／号を」, 「記入／する」, 「お／持ちですか」, 「4月／30日」): a piece of
// hiragana alone of one or two kana (a particle, an ending: さい, いる, する;
// a longer one is a word of its own: わかる, できません, unless it follows a
// verb's stem: わかり／しだい) stays with the piece before it,
// unless that one ends a sentence or clause (。、); so does a piece opening
// with a kanji after a kanji (one compound), a ・ (年・月・日) or the polite
// お／ご, and a piece opening with a digit after a digit, 年 or 月 (a date).
bool continuesThePhrase(const icu::UnicodeString& text, int32_t start, int32_t end) {
    if (start == 0) return false;
    const UChar32 before = text.char32At(text.moveIndex32(start, -1));
    if (isClosingMark(before)) return false;
    const UChar32 first = text.char32At(start);
    if (isKanji(first))
        return isKanji(before) || before == U'・' || before == U'お' || before == U'ご';
    // A range too: 「10–30%」 is read as one.
    if (u_isdigit(first)) {
        return u_isdigit(before) || before == U'年' || before == U'月' || before == U'–' ||
               before == U'〜';
    }
    int kana = 0;
    for (int32_t i = start; i < end; i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (isHiragana(c)) {
            ++kana;
        } else if (i == start || !isClosingMark(c)) {
            return false;
        }
    }
    // A verb's stem (連用形, ending in an い-row kana) goes on into what
    // follows: 「わかり／しだい」 is one phrase, 「わかる／もの」 two.
    return kana <= 2 || endsAStem(before);
}

// The pieces between break opportunities, in UTF-8. Without ICU's rules
// (never on Debian, where they are built in) every character is a piece.
std::vector<std::string> breakablePieces(std::string_view paragraph, Breaks breaks) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(paragraph.data(), static_cast<int32_t>(paragraph.size())));
    std::vector<std::string> pieces;
    icu::BreakIterator* iterator = japaneseLineIterator(breaks);
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
        if (breaks == Breaks::BetweenPhrases && !pieces.empty() &&
            continuesThePhrase(text, start, end)) {
            pieces.back() += piece;
        } else {
            pieces.push_back(std::move(piece));
        }
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
    const auto fits = [&](const std::string& piece) {
        return measure(trimEndSpaces(piece)) <= width;
    };
    for (const std::string& phrase : breakablePieces(paragraph, Breaks::BetweenPhrases)) {
        if (fits(phrase)) {
            place(phrase);
            continue;
        }
        for (const std::string& piece : breakablePieces(phrase, Breaks::BetweenCharacters)) {
            if (fits(piece)) {
                place(piece);
                continue;
            }
            for (const std::string& part : cutBetweenCharacters(piece, width, measure)) place(part);
        }
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
