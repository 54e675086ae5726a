#include <gtest/gtest.h>

#include <utility>

#include "core/IdentityMatcher.h"

namespace {

using kiosk::FieldMatch;
using kiosk::IdentityField;
using kiosk::IdentityFields;

IdentityFields taro() {
    return IdentityFields{"高橋 太郎", "ﾀｶﾊｼ ﾀﾛｳ", kiosk::Sex::Male,
                          kiosk::CivilDate::make(1985, 4, 12), "東京都千代田区霞が関1丁目2番3号"};
}

FieldMatch matchOf(const kiosk::IdentityComparison& comparison, IdentityField field) {
    for (const auto& f : comparison.fields) {
        if (f.field == field) return f.match;
    }
    ADD_FAILURE() << "field missing from comparison";
    return FieldMatch::Missing;
}

TEST(IdentityMatcher, ReportsEveryFieldInOrder) {
    const auto comparison = kiosk::compareIdentity(taro(), taro());
    ASSERT_EQ(comparison.fields.size(), 5u);
    const IdentityField order[] = {IdentityField::Name, IdentityField::NameKana, IdentityField::Sex,
                                   IdentityField::BirthDate, IdentityField::Address};
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(comparison.fields[i].field, order[i]);
        EXPECT_EQ(comparison.fields[i].match, FieldMatch::Same);
    }
    EXPECT_FALSE(comparison.anyDifferent());
    EXPECT_FALSE(comparison.needsAttention());
    EXPECT_TRUE(comparison.differences().empty());
}

struct TextCase {
    const char* terminal;
    const char* declared;
    FieldMatch expected;
};

// Compares taro() with itself except for one text field, set from `c`.
kiosk::IdentityComparison compareWith(std::string IdentityFields::*member, const TextCase& c) {
    IdentityFields terminal = taro(), declared = taro();
    terminal.*member = c.terminal;
    declared.*member = c.declared;
    return kiosk::compareIdentity(terminal, declared);
}

TEST(IdentityMatcher, NamesMatchAcrossVariantKanjiWidthAndSpaces) {
    const TextCase cases[] = {
        {"髙橋", "高橋", FieldMatch::SameAfterNormalising},
        {"渡邊", "渡辺", FieldMatch::SameAfterNormalising},
        {"渡邉 美香", "渡辺美香", FieldMatch::SameAfterNormalising},
        {"齋藤", "斎藤", FieldMatch::SameAfterNormalising},
        {"山﨑", "山崎", FieldMatch::SameAfterNormalising},
        {"山田　太郎", "山田太郎", FieldMatch::SameAfterNormalising},
        {"ＳＭＩＴＨ ＪＯＨＮ", "SMITH JOHN", FieldMatch::SameAfterNormalising},
        {"山田太郎", "山田太郎", FieldMatch::Same},
        {"佐藤", "加藤", FieldMatch::Different},
        {"斉藤", "斎藤", FieldMatch::Different},  // different surnames, not variants
        {"", "山田太郎", FieldMatch::Missing},
        {"山田太郎", "　", FieldMatch::Missing},
    };
    for (const auto& c : cases) {
        const auto comparison = compareWith(&IdentityFields::name, c);
        EXPECT_EQ(matchOf(comparison, IdentityField::Name), c.expected)
            << c.terminal << " / " << c.declared;
        EXPECT_EQ(comparison.anyDifferent(), c.expected == FieldMatch::Different) << c.terminal;
    }
}

// 齊 is the 旧字体 of 斉 and 齋 that of 斎: two surnames, each in two forms.
TEST(IdentityMatcher, SaitoSurnamesMatchOnlyTheirOwnOldForm) {
    const TextCase cases[] = {
        {"齊藤", "斉藤", FieldMatch::SameAfterNormalising},
        {"齋藤", "斎藤", FieldMatch::SameAfterNormalising},
        {"斉藤", "斎藤", FieldMatch::Different},
        {"齊藤", "斎藤", FieldMatch::Different},
        {"齊藤", "齋藤", FieldMatch::Different},
        {"斉藤", "齋藤", FieldMatch::Different},
    };
    for (const auto& c : cases) {
        for (const auto& [terminal, declared] :
             {std::pair(c.terminal, c.declared), std::pair(c.declared, c.terminal)}) {
            const auto comparison =
                compareWith(&IdentityFields::name, {terminal, declared, c.expected});
            EXPECT_EQ(matchOf(comparison, IdentityField::Name), c.expected)
                << terminal << " / " << declared;
        }
    }
}

TEST(IdentityMatcher, KanaMatchesAcrossWidthScriptAndSmallKana) {
    const TextCase cases[] = {
        {"ｷｮｳｺ", "きょうこ", FieldMatch::SameAfterNormalising},
        {"ｷﾖｳｺ", "キョウコ", FieldMatch::SameAfterNormalising},
        {"ﾀｶﾊｼ ﾀﾛｳ", "タカハシ　タロウ", FieldMatch::SameAfterNormalising},
        {"タカハシ　タロウ", "タカハシ　タロウ", FieldMatch::Same},
        {"ｻﾄｳ", "カトウ", FieldMatch::Different},
        {"ｻﾄｳ", "", FieldMatch::Missing},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(matchOf(compareWith(&IdentityFields::nameKana, c), IdentityField::NameKana),
                  c.expected)
            << c.terminal << " / " << c.declared;
    }
}

TEST(IdentityMatcher, AddressesMatchAcrossNotationsButNotAcrossPrefectures) {
    const TextCase cases[] = {
        {"東京都千代田区霞が関1丁目2番3号", "千代田区霞ヶ関１－２－３",
         FieldMatch::SameAfterNormalising},
        {"東京都千代田区霞が関1丁目2番3号", "東京都千代田区霞が関一丁目二番三号",
         FieldMatch::SameAfterNormalising},
        {"東京都千代田区霞が関1丁目2番3号", "東京都千代田区霞が関1丁目2番4号",
         FieldMatch::Different},
        {"広島県府中市府川町315", "東京都府中市府川町315", FieldMatch::Different},
        {"東京都府中市宮西町2-24", "府中市宮西町2-24", FieldMatch::SameAfterNormalising},
        {"茨城県つくば市大字北条1番地", "茨城県つくば市北条1", FieldMatch::SameAfterNormalising},
        {"北海道虻田郡倶知安町北1条東2丁目", "北海道倶知安町北1条東2丁目",
         FieldMatch::SameAfterNormalising},
        {"中央区1-2-3 メゾン銀座 101", "中央区1-2-3 メゾン銀座 101号室",
         FieldMatch::SameAfterNormalising},
    };
    for (const auto& c : cases) {
        const auto comparison = compareWith(&IdentityFields::address, c);
        EXPECT_EQ(matchOf(comparison, IdentityField::Address), c.expected)
            << c.terminal << " / " << c.declared;
        EXPECT_EQ(comparison.anyDifferent(), c.expected == FieldMatch::Different) << c.declared;
    }
}

// Long vowels and ヂ/ジ, ヅ/ズ are a grey zone (DOMAIN.md §5): not a match, not
// another person; staff see it, differences() lists Different only.
TEST(IdentityMatcher, KanaThatDiffersOnlyInSpellingIsShownButNotDifferent) {
    const TextCase cases[] = {
        {"ｻﾄｰ", "サトウ", FieldMatch::KanaSpellingOnly},
        {"サトウ", "サトオ", FieldMatch::KanaSpellingOnly},
        {"オオノ", "オーノ", FieldMatch::KanaSpellingOnly},
        {"オウノ", "おおの", FieldMatch::KanaSpellingOnly},
        {"ﾕｳｺ", "ユーコ", FieldMatch::KanaSpellingOnly},
        {"ケイコ", "ケーコ", FieldMatch::KanaSpellingOnly},
        {"ｷｮｳｺ", "キョーコ", FieldMatch::KanaSpellingOnly},
        {"ツヅキ", "ツズキ", FieldMatch::KanaSpellingOnly},
        {"ハナヂ", "はなじ", FieldMatch::KanaSpellingOnly},
        {"サトウ", "サイトウ", FieldMatch::Different},
        {"オオノ", "オノ", FieldMatch::Different},
        {"カイ", "カー", FieldMatch::Different},
        {"ｻﾄｳ", "さとう", FieldMatch::SameAfterNormalising},
    };
    for (const auto& c : cases) {
        const auto comparison = compareWith(&IdentityFields::nameKana, c);
        EXPECT_EQ(matchOf(comparison, IdentityField::NameKana), c.expected)
            << c.terminal << " / " << c.declared;
        EXPECT_EQ(comparison.anyDifferent(), c.expected == FieldMatch::Different) << c.declared;
        EXPECT_EQ(comparison.differences().size(), c.expected == FieldMatch::Different ? 1u : 0u)
            << c.declared;
        EXPECT_EQ(comparison.needsAttention(), c.expected != FieldMatch::SameAfterNormalising)
            << c.declared;
    }
}

TEST(IdentityMatcher, DifferentBirthDateAndSexAreListedWithBothValues) {
    IdentityFields declared = taro();
    declared.birthDate = kiosk::CivilDate::make(1985, 4, 21);
    declared.sex = kiosk::Sex::Female;
    const auto differences = kiosk::compareIdentity(taro(), declared).differences();
    ASSERT_EQ(differences.size(), 2u);
    EXPECT_EQ(differences[0].field, IdentityField::Sex);
    EXPECT_EQ(differences[0].left, "1");
    EXPECT_EQ(differences[0].right, "2");
    EXPECT_EQ(differences[1].field, IdentityField::BirthDate);
    EXPECT_EQ(differences[1].left, "1985-04-12");
    EXPECT_EQ(differences[1].right, "1985-04-21");
}

TEST(IdentityMatcher, UnknownValuesAreMissingNotDifferent) {
    IdentityFields declared = taro();
    declared.birthDate.reset();
    declared.sex.reset();
    declared.address.clear();
    const auto comparison = kiosk::compareIdentity(taro(), declared);
    EXPECT_EQ(matchOf(comparison, IdentityField::Sex), FieldMatch::Missing);
    EXPECT_EQ(matchOf(comparison, IdentityField::BirthDate), FieldMatch::Missing);
    EXPECT_EQ(matchOf(comparison, IdentityField::Address), FieldMatch::Missing);
    EXPECT_EQ(comparison.fields[3].left, "1985-04-12");
    EXPECT_EQ(comparison.fields[3].right, "");
    EXPECT_FALSE(comparison.anyDifferent());
}

TEST(IdentityMatcher, NameKeyIgnoresWidthSpacesAndVariants) {
    EXPECT_EQ(kiosk::nameMatchKey(" 髙橋　一郎 "), "高橋一郎");
    EXPECT_EQ(kiosk::nameMatchKey("ﾀｶﾊｼ"), "タカハシ");
}

}  // namespace
