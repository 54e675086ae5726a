#include "IdentityMatcher.h"

#include <algorithm>
#include <iterator>

#include "AddressNotation.h"
#include "KanaText.h"
#include "UnicodeForms.h"
#include "VariantKanji.h"

namespace kiosk {

namespace {

using MatchKey = std::string (*)(std::string_view);

bool isBlank(std::string_view text) {
    const std::u32string decoded = decodeUtf8(text);
    return std::ranges::all_of(decoded, isWhiteSpace);
}

FieldComparison compareText(IdentityField field, const std::string& left, const std::string& right,
                            MatchKey matchKey) {
    FieldMatch match = FieldMatch::Different;
    if (isBlank(left) || isBlank(right)) {
        match = FieldMatch::Missing;
    } else if (left == right) {
        match = FieldMatch::Same;
    } else if (matchKey(left) == matchKey(right)) {
        match = FieldMatch::SameAfterNormalising;
    }
    return FieldComparison{field, match, left, right};
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

std::vector<FieldComparison> IdentityComparison::differences() const {
    std::vector<FieldComparison> out;
    std::ranges::copy_if(fields, std::back_inserter(out),
                         [](const FieldComparison& f) { return f.match == FieldMatch::Different; });
    return out;
}

IdentityComparison compareIdentity(const IdentityFields& terminal, const IdentityFields& declared) {
    return IdentityComparison{{
        compareText(IdentityField::Name, terminal.name, declared.name, nameMatchKey),
        compareText(IdentityField::NameKana, terminal.nameKana, declared.nameKana,
                    katakanaMatchKey),
        compareValue(IdentityField::Sex, terminal.sex, declared.sex, iso5218),
        compareValue(IdentityField::BirthDate, terminal.birthDate, declared.birthDate, isoDate),
        compareText(IdentityField::Address, terminal.address, declared.address, addressMatchKey),
    }};
}

}  // namespace kiosk
