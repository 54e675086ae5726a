// The 申立書 as form values and back, losing nothing.
#include <gtest/gtest.h>

#include "forms/DeclarationValues.h"
#include "integration/store/SampleRecords.h"
#include "unit/forms/SampleDeclaration.h"

namespace kiosk {
namespace {

using test::completeDeclaration;

TEST(DeclarationValues, RoundTripEveryItem) {
    auto back = declarationFromFormValues(declarationToFormValues(completeDeclaration()));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, completeDeclaration());
}

// Varied declarations, also ones the validator would refuse: conversion does not judge.
TEST(DeclarationValues, RoundTripSampleRecordsDeclarations) {
    for (std::int64_t seed = 1; seed <= 40; ++seed) {
        const Declaration d = *test::sampleRecord(seed).declaration;
        auto back = declarationFromFormValues(declarationToFormValues(d));
        ASSERT_TRUE(back) << seed << ": " << back.error().message;
        EXPECT_EQ(*back, d) << seed;
    }
}

TEST(DeclarationValues, RoundTripAnEmptyDeclaration) {
    EXPECT_TRUE(declarationToFormValues(Declaration{}).all().empty());
    auto back = declarationFromFormValues({});
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, Declaration{});
}

TEST(DeclarationValues, UseTheTemplatesValueSpellings) {
    const FormValues v = declarationToFormValues(completeDeclaration());
    EXPECT_EQ(v.get("has_valid_insurance_card"), "true");
    EXPECT_EQ(v.get("insurance_kind"), "kokuho");
    EXPECT_EQ(v.get("kokuho_is_union"), "false");
    EXPECT_EQ(v.get("issued_when"), "dont_know");
    EXPECT_EQ(v.get("declared_share"), "two_tenths");
    EXPECT_EQ(v.get("birth_date"), "1953-02-28");
    EXPECT_EQ(v.get("sex"), "female");
    EXPECT_EQ(v.get("signature"), "true");
    EXPECT_FALSE(v.has("employer_name"));  // empty is no answer
}

// The numbers the patient typed reach the declaration (and so the claim).
TEST(DeclarationValues, KeepTypedInsuranceNumbers) {
    FormValues v = declarationToFormValues(completeDeclaration());
    v.set("insurer_number", "33120015");
    v.set("insured_symbol", "髙12");
    v.set("insured_number", "345");
    v.set("insured_branch", "01");
    auto back = declarationFromFormValues(v);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->insurerNumber, "33120015");
    EXPECT_EQ(back->insuredSymbol, "髙12");
    EXPECT_EQ(back->insuredNumber, "345");
    EXPECT_EQ(back->insuredBranch, "01");
    EXPECT_EQ(declarationToFormValues(*back).get("insured_symbol"), "髙12");
}

// Values no 申立書 item holds are left alone, not refused.
TEST(DeclarationValues, LeaveExtraValuesAlone) {
    FormValues v = declarationToFormValues(completeDeclaration());
    v.set("clinic_note", "x");
    auto back = declarationFromFormValues(v);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, completeDeclaration());
}

struct BadValue {
    const char* key;
    const char* value;
};

class DeclarationValuesRefuse : public ::testing::TestWithParam<BadValue> {};

TEST_P(DeclarationValuesRefuse, AValueThatIsNotAnAnswerNamingItsKey) {
    FormValues v = declarationToFormValues(completeDeclaration());
    v.set(GetParam().key, GetParam().value);
    auto back = declarationFromFormValues(v);
    ASSERT_FALSE(back);
    EXPECT_EQ(back.error().key, GetParam().key);
    EXPECT_EQ(back.error().value, GetParam().value);
}

INSTANTIATE_TEST_SUITE_P(
    Values, DeclarationValuesRefuse,
    ::testing::Values(BadValue{"insurance_kind", "shakai"}, BadValue{"kokuho_is_union", "yes"},
                      BadValue{"has_valid_insurance_card", "1"}, BadValue{"declared_share", "3"},
                      BadValue{"birth_date", "19530228"}, BadValue{"written_on", "2026-02-30"},
                      BadValue{"sex", "x"}));

}  // namespace
}  // namespace kiosk
