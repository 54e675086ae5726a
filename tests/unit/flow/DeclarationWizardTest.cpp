#include <gtest/gtest.h>

#include "FlowFixture.h"
#include "flow/DeclarationWizard.h"

using namespace kiosk;
using kiosk::test::kVisit;
using kiosk::test::shippedDeclarationTemplate;

namespace {

// Answers for every step of a 45-year-old employee's declaration.
void answerEverything(FormValues& v) {
    v.set("has_valid_insurance_card", "true");
    v.set("insurance_kind", "shaho");
    v.set("employer_name", "株式会社サンプル");
    v.set("issued_when", "within_one_month");
    v.set("name", "山田　太郎");
    v.set("name_kana", "ヤマダ　タロウ");
    v.set("birth_date", "1981-04-12");
    v.set("sex", "male");
    v.set("address", "東京都千代田区霞が関1-2-2");
    v.set("phone", "09012345678");
    v.set("has_insurance_document", "true");
    v.set("signer_is_patient", "true");
}

std::vector<std::string> stepIdsWalked(DeclarationWizard& wizard) {
    std::vector<std::string> ids{wizard.step().id};
    while (wizard.next()) ids.push_back(wizard.step().id);
    return ids;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST(DeclarationWizard, AStepWithAProblemCannotBeLeft) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    ASSERT_EQ(wizard.step().id, "confirm");
    ASSERT_EQ(wizard.problems().size(), 1u);
    EXPECT_EQ(wizard.problems()[0].fieldKey, "has_valid_insurance_card");
    EXPECT_EQ(wizard.problems()[0].problem, ValidationProblem::MustConfirm);
    EXPECT_FALSE(wizard.next());
    EXPECT_EQ(wizard.step().id, "confirm");
    wizard.values().set("has_valid_insurance_card", "true");
    EXPECT_TRUE(wizard.next());
    EXPECT_EQ(wizard.step().id, "insurance_kind");
}

TEST(DeclarationWizard, ConditionalStepsAppearOnlyWhenTheyApply) {
    DeclarationWizard employee(shippedDeclarationTemplate(), {kVisit});
    answerEverything(employee.values());
    auto walked = stepIdsWalked(employee);
    EXPECT_FALSE(contains(walked, "kokuho_union"));
    EXPECT_FALSE(contains(walked, "declared_share"));  // 45 years old
    EXPECT_TRUE(contains(walked, "employer"));
    EXPECT_EQ(walked.back(), "signer") << "the patient signs: no 患者との関係";
    EXPECT_EQ(employee.stepNumber(), employee.stepCount());

    DeclarationWizard elder(shippedDeclarationTemplate(), {kVisit});
    answerEverything(elder.values());
    elder.values().set("insurance_kind", "kokuho");
    elder.values().set("kokuho_is_union", "false");
    elder.values().set("birth_date", "1950-01-10");
    elder.values().set("declared_share", "two_tenths");
    walked = stepIdsWalked(elder);
    EXPECT_TRUE(contains(walked, "kokuho_union"));
    EXPECT_TRUE(contains(walked, "declared_share"));
    EXPECT_FALSE(contains(walked, "employer")) << "municipal 国保: no 事業所名 (※1)";
    EXPECT_EQ(elder.stepCount(), employee.stepCount() + 1);
}

TEST(DeclarationWizard, ProgressCountsOnlyApplicableSteps) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    answerEverything(wizard.values());
    EXPECT_EQ(wizard.stepNumber(), 1);
    const int total = wizard.stepCount();
    int seen = 1;
    while (wizard.next()) EXPECT_EQ(wizard.stepNumber(), ++seen);
    EXPECT_EQ(seen, total);
    EXPECT_TRUE(wizard.atLastStep());
    while (wizard.back()) --seen;
    EXPECT_EQ(seen, 1);
    EXPECT_TRUE(wizard.atFirstStep());
}

// 「可能な範囲で記入」: 事業所名 is asked where ※1 says, and may be left blank.
TEST(DeclarationWizard, EmployerNameIsAskedOnlyWhereTheFormSaysSoAndNeverDemanded) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    answerEverything(wizard.values());
    wizard.values().set("employer_name", "");
    ASSERT_TRUE(wizard.goToField("employer_name"));
    EXPECT_TRUE(wizard.problems().empty());
    DeclarationWizard kouki(shippedDeclarationTemplate(), {kVisit});
    answerEverything(kouki.values());
    kouki.values().set("insurance_kind", "kouki");
    kouki.values().set("declared_share", "one_tenth");
    EXPECT_FALSE(contains(stepIdsWalked(kouki), "employer")) << "not asked of 後期";
}

TEST(DeclarationWizard, KnownInsurerNumberIsCheckedWhenGiven) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    answerEverything(wizard.values());
    ASSERT_TRUE(wizard.goToField("insurer_number"));
    EXPECT_TRUE(wizard.problems().empty());  // optional
    wizard.values().set("insurer_number", "3312001x");
    ASSERT_EQ(wizard.problems().size(), 1u);
    EXPECT_EQ(wizard.problems()[0].problem, ValidationProblem::NotDigits);
    wizard.values().set("insurer_number", "33120014");
    EXPECT_EQ(wizard.problems().at(0).problem, ValidationProblem::CheckDigit);
    // Second review: seven digits were told 「数字で入力してください」.
    wizard.values().set("insurer_number", "3312001");
    EXPECT_EQ(wizard.problems().at(0).problem, ValidationProblem::WrongLength);
    wizard.values().set("insurer_number", "33120015");
    EXPECT_TRUE(wizard.problems().empty());
}

TEST(DeclarationWizard, AllProblemsListsEverythingButTheSignature) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    auto problems = wizard.allProblems();
    std::vector<std::string> keys;
    for (const auto& p : problems) keys.push_back(p.fieldKey);
    for (const char* key :
         {"has_valid_insurance_card", "insurance_kind", "issued_when", "name", "name_kana",
          "birth_date", "sex", "has_insurance_document", "signer_is_patient"}) {
        EXPECT_TRUE(contains(keys, key)) << key;
    }
    for (const char* key : {"address", "phone", "employer_name", "insurer_number"}) {
        EXPECT_FALSE(contains(keys, key)) << key << " may be left blank";
    }
    EXPECT_FALSE(contains(keys, "written_on")) << "the kiosk writes the date itself";
    EXPECT_FALSE(contains(keys, "signature"));
    answerEverything(wizard.values());
    EXPECT_TRUE(wizard.allProblems().empty());
}

TEST(DeclarationWizard, PrefilledValuesAreMarkedAndClearedWithEverythingElse) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    FormValues card;
    card.set("name", "山田　太郎");
    card.set("birth_date", "1981-04-12");
    wizard.prefill(card);
    EXPECT_EQ(wizard.values().get("name"), "山田　太郎");
    EXPECT_EQ(wizard.prefilled().count("name"), 1u);
    EXPECT_EQ(wizard.prefilled().count("address"), 0u);
    wizard.values().set("phone", "09012345678");
    ASSERT_TRUE(wizard.goToField("phone"));
    wizard.clear();
    // Nothing of the patient is left; only the date the kiosk fills itself.
    EXPECT_EQ(wizard.values().all().size(), 1u);
    EXPECT_EQ(wizard.values().get("written_on"), kVisit.iso());
    EXPECT_TRUE(wizard.prefilled().empty());
    EXPECT_EQ(wizard.step().id, "confirm");
}

std::vector<std::string> keysAskedOnTheWay(DeclarationWizard& wizard) {
    std::vector<std::string> keys;
    do {
        for (const FormField* field : wizard.fieldsToAsk()) keys.push_back(field->key);
    } while (wizard.next());
    return keys;
}

// 記入日 is the visit day, never a question (issue 10 §4).
TEST(DeclarationWizard, DateWrittenIsTheVisitDayAndNotAsked) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    EXPECT_EQ(wizard.values().get("written_on"), kVisit.iso());
    answerEverything(wizard.values());
    EXPECT_FALSE(contains(keysAskedOnTheWay(wizard), "written_on"));
}

// The card's answers are confirmed once on one page, then not asked again;
// a 「なおす」 asks exactly that one again.
TEST(DeclarationWizard, KnownAnswersAreConfirmedOnceAndReopenedOneByOne) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    FormValues card;
    card.set("name", "山田　太郎");
    card.set("birth_date", "1981-04-12");
    card.set("sex", "male");
    wizard.prefill(card);
    std::vector<std::string> known;
    for (const FormField* field : wizard.knownFields()) known.push_back(field->key);
    EXPECT_EQ(known, (std::vector<std::string>{"name", "birth_date", "sex"}));

    wizard.confirmKnown();
    answerEverything(wizard.values());
    auto asked = keysAskedOnTheWay(wizard);
    EXPECT_FALSE(contains(asked, "name"));
    EXPECT_FALSE(contains(asked, "birth_date"));
    EXPECT_TRUE(contains(asked, "name_kana")) << "not on the card: still asked";

    wizard.reopen("birth_date");
    ASSERT_TRUE(wizard.goToField("birth_date"));
    std::vector<std::string> onStep;
    for (const FormField* field : wizard.fieldsToAsk()) onStep.push_back(field->key);
    EXPECT_TRUE(contains(onStep, "birth_date"));
    EXPECT_FALSE(contains(onStep, "name"));
}

// 居所 shares its step with 住所: once the card's address is known, the
// optional 居所 is confirmed as left blank on the same page, with its own
// 「なおす」, rather than a step of its own only to be skipped.
TEST(DeclarationWizard, AnOptionalQuestionBesideKnownAnswersIsConfirmedBlankWithThem) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    FormValues card;
    card.set("name", "山田　太郎");
    card.set("address", "東京都千代田区霞が関1-2-2");
    wizard.prefill(card);
    std::vector<std::string> known;
    for (const FormField* field : wizard.knownFields()) known.push_back(field->key);
    EXPECT_EQ(known, (std::vector<std::string>{"name", "address", "residence"}));

    wizard.confirmKnown();
    answerEverything(wizard.values());
    const auto asked = keysAskedOnTheWay(wizard);
    EXPECT_FALSE(contains(asked, "residence"));
    EXPECT_TRUE(contains(asked, "name_kana")) << "required beside a known name: still asked";
    EXPECT_TRUE(contains(asked, "phone")) << "a step of its own: still asked";

    wizard.reopen("residence");
    ASSERT_TRUE(wizard.goToField("residence"));
    std::vector<std::string> onStep;
    for (const FormField* field : wizard.fieldsToAsk()) onStep.push_back(field->key);
    EXPECT_EQ(onStep, (std::vector<std::string>{"residence"}));
    // Typed through its 「なおす」, it stays on the page, with its answer.
    wizard.values().set("residence", "大阪府大阪市北区1-1");
    known.clear();
    for (const FormField* field : wizard.knownFields()) known.push_back(field->key);
    EXPECT_EQ(known, (std::vector<std::string>{"name", "address", "residence"}));
}

// Without a known address, 居所 is asked beside the typed 住所.
TEST(DeclarationWizard, AnOptionalQuestionIsAskedWhereNothingBesideItIsKnown) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    FormValues card;
    card.set("name", "山田　太郎");
    wizard.prefill(card);
    for (const FormField* field : wizard.knownFields()) EXPECT_NE(field->key, "residence");
}

// 「ご本人ですか？」 comes before any keyboard for 患者との関係, which is
// asked (and required) only of someone signing for the patient, on a step
// of its own: under the two answers it did not fit a 768-pixel panel.
TEST(DeclarationWizard, SignerIsAskedWhetherTheyAreThePatientBeforeTheRelation) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    answerEverything(wizard.values());
    wizard.values().set("signer_is_patient", "");
    while (wizard.step().id != "signer" && wizard.next()) {
    }
    ASSERT_EQ(wizard.step().id, "signer");
    auto keys = [&] {
        std::vector<std::string> k;
        for (const FormField* field : wizard.fieldsToAsk()) k.push_back(field->key);
        return k;
    };
    EXPECT_EQ(keys(), (std::vector<std::string>{"signer_is_patient"}));
    wizard.values().set("signer_is_patient", "true");
    EXPECT_TRUE(wizard.problems().empty());
    EXPECT_FALSE(wizard.next()) << "the patient signing: no step after it";

    wizard.values().set("signer_is_patient", "false");
    ASSERT_TRUE(wizard.next());
    EXPECT_EQ(wizard.step().id, "signature");
    EXPECT_EQ(keys(), (std::vector<std::string>{"signer_relation"}));
    ASSERT_EQ(wizard.problems().size(), 1u);
    EXPECT_EQ(wizard.problems()[0].fieldKey, "signer_relation");
}

TEST(DeclarationWizard, ProblemsAreDescribedWithTheTemplatesOwnWords) {
    DeclarationWizard wizard(shippedDeclarationTemplate(), {kVisit});
    auto problem = wizard.problems().at(0);
    const auto* field = shippedDeclarationTemplate().field(problem.fieldKey);
    ASSERT_NE(field, nullptr);
    auto text =
        describeProblem(field->label.ja, problem.problem, problem.maxLength, Language::Japanese);
    EXPECT_NE(text.find(field->label.ja), std::string::npos) << text;
}
