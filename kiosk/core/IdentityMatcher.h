#pragma once
// The 2023-07-04 cross-check: what the qualification-check terminal (or the
// clinic's own record) says against what the patient declared. There is no
// official matching rule, so the result is per field, for staff to see,
// never a verdict on identity.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "CivilDate.h"
#include "Declaration.h"
#include "IdentityFields.h"

namespace kiosk {

enum class IdentityField { Name, NameKana, Sex, BirthDate, Address };

enum class FieldMatch {
    Same,                  // identical as written
    SameAfterNormalising,  // equal once width, spaces, variant kanji, notation are folded
    // Kana names that differ only in long-vowel (サトー/サトウ) or ヂ/ジ, ヅ/ズ
    // spelling: a known grey zone, neither a match nor evidence of another person.
    KanaSpellingOnly,
    Different,
    Missing,  // either side is empty or unknown: nothing to compare
};

struct FieldComparison {
    IdentityField field;
    FieldMatch match;
    // The values as given, for display side by side. Sex as its ISO 5218
    // code ("1" male, "2" female), dates as YYYY-MM-DD; "" when absent.
    std::string left;
    std::string right;

    bool operator==(const FieldComparison&) const = default;
};

struct IdentityComparison {
    std::vector<FieldComparison> fields;  // one per IdentityField, in enum order

    // Different only: Missing and KanaSpellingOnly are no evidence of another person.
    bool anyDifferent() const;
    std::vector<FieldComparison> differences() const;
    // Different or KanaSpellingOnly: what staff must look at before the visit goes on.
    bool needsAttention() const;
};

// Name with widths, spaces and variant kanji folded (髙橋 ≡ 高橋, 山田　太郎 ≡ 山田太郎);
// also what a search of the clinic's own records should compare.
std::string nameMatchKey(std::string_view utf8);

IdentityComparison compareIdentity(const IdentityFields& terminal, const IdentityFields& declared);

}  // namespace kiosk
