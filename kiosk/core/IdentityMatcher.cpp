#include "IdentityMatcher.h"

#include <algorithm>
#include <iterator>

#include "AddressNotation.h"
#include "KanaText.h"
#include "UnicodeForms.h"
#include "VariantKanji.h"

namespace kiosk {

namespace {

using Equivalent = bool (*)(std::string_view, std::string_view);

bool isBlank(std::string_view text) {
    const std::u32string decoded = decodeUtf8(text);
    return std::ranges::all_of(decoded, isWhiteSpace);
}

FieldMatch textMatch(const std::string& left, const std::string& right, Equivalent equivalent) {
    if (isBlank(left) || isBlank(right)) return FieldMatch::Missing;
    if (left == right) return FieldMatch::Same;
    return equivalent(left, right) ? FieldMatch::SameAfterNormalising : FieldMatch::Different;
}

FieldComparison compareText(IdentityField field, const std::string& left, const std::string& right,
                            Equivalent equivalent) {
    return FieldComparison{field, textMatch(left, right, equivalent), left, right};
}

FieldComparison compareKana(const std::string& left, const std::string& right) {
    FieldMatch match = textMatch(left, right, [](std::string_view a, std::string_view b) {
        return katakanaMatchKey(a) == katakanaMatchKey(b);
    });
    if (match == FieldMatch::Different && kanaSpellingKey(left) == kanaSpellingKey(right)) {
        match = FieldMatch::KanaSpellingOnly;
    }
    return FieldComparison{IdentityField::NameKana, match, left, right};
}

template <class T>
FieldComparison compareValue(IdentityField field, const std::optional<T>& left,
                             const std::optional<T>& right, std::string (*show)(const T&)) {
    const FieldMatch match = !left || !right   ? FieldMatch::Missing
                             : *left == *right ? FieldMatch::Same
                                               : FieldMatch::Different;
    return FieldComparison{field, match, left ? show(*left) : "", right ? show(*right) : ""};
}

std::string iso5218(const Sex& sex) {
    return sex == Sex::Male ? "1" : "2";
}
std::string isoDate(const CivilDate& date) {
    return date.iso();
}

}  // namespace

std::string nameMatchKey(std::string_view utf8) {
    std::u32string key;
    for (char32_t c : foldVariantKanji(toNfkc(decodeUtf8(utf8)))) {
        if (!isWhiteSpace(c)) key.push_back(c);
    }
    return encodeUtf8(key);
}

bool IdentityComparison::anyDifferent() const {
    return std::ranges::any_of(
        fields, [](const FieldComparison& f) { return f.match == FieldMatch::Different; });
}

bool IdentityComparison::needsAttention() const {
    return std::ranges::any_of(fields, [](const FieldComparison& f) {
        return f.match == FieldMatch::Different || f.match == FieldMatch::KanaSpellingOnly;
    });
}

std::vector<FieldComparison> IdentityComparison::differences() const {
    std::vector<FieldComparison> out;
    std::ranges::copy_if(fields, std::back_inserter(out),
                         [](const FieldComparison& f) { return f.match == FieldMatch::Different; });
    return out;
}

IdentityComparison compareIdentity(const IdentityFields& terminal, const IdentityFields& declared) {
    return IdentityComparison{{
        compareText(IdentityField::Name, terminal.name, declared.name,
                    [](std::string_view a, std::string_view b) {
                        return nameMatchKey(a) == nameMatchKey(b);
                    }),
        compareKana(terminal.nameKana, declared.nameKana),
        compareValue(IdentityField::Sex, terminal.sex, declared.sex, iso5218),
        compareValue(IdentityField::BirthDate, terminal.birthDate, declared.birthDate, isoDate),
        compareText(IdentityField::Address, terminal.address, declared.address, sameAddress),
    }};
}

}  // namespace kiosk
