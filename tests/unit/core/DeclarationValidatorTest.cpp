#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "core/DeclarationValidator.h"
#include "core/MessageCatalog.h"

using namespace kiosk;
using Field = DeclarationField;
using Problem = ValidationProblem;
using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;

namespace {

CivilDate date(int y, int m, int d) {
    return *CivilDate::make(y, m, d);
}

const CivilDate kToday = date(2026, 11, 24);

// A complete declaration by a 45-year-old employee.
Declaration complete() {
    Declaration d;
    d.hasValidInsuranceCard = true;
    d.insuranceKind = InsuranceKind::Shaho;
    d.insurerName = "全国健康保険協会東京支部";
    d.employerName = "株式会社サンプル";
    d.issuedWhen = IssuedWhen::WithinOneMonth;
    d.name = "山田　太郎";
    d.nameKana = "ヤマダ　タロウ";
    d.birthDate = date(1981, 4, 12);
    d.sex = Sex::Male;
    d.address = "東京都千代田区霞が関1-2-2";
    d.writtenOn = kToday;
    d.hasSignature = true;
    d.phone = "090-1234-5678";
    return d;
}

bool hasIssue(const std::vector<ValidationIssue>& issues, Field field, Problem problem) {
    for (const auto& i : issues) {
        if (i.field == field && i.problem == problem) return true;
    }
    return false;
}

}  // namespace

TEST(DeclarationValidator, CompleteDeclarationHasNoIssues) {
    EXPECT_THAT(validateDeclaration(complete(), kToday), IsEmpty());
}

TEST(DeclarationValidator, EmptyDeclarationNamesEveryRequiredItem) {
    auto issues = validateDeclaration(Declaration{}, kToday);
    // What the claim and the share need: the person, and the answers that
    // choose the rules (each has a 「わからない」 answer of its own).
    for (Field f : {Field::InsuranceKind, Field::IssuedWhen, Field::Name, Field::NameKana,
                    Field::BirthDate, Field::Sex, Field::WrittenOn, Field::Signature}) {
        EXPECT_TRUE(hasIssue(issues, f, Problem::Required)) << declarationFieldKey(f);
    }
    EXPECT_TRUE(hasIssue(issues, Field::HasValidInsuranceCard, Problem::MustConfirm));
    // 「可能な範囲で記入」: everything else may be left blank.
    for (Field f : {Field::InsurerName, Field::InsurerNumber, Field::InsuredSymbol,
                    Field::InsuredNumber, Field::InsuredBranch, Field::EmployerName, Field::Address,
                    Field::Residence, Field::SignerRelation, Field::Phone}) {
        EXPECT_FALSE(hasIssue(issues, f, Problem::Required)) << declarationFieldKey(f);
    }
}

TEST(DeclarationValidator, EmployerNameAskedExactlyForShahoKokuhoUnionOtherAndDontKnow) {
    struct Case {
        InsuranceKind kind;
        std::optional<bool> union_;
        bool asked;
    } cases[] = {
        {InsuranceKind::Shaho, std::nullopt, true},    {InsuranceKind::Other, std::nullopt, true},
        {InsuranceKind::DontKnow, std::nullopt, true}, {InsuranceKind::Kokuho, true, true},
        {InsuranceKind::Kokuho, false, false},         {InsuranceKind::Kokuho, std::nullopt, false},
        {InsuranceKind::Kouki, std::nullopt, false},
    };
    for (const auto& c : cases) {
        Declaration d = complete();
        d.insuranceKind = c.kind;
        d.kokuhoIsUnion = c.union_;
        d.declaredShare = DeclaredShare::OneTenth;  // 後期 asks it
        d.employerName.clear();
        EXPECT_EQ(employerNameAsked(d), c.asked) << static_cast<int>(c.kind);
        // Asked, never insisted on; the desk sees it missing.
        EXPECT_FALSE(
            hasIssue(validateDeclaration(d, kToday), Field::EmployerName, Problem::Required));
        const auto missing = unansweredItems(d);
        EXPECT_EQ(std::ranges::count(missing, Field::EmployerName), c.asked ? 1 : 0);
    }
}

TEST(DeclarationValidator, TypedNumbersAreCheckedWhenGiven) {
    struct Case {
        const char* insurer;
        const char* branch;
        std::optional<Problem> insurerProblem;
        bool branchProblem;
    } cases[] = {
        {"06139992", "01", std::nullopt, false},
        {"131011", "", std::nullopt, false},  // 国保, 6 digits
        {"０６１３９９９２", "", std::nullopt, false},
        {"06139998", "", Problem::CheckDigit, false},
        {"0613999", "", Problem::WrongLength, false},  // all digits, one short
        {"06l39992", "", Problem::NotDigits, false},
        {"", "1", std::nullopt, true},
        {"", "0a", std::nullopt, true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.insurer);
        Declaration d = complete();
        d.insurerNumber = c.insurer;
        d.insuredBranch = c.branch;
        const auto issues = validateDeclaration(d, kToday);
        for (Problem p : {Problem::CheckDigit, Problem::NotDigits, Problem::WrongLength}) {
            EXPECT_EQ(hasIssue(issues, Field::InsurerNumber, p), c.insurerProblem == p);
        }
        EXPECT_EQ(hasIssue(issues, Field::InsuredBranch, Problem::NotDigits) ||
                      hasIssue(issues, Field::InsuredBranch, Problem::WrongLength),
                  c.branchProblem);
    }
}

TEST(DeclarationValidator, UnansweredItemsListWhatTheDeskMayAskFor) {
    Declaration d = complete();
    d.address.clear();
    d.phone.clear();
    d.insuredSymbol = "12";
    auto missing = unansweredItems(d);
    EXPECT_EQ(missing, (std::vector<Field>{Field::InsurerNumber, Field::InsuredNumber,
                                           Field::Address, Field::Phone}));
    d.insuranceKind = InsuranceKind::Kouki;  // no 記号, no 事業所名
    d.insuredSymbol.clear();
    d.employerName.clear();
    missing = unansweredItems(d);
    EXPECT_EQ(std::ranges::count(missing, Field::InsuredSymbol), 0);
    EXPECT_EQ(std::ranges::count(missing, Field::EmployerName), 0);
}

TEST(DeclarationValidator, DeclaredShareAskedOf70PlusAndKoukiOnly) {
    Declaration d = complete();
    d.declaredShare.reset();
    d.birthDate = date(1956, 12, 2);  // reaches 70 on 2026-12-01: rules from 2027-01-01
    EXPECT_FALSE(declaredShareAsked(d, kToday));
    EXPECT_FALSE(hasIssue(validateDeclaration(d, kToday), Field::DeclaredShare, Problem::Required));

    d.birthDate = date(1956, 10, 1);  // reaches 70 on 2026-09-30: rules from 2026-10-01
    EXPECT_TRUE(declaredShareAsked(d, kToday));
    EXPECT_TRUE(hasIssue(validateDeclaration(d, kToday), Field::DeclaredShare, Problem::Required));
    d.declaredShare = DeclaredShare::DontKnow;  // "わからない" is an answer
    EXPECT_FALSE(hasIssue(validateDeclaration(d, kToday), Field::DeclaredShare, Problem::Required));

    // 後期 from 65 (障害認定); a younger 後期 tick, or one without a birth
    // date, does not make the share a question.
    Declaration kouki = complete();
    kouki.insuranceKind = InsuranceKind::Kouki;
    kouki.birthDate = date(1958, 1, 1);  // 68
    EXPECT_TRUE(declaredShareAsked(kouki, kToday));
    kouki.birthDate = date(1981, 1, 1);  // 45
    EXPECT_FALSE(declaredShareAsked(kouki, kToday));
    kouki.birthDate.reset();
    EXPECT_FALSE(declaredShareAsked(kouki, kToday));
}

TEST(DeclarationValidator, RejectsOverLongControlAndBrokenText) {
    Declaration d = complete();
    d.name = std::string(41, 'x');  // 41 characters
    d.address = "東京都\t千代田区";
    d.employerName = "\xE6\x9D";           // truncated UTF-8
    d.insurerName = std::string(60, 'a');  // exactly at the limit is fine
    auto issues = validateDeclaration(d, kToday);
    EXPECT_THAT(issues, Contains(ValidationIssue{Field::Name, Problem::TooLong, 40}));
    EXPECT_TRUE(hasIssue(issues, Field::Address, Problem::ControlCharacters));
    EXPECT_TRUE(hasIssue(issues, Field::EmployerName, Problem::InvalidText));
    EXPECT_FALSE(hasIssue(issues, Field::InsurerName, Problem::TooLong));
}

TEST(DeclarationValidator, CountsCharactersNotBytes) {
    Declaration d = complete();
    d.name = "";
    for (int i = 0; i < 40; ++i) d.name += "髙";  // 120 bytes, 40 characters
    EXPECT_FALSE(hasIssue(validateDeclaration(d, kToday), Field::Name, Problem::TooLong));
    d.name += "髙";
    EXPECT_TRUE(hasIssue(validateDeclaration(d, kToday), Field::Name, Problem::TooLong));
}

TEST(DeclarationValidator, FuriganaMustBeKatakana) {
    Declaration d = complete();
    d.nameKana = "やまだ たろう";  // hiragana is converted, so accepted
    EXPECT_FALSE(hasIssue(validateDeclaration(d, kToday), Field::NameKana, Problem::NotKatakana));
    d.nameKana = "山田タロウ";
    EXPECT_TRUE(hasIssue(validateDeclaration(d, kToday), Field::NameKana, Problem::NotKatakana));
}

TEST(DeclarationValidator, DatesMustBePlausible) {
    Declaration d = complete();
    d.birthDate = kToday.plusDays(1);
    d.writtenOn = kToday.plusDays(1);
    auto issues = validateDeclaration(d, kToday);
    EXPECT_TRUE(hasIssue(issues, Field::BirthDate, Problem::DateInFuture));
    EXPECT_TRUE(hasIssue(issues, Field::WrittenOn, Problem::DateInFuture));
    d.birthDate = date(1890, 1, 1);
    EXPECT_TRUE(hasIssue(validateDeclaration(d, kToday), Field::BirthDate, Problem::DateTooOld));
    d.birthDate = kToday;  // born today: a newborn's first visit
    EXPECT_THAT(validateDeclaration(d, kToday),
                Not(Contains(ValidationIssue{Field::BirthDate, Problem::DateInFuture, 0})));
}

TEST(DeclarationValidator, PhoneMustBeAJapaneseNumber) {
    Declaration d = complete();
    d.phone = "12345";
    EXPECT_TRUE(hasIssue(validateDeclaration(d, kToday), Field::Phone, Problem::PhoneFormat));
}

TEST(DeclarationValidator, IssuesReadAsSentencesInBothLanguages) {
    ValidationIssue tooLong{Field::Name, Problem::TooLong, 40};
    EXPECT_EQ(describeIssue(tooLong, Language::Japanese), "氏名が長すぎます（40文字まで）。");
    EXPECT_EQ(describeIssue(tooLong, Language::English),
              "Name is too long (at most 40 characters).");
    ValidationIssue required{Field::EmployerName, Problem::Required};
    EXPECT_EQ(describeIssue(required, Language::Japanese), "事業所名を入力してください。");
}

TEST(DeclarationValidator, EveryFieldAndProblemHasCatalogueText) {
    const auto& catalog = MessageCatalog::builtIn();
    for (int f = 0; f <= static_cast<int>(kLastDeclarationField); ++f) {
        auto key = "field." + std::string(declarationFieldKey(static_cast<Field>(f)));
        EXPECT_TRUE(catalog.has(Language::Japanese, key)) << key;
        EXPECT_TRUE(catalog.has(Language::English, key)) << key;
    }
    for (int p = 0; p <= static_cast<int>(Problem::CheckDigit); ++p) {
        auto text = describeIssue({Field::Name, static_cast<Problem>(p), 1}, Language::English);
        EXPECT_EQ(text.find("validation."), std::string::npos) << text;
    }
}
