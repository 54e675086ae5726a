// The 申立書 as form values and back, losing nothing.
#include <gtest/gtest.h>

#include "forms/DeclarationValues.h"

namespace kiosk {
namespace {

Declaration everything() {
    Declaration d;
    d.hasValidInsuranceCard = true;
    d.insuranceKind = InsuranceKind::Kokuho;
    d.kokuhoIsUnion = false;
    d.insurerName = "千代田区";
    d.employerName = "";
    d.issuedWhen = IssuedWhen::DontKnow;
    d.declaredShare = DeclaredShare::TwoTenths;
    d.name = "髙橋 花子";
    d.nameKana = "タカハシ　ハナコ";
    d.birthDate = CivilDate::make(1953, 2, 28);
    d.sex = Sex::Female;
    d.address = "東京都千代田区一番町1";
    d.residence = "大阪府大阪市北区梅田1-1";
    d.writtenOn = CivilDate::make(2026, 6, 15);
    d.hasSignature = true;
    d.signerRelation = "娘";
    d.phone = "0312345678";
    return d;
}

TEST(DeclarationValues, RoundTripEveryItem) {
    auto back = declarationFromFormValues(declarationToFormValues(everything()));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, everything());
}

TEST(DeclarationValues, RoundTripAnEmptyDeclaration) {
    EXPECT_TRUE(declarationToFormValues(Declaration{}).all().empty());
    auto back = declarationFromFormValues({});
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, Declaration{});
}

TEST(DeclarationValues, UseTheTemplatesValueSpellings) {
    const FormValues v = declarationToFormValues(everything());
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

TEST(DeclarationValues, LeaveExtraValuesAlone) {
    FormValues v = declarationToFormValues(everything());
    v.set("insurer_number", "33120015");
    auto back = declarationFromFormValues(v);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, everything());
}

struct BadValue {
    const char* key;
    const char* value;
};

class DeclarationValuesRefuse : public ::testing::TestWithParam<BadValue> {};

TEST_P(DeclarationValuesRefuse, AValueThatIsNotAnAnswerNamingItsKey) {
    FormValues v = declarationToFormValues(everything());
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
