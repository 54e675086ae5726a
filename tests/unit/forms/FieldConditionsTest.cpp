// Conditions evaluated from the template agree with core's validator: the
// wizard asks exactly what validateDeclaration will insist on.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/DeclarationValidator.h"
#include "forms/DeclarationValues.h"
#include "forms/FieldConditions.h"
#include "unit/forms/SampleDeclaration.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk {
namespace {

using test::shippedField;
using test::shippedTemplate;

const CivilDate kVisit = test::kSampleVisit;

bool required(std::string_view key, const Declaration& d) {
    return isRequired(shippedTemplate(), shippedField(key), declarationToFormValues(d), {kVisit});
}
bool shown(std::string_view key, const Declaration& d) {
    return isShown(shippedTemplate(), shippedField(key), declarationToFormValues(d), {kVisit});
}

struct Case {
    const char* name;
    std::optional<InsuranceKind> kind;
    std::optional<bool> kokuhoIsUnion;
    std::optional<CivilDate> birth;
    bool employerAsked;  // 別添3 ※1
    bool shareAsked;     // 別添3 ※2 at kVisit (2026-06-15); 後期 only from 65
};

// Around every boundary of ※1 and ※2: each kind, union or not (also a stale
// answer left from an earlier choice), 69/70/75, the 70th birthday month.
const Case kCases[] = {
    {"shaho", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1980, 4, 1), true, false},
    {"kokuho_municipal", InsuranceKind::Kokuho, false, CivilDate::make(1980, 4, 1), false, false},
    {"kokuho_union", InsuranceKind::Kokuho, true, CivilDate::make(1980, 4, 1), true, false},
    {"kokuho_unanswered", InsuranceKind::Kokuho, std::nullopt, CivilDate::make(1980, 4, 1), false,
     false},
    {"kouki_66", InsuranceKind::Kouki, std::nullopt, CivilDate::make(1960, 1, 1), false, true},
    {"kouki_65th_birthday", InsuranceKind::Kouki, std::nullopt, CivilDate::make(1961, 6, 15), false,
     true},
    {"kouki_day_before_65", InsuranceKind::Kouki, std::nullopt, CivilDate::make(1961, 6, 16), false,
     false},
    {"kouki_45", InsuranceKind::Kouki, std::nullopt, CivilDate::make(1981, 1, 1), false, false},
    {"kouki_10", InsuranceKind::Kouki, std::nullopt, CivilDate::make(2016, 1, 1), false, false},
    {"kouki_stale_union", InsuranceKind::Kouki, true, CivilDate::make(1945, 1, 1), false, true},
    {"shaho_stale_union", InsuranceKind::Shaho, true, CivilDate::make(1980, 4, 1), true, false},
    {"other", InsuranceKind::Other, std::nullopt, CivilDate::make(1990, 12, 31), true, false},
    {"dont_know", InsuranceKind::DontKnow, std::nullopt, CivilDate::make(1990, 12, 31), true,
     false},
    {"no_kind", std::nullopt, std::nullopt, CivilDate::make(1990, 12, 31), false, false},
    {"shaho_69", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 6, 16), true, false},
    {"shaho_70_this_month", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 6, 2), true,
     false},
    {"shaho_70_born_on_1st", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 6, 1), true,
     true},
    {"shaho_70_last_month", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 5, 10), true,
     true},
    {"kokuho_80", InsuranceKind::Kokuho, false, CivilDate::make(1946, 3, 3), false, true},
    {"no_birth_date", InsuranceKind::Shaho, std::nullopt, std::nullopt, true, false},
    {"preschool", InsuranceKind::Shaho, std::nullopt, CivilDate::make(2022, 1, 1), true, false},
};

class ConditionsAgreeWithValidator : public ::testing::TestWithParam<Case> {
protected:
    Declaration declaration() const {
        Declaration d = test::completeDeclaration();
        d.insuranceKind = GetParam().kind;
        d.kokuhoIsUnion = GetParam().kokuhoIsUnion;
        d.birthDate = GetParam().birth;
        return d;
    }
};

// 事業所名 is asked where ※1 says, never insisted on (「可能な範囲で記入」).
TEST_P(ConditionsAgreeWithValidator, OnEmployerName) {
    EXPECT_EQ(shown("employer_name", declaration()), GetParam().employerAsked);
    EXPECT_EQ(employerNameAsked(declaration()), GetParam().employerAsked);
    EXPECT_FALSE(required("employer_name", declaration()));
}

// The template's rule and the validator each against the rule as stated.
TEST_P(ConditionsAgreeWithValidator, OnDeclaredShare) {
    const Declaration d = declaration();
    EXPECT_EQ(shown("declared_share", d), GetParam().shareAsked);
    EXPECT_EQ(required("declared_share", d), GetParam().shareAsked);
    EXPECT_EQ(declaredShareAsked(d, kVisit), GetParam().shareAsked);
}

TEST_P(ConditionsAgreeWithValidator, OnKokuhoIsUnionBeingAskedOnlyOfKokuho) {
    EXPECT_EQ(shown("kokuho_is_union", declaration()), GetParam().kind == InsuranceKind::Kokuho);
}

// Every item of the declaration: left empty, the validator complains exactly
// when the template says it is required. Screen-only questions that only
// steer what is asked next (「ご本人ですか？」) are not in the declaration.
TEST_P(ConditionsAgreeWithValidator, OnEveryFieldLeftEmpty) {
    for (const auto& field : shippedTemplate().fields) {
        if (!declarationFieldFromKey(field.key)) continue;
        FormValues values = declarationToFormValues(declaration());
        values.set(field.key, "");
        auto emptied = declarationFromFormValues(values);
        ASSERT_TRUE(emptied) << emptied.error().message;
        bool complained = false;
        for (const auto& issue : validateDeclaration(*emptied, kVisit)) {
            complained = complained || ((issue.problem == ValidationProblem::Required ||
                                         issue.problem == ValidationProblem::MustConfirm) &&
                                        declarationFieldKey(issue.field) == field.key);
        }
        EXPECT_EQ(complained, isRequired(shippedTemplate(), field, values, {kVisit})) << field.key;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, ConditionsAgreeWithValidator, ::testing::ValuesIn(kCases),
                         [](const auto& testCase) { return std::string(testCase.param.name); });

// Second review: a foreign resident who typed their name as on the residence
// card was then made to type a katakana reading they may not know.
TEST(FieldConditions, TheFuriganaIsRequiredUnlessTheNameIsInLatinLetters) {
    Declaration d = test::completeDeclaration();
    d.nameKana.clear();
    for (const char* name : {"田中　花子", "たなか はなこ", "Tanaka 花子"}) {
        d.name = name;
        EXPECT_TRUE(required("name_kana", d)) << name;
        const auto issues = validateDeclaration(d, kVisit);
        EXPECT_TRUE(std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& i) {
            return i.field == DeclarationField::NameKana;
        })) << name;
    }
    for (const char* name : {"SMITH JOHN", "O'Brien Mary-Ann", "NGUYEN VAN A."}) {
        d.name = name;
        EXPECT_FALSE(required("name_kana", d)) << name;
        EXPECT_TRUE(validateDeclaration(d, kVisit).empty()) << name;
        EXPECT_TRUE(shown("name_kana", d)) << "still asked, for those who know it";
    }
}

TEST(FieldConditions, NeverShowPaperOnlyFieldsOnScreen) {
    FormField paperOnly = shippedField("insurer_name");
    paperOnly.medium = FieldMedium::PaperOnly;
    paperOnly.conditions.required = true;
    EXPECT_FALSE(isShown(shippedTemplate(), paperOnly, {}, {kVisit}));
    EXPECT_FALSE(isRequired(shippedTemplate(), paperOnly, {}, {kVisit}));
}

TEST(FieldConditions, IgnoreAnAnswerToAQuestionNoLongerShown) {
    FormValues values;
    values.set("insurance_kind", "kouki");
    values.set("kokuho_is_union", "true");
    EXPECT_FALSE(isShown(shippedTemplate(), shippedField("employer_name"), values, {kVisit}));
    values.set("insurance_kind", "kokuho");
    EXPECT_TRUE(isShown(shippedTemplate(), shippedField("employer_name"), values, {kVisit}));
}

TEST(FieldConditions, NameTheFieldsEachRuleReads) {
    const auto inputs = fieldsReadByRule(kRuleElderOrKouki);
    EXPECT_EQ(inputs, (std::vector<std::string_view>{"birth_date", "insurance_kind"}));
    EXPECT_TRUE(fieldsReadByRule("over_seventy").empty());
}

}  // namespace
}  // namespace kiosk
