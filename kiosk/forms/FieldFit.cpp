#include "FieldFit.h"

#include <algorithm>

#include "core/CivilDate.h"
#include "core/PhoneNumber.h"
#include "core/Wareki.h"

namespace kiosk {

namespace {

// One string per code point; each fills one cell. Invalid bytes count as
// characters of their own, so they are never dropped unseen.
std::vector<std::string> characters(std::string_view utf8) {
    std::vector<std::string> out;
    for (unsigned char c : utf8) {
        if ((c & 0xC0) == 0x80 && !out.empty()) {
            out.back().push_back(static_cast<char>(c));
        } else {
            out.emplace_back(1, static_cast<char>(c));
        }
    }
    return out;
}

std::size_t cellCount(const FieldPaper& paper) {
    std::size_t n = 0;
    for (const auto& g : paper.cellGroups) n += g.cells.size();
    return n;
}

// Characters into the cells from the left, group after group.
PaperEntry intoCells(const FieldPaper& paper, const std::vector<std::string>& chars) {
    PaperEntry entry;
    entry.fit = {chars.size() <= cellCount(paper), chars.size(), cellCount(paper)};
    if (!entry.fit.fits) return entry;
    std::size_t next = 0;
    for (const auto& group : paper.cellGroups) {
        std::vector<std::string> texts;
        for (std::size_t c = 0; c < group.cells.size(); ++c)
            texts.push_back(next < chars.size() ? chars[next++] : std::string{});
        entry.cellTexts.push_back(std::move(texts));
    }
    return entry;
}

PaperEntry tick(const FieldPaper& paper, std::string_view value) {
    PaperEntry entry;
    const bool boxed = std::any_of(paper.options.begin(), paper.options.end(),
                                   [&](const OptionBox& b) { return b.value == value; });
    entry.fit = {boxed, 1, boxed ? 1u : 0u};
    if (boxed) entry.tickedOptions.emplace_back(value);
    return entry;
}

std::string zeroPadded(int number, std::size_t width) {
    std::string digits = std::to_string(number);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return digits;
}

// An era box ticked and 年 月 日 written in two-digit cells (元年 as 01).
PaperEntry date(const FieldPaper& paper, std::string_view value) {
    PaperEntry entry;
    entry.fit = {false, 1, 0};
    const auto civil = value.size() == 10 ? CivilDate::parse(value) : std::nullopt;
    const auto wareki = civil ? toWareki(*civil) : std::nullopt;
    if (!wareki) return entry;
    std::string era = eraNameEn(wareki->era);
    std::transform(era.begin(), era.end(), era.begin(), [](char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    PaperEntry ticked = tick(paper, era);
    if (!ticked.fit.fits) return entry;
    entry.tickedOptions = ticked.tickedOptions;
    entry.fit = {true, 0, 0};
    for (const auto& group : paper.cellGroups) {
        const int number = group.part == "year"    ? wareki->year
                           : group.part == "month" ? wareki->month
                                                   : wareki->day;
        const auto chars = characters(zeroPadded(number, group.cells.size()));
        entry.fit.needed += chars.size();
        entry.fit.capacity += group.cells.size();
        if (chars.size() > group.cells.size()) entry.fit.fits = false;
        entry.cellTexts.push_back(chars);
    }
    if (!entry.fit.fits) return PaperEntry{entry.fit, {}, {}, {}};
    return entry;
}

// Hyphens, brackets and full-width digits are how people write a number, not
// part of it: the cells hold the digits.
std::vector<std::string> phoneDigits(std::string_view value) {
    auto normal = normalizePhoneNumber(value);
    return characters(normal ? std::string_view(*normal) : value);
}

std::vector<std::string> withoutHyphens(std::string_view value) {
    auto chars = characters(value);
    std::erase_if(chars, [](const std::string& c) { return c == "-" || c == "－" || c == "ー"; });
    return chars;
}

}  // namespace

PaperEntry layOutOnPaper(const FormField& field, std::string_view value) {
    if (value.empty()) return {};
    if (!field.paper) return PaperEntry{{false, characters(value).size(), 0}, {}, {}, {}};
    const FieldPaper& paper = *field.paper;
    switch (field.type) {
        case FormFieldType::Check:
            return value == "false" ? PaperEntry{} : tick(paper, value);
        case FormFieldType::Choice:
            return tick(paper, value);
        case FormFieldType::Date:
            return date(paper, value);
        case FormFieldType::Digits:
        case FormFieldType::Kana:
            return intoCells(paper, characters(value));
        case FormFieldType::Phone:
            return intoCells(paper, phoneDigits(value));
        case FormFieldType::PostalCode:
            return intoCells(paper, withoutHyphens(value));
        case FormFieldType::Text: {
            const std::size_t n = characters(value).size();
            const std::size_t budget = paper.box ? paper.box->maxChars : 0;
            PaperEntry entry{{n <= budget, n, budget}, {}, {}, {}};
            if (entry.fit.fits) entry.boxText = std::string(value);
            return entry;
        }
        case FormFieldType::Signature:
            // Signed on the paper itself: the value only says that it was.
            return PaperEntry{{true, 0, 0}, {}, {}, {}};
    }
    return {};
}

}  // namespace kiosk
