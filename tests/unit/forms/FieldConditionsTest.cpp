// Conditions evaluated from the template agree with core's validator: the
// wizard asks exactly what validateDeclaration will insist on.
#include <gtest/gtest.h>

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
};

// Around every boundary of ※1 and ※2: each kind, union or not (also a stale
// answer left from an earlier choice), 69/70/75, the 70th birthday month.
const Case kCases[] = {
    {"shaho", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1980, 4, 1)},
    {"kokuho_municipal", InsuranceKind::Kokuho, false, CivilDate::make(1980, 4, 1)},
    {"kokuho_union", InsuranceKind::Kokuho, true, CivilDate::make(1980, 4, 1)},
    {"kokuho_unanswered", InsuranceKind::Kokuho, std::nullopt, CivilDate::make(1980, 4, 1)},
    {"kouki_young", InsuranceKind::Kouki, std::nullopt, CivilDate::make(1960, 1, 1)},
    {"kouki_stale_union", InsuranceKind::Kouki, true, CivilDate::make(1945, 1, 1)},
    {"shaho_stale_union", InsuranceKind::Shaho, true, CivilDate::make(1980, 4, 1)},
    {"other", InsuranceKind::Other, std::nullopt, CivilDate::make(1990, 12, 31)},
    {"dont_know", InsuranceKind::DontKnow, std::nullopt, CivilDate::make(1990, 12, 31)},
    {"no_kind", std::nullopt, std::nullopt, CivilDate::make(1990, 12, 31)},
    {"shaho_69", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 6, 16)},
    {"shaho_70_this_month", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 6, 2)},
    {"shaho_70_born_on_1st", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 6, 1)},
    {"shaho_70_last_month", InsuranceKind::Shaho, std::nullopt, CivilDate::make(1956, 5, 10)},
    {"kokuho_80", InsuranceKind::Kokuho, false, CivilDate::make(1946, 3, 3)},
    {"no_birth_date", InsuranceKind::Shaho, std::nullopt, std::nullopt},
    {"preschool", InsuranceKind::Shaho, std::nullopt, CivilDate::make(2022, 1, 1)},
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

TEST_P(ConditionsAgreeWithValidator, OnEmployerName) {
    EXPECT_EQ(required("employer_name", declaration()), employerNameAsked(declaration()));
}

TEST_P(ConditionsAgreeWithValidator, OnDeclaredShare) {
    const Declaration d = declaration();
    EXPECT_EQ(shown("declared_share", d), declaredShareAsked(d, kVisit));
    EXPECT_EQ(required("declared_share", d), declaredShareAsked(d, kVisit));
}

TEST_P(ConditionsAgreeWithValidator, OnKokuhoIsUnionBeingAskedOnlyOfKokuho) {
    EXPECT_EQ(shown("kokuho_is_union", declaration()), GetParam().kind == InsuranceKind::Kokuho);
}

// Every item: left empty, the validator complains exactly when the template
// says it is required (insurer_number, an extra, is never required).
TEST_P(ConditionsAgreeWithValidator, OnEveryFieldLeftEmpty) {
    for (const auto& field : shippedTemplate().fields) {
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
    EXPECT_FALSE(isRequired(shippedTemplate(), shippedField("employer_name"), values, {kVisit}));
    values.set("insurance_kind", "kokuho");
    EXPECT_TRUE(isRequired(shippedTemplate(), shippedField("employer_name"), values, {kVisit}));
}

TEST(FieldConditions, NameTheFieldsEachRuleReads) {
    const auto inputs = fieldsReadByRule(kRuleElderOrKouki);
    EXPECT_EQ(inputs, (std::vector<std::string_view>{"birth_date", "insurance_kind"}));
    EXPECT_TRUE(fieldsReadByRule("over_seventy").empty());
}

}  // namespace
}  // namespace kiosk
