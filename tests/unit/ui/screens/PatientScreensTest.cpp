// Every patient screen, drawn as real ImGui frames without SDL and tapped like
// a finger: each test checks that what the patient taps moves the flow where
// the screen promises.
#include <gtest/gtest.h>

#include <algorithm>

#include "ui/screens/PatientScreens.h"
#include "unit/flow/FlowFixture.h"
#include "unit/ui/ImGuiFrameHarness.h"

using namespace kiosk;
using kiosk::test::kVisit;
using kiosk::test::shippedDeclarationTemplate;

namespace {

class PatientScreensTest : public ::testing::Test {
protected:
    explicit PatientScreensTest(bool reader = false)
        : flow(shippedDeclarationTemplate(), FlowSettings{reader, {}, {}}) {
        inputs.demoCards = {{"demo-none", "資格情報なし"}, {"demo-valid", "有効"}};
        inputs.mynaportalUrl = "https://myna.go.jp/";
        draw();
    }

    // Makes the harness draw the patient screens from now on.
    void draw() {
        harness.frame([this] {
            ui::ScreenContext ctx{lang, harness.fonts(), 80.0f, kiosk::test::at(1), kVisit};
            ctx.converter = converter;
            last = ui::drawPatientScreens(flow, ctx, inputs, state);
            if (!last.demoCard.empty()) tappedDemo = last.demoCard;
            languageSwitched = languageSwitched || last.switchLanguage;
            if (last.cardPin) submittedPin = *last.cardPin;
        });
    }

    void tap(std::string_view id) {
        harness.frame();  // lay out the current screen first
        harness.tapOn(id);
    }

    void toCheckFailed(EligibilityOutcome outcome) {
        tap("welcome.start");
        flow.cardPlaced(kiosk::test::at(1));
        CheckAnswer answer;
        answer.outcome = outcome;
        flow.checkAnswered(answer, kiosk::test::at(1));
        ASSERT_EQ(flow.screen(), FlowScreen::CheckFailed);
    }

    // The declaration's question `key`, after the `answers` it depends on.
    void toTheQuestion(const std::string& key,
                       std::initializer_list<std::pair<const char*, const char*>> answers) {
        toCheckFailed(EligibilityOutcome::NotRegistered);
        tap("choice.declaration");
        tap("declaration.intro.start");
        for (const auto& [field, value] : answers) flow.wizard().values().set(field, value);
        ASSERT_TRUE(flow.wizard().goToField(key));
    }

    // The declaration's name question, typed with anthy converting.
    void toTheNameWithKanaKanjiConversion() {
        anthy = input::KanaKanjiConverter::open();
        ASSERT_TRUE(anthy);
        converter = anthy->get();
        toCheckFailed(EligibilityOutcome::NotRegistered);
        tap("choice.declaration");
        tap("declaration.intro.start");
        ASSERT_TRUE(flow.wizard().goToField("name"));
        tap("field:name");
    }

    // A 後期 patient's declaration, every step answered, ending on the review page.
    void answerUpToTheReview() {
        toCheckFailed(EligibilityOutcome::NotRegistered);
        tap("choice.declaration");
        tap("declaration.intro.start");
        auto& v = flow.wizard().values();
        v.set("has_valid_insurance_card", "true");
        v.set("insurance_kind", "kouki");
        v.set("issued_when", "earlier");
        v.set("declared_share", "one_tenth");
        v.set("name", "山田　花子");
        v.set("name_kana", "ヤマダ　ハナコ");
        v.set("birth_date", "1945-02-03");
        v.set("sex", "female");
        v.set("address", "東京都千代田区1-1");
        v.set("phone", "0312345678");
        v.set("has_insurance_document", "false");
        v.set("signer_is_patient", "true");
        for (int i = 0; i < 30 && flow.screen() == FlowScreen::DeclarationStep; ++i) {
            tap("common.next");
        }
    }

    kiosk::test::ImGuiFrameHarness harness;
    Language lang = Language::Japanese;
    CheckInFlow flow;
    ui::PatientScreenInputs inputs;
    ui::DeclarationScreenState state;
    ui::PatientScreenActions last;
    input::KanaKanjiConverter* converter = nullptr;  // none: names stay kana
    Result<std::unique_ptr<input::KanaKanjiConverter>, input::ConverterError> anthy =
        fail(input::ConverterError{input::ConverterError::InitFailed});
    std::string tappedDemo;
    bool languageSwitched = false;
    std::string submittedPin;
};

class PatientScreensWithReader : public PatientScreensTest {
protected:
    PatientScreensWithReader() : PatientScreensTest(true) {}
};

}  // namespace

TEST_F(PatientScreensTest, WelcomeStartsTheCheckInAndOffersTheSwitches) {
    harness.frame();
    for (const char* id : {"welcome.start", "welcome.language", "welcome.large_text",
                           "welcome.high_contrast", "welcome.staff"}) {
        EXPECT_TRUE(harness.itemRect(id)) << id;
    }
    EXPECT_FALSE(harness.itemRect("common.back")) << "nowhere to go back to";
    tap("welcome.language");
    EXPECT_TRUE(languageSwitched);
    tap("welcome.start");
    EXPECT_EQ(flow.screen(), FlowScreen::PlaceCard);
}

// Issue 10 item 12: the welcome screen says how to place the card (and
// that placing it is enough), beside a drawing of it.
TEST_F(PatientScreensTest, WelcomeSaysHowToPlaceTheCard) {
    harness.frame();
    std::string shown = harness.shownText();
    std::erase(shown, '\n');  // the sentence wraps beside the drawing
    std::string wanted = MessageCatalog::builtIn().text(lang, "welcome.place_card");
    std::erase(wanted, ' ');
    EXPECT_NE(shown.find(wanted), std::string::npos) << shown;
}

TEST_F(PatientScreensTest, PlaceCardListsDemoCardsAndHasBothWaysOut) {
    tap("welcome.start");
    harness.frame();
    EXPECT_TRUE(harness.itemRect("common.back"));
    EXPECT_TRUE(harness.itemRect("common.call_staff"));
    tap("demo:demo-none");
    EXPECT_EQ(tappedDemo, "demo-none");
    tap("common.back");
    EXPECT_EQ(flow.screen(), FlowScreen::Welcome);
}

// Notice §1(1)※ and UX.md: no Mynaportal after 資格情報なし; the ways on in
// the notice's order, the first strongest, each a full touch target.
TEST_F(PatientScreensTest, CheckFailedOffersTheWaysOnThatCanWorkInTheNoticesOrder) {
    const std::pair<EligibilityOutcome, std::vector<const char*>> cases[] = {
        {EligibilityOutcome::NotRegistered,
         {"choice.proof", "choice.declaration", "choice.nothing"}},
        {EligibilityOutcome::NoAnswer,
         {"choice.mynaportal", "choice.proof", "choice.declaration", "choice.nothing"}},
        {EligibilityOutcome::FaceRecognitionFailed,
         {"choice.retry_with_pin", "choice.staff_visual_check", "choice.proof"}},
    };
    for (const auto& [outcome, ids] : cases) {
        SCOPED_TRACE(static_cast<int>(outcome));
        flow.reset();
        toCheckFailed(outcome);
        harness.frame();
        float lastY = -1;
        for (const char* id : ids) {
            auto rect = harness.itemRect(id);
            ASSERT_TRUE(rect) << id;
            EXPECT_GT(rect->min.y, lastY) << id << " is out of order";
            EXPECT_GE(rect->height(), 80.0f) << id << " is smaller than a touch target";
            lastY = rect->min.y;
        }
        const std::size_t choices = std::ranges::count_if(
            harness.touchTargets(), [](const auto& t) { return t.id.starts_with("choice."); });
        EXPECT_EQ(choices, ids.size()) << "no other way on is offered";
    }
    tap("choice.proof");
    EXPECT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
}

TEST_F(PatientScreensTest, ConfirmIdentityShowsTheTerminalsNameAndAsks) {
    tap("welcome.start");
    flow.cardPlaced(kiosk::test::at(1));
    CheckAnswer answer;
    answer.outcome = EligibilityOutcome::Valid;
    answer.identity.name = "試験　太郎";
    answer.identity.birthDate = CivilDate::make(1980, 4, 1);
    answer.confirmIdentity = true;
    flow.checkAnswered(answer, kiosk::test::at(1));
    ASSERT_EQ(flow.screen(), FlowScreen::ConfirmIdentity);
    harness.frame();
    EXPECT_TRUE(harness.itemRect("common.call_staff"));
    tap("confirm_identity.no");
    EXPECT_TRUE(flow.staffCalled());
    ASSERT_TRUE(flow.recordToSave());
    EXPECT_EQ(flow.recordToSave()->identityConfirmation, IdentityConfirmation::Denied);
}

TEST_F(PatientScreensTest, MynaportalScreenSavesOnDone) {
    toCheckFailed(EligibilityOutcome::NoAnswer);
    tap("choice.mynaportal");
    ASSERT_EQ(flow.screen(), FlowScreen::MynaportalHandOff);
    tap("mynaportal.done");
    ASSERT_TRUE(flow.recordToSave());
    EXPECT_EQ(flow.recordToSave()->proofPath, ProofPath::Mynaportal);
}

TEST_F(PatientScreensTest, ProofAndNothingScreensSaveOnDone) {
    toCheckFailed(EligibilityOutcome::NoAnswer);
    tap("choice.proof");
    tap("proof.done");
    EXPECT_EQ(flow.recordToSave()->proofPath, ProofPath::ProofDocument);
    flow.reset();
    toCheckFailed(EligibilityOutcome::CardProblem);
    tap("choice.nothing");
    tap("nothing.done");
    EXPECT_EQ(flow.recordToSave()->proofPath, ProofPath::NothingAvailable);
}

TEST_F(PatientScreensTest, DeclarationStepTypesWithThePadAndShowsProblemsOnlyAfterNext) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.declaration");
    tap("declaration.intro.start");
    ASSERT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    ASSERT_TRUE(flow.wizard().goToField("phone"));
    harness.frame();
    EXPECT_FALSE(state.showProblems);
    for (char digit : std::string("031234")) tap(std::string(1, digit));
    tap("common.next");
    EXPECT_TRUE(state.showProblems) << "a phone number too short to be one";
    EXPECT_EQ(flow.wizard().step().id, "phone");
    for (char digit : std::string("5678")) tap(std::string(1, digit));
    EXPECT_EQ(flow.wizard().values().get("phone"), "0312345678");
    tap("common.next");
    EXPECT_NE(flow.wizard().step().id, "phone");
}

// Issue 10: a date is typed on a pad and checked as it is typed; an
// impossible one is named at once and is no answer, so 「次へ」 asks for one.
TEST_F(PatientScreensTest, BirthDateIsTypedOnThePadAndAnImpossibleOneIsNoAnswer) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.declaration");
    tap("declaration.intro.start");
    ASSERT_TRUE(flow.wizard().goToField("birth_date"));
    for (const char* key : {"Heisei", "3", "2"}) tap(key);
    harness.frame();
    EXPECT_TRUE(harness.shows("平成は31年4月30日までです。")) << harness.shownText();
    EXPECT_FALSE(flow.wizard().values().has("birth_date"));
    tap("common.next");
    EXPECT_EQ(flow.wizard().step().id, "birth_date");
    EXPECT_TRUE(harness.shows("平成は31年4月30日までです。"));
    EXPECT_FALSE(harness.shows("入力してください。"))
        << "the date's own problem says what is wrong; 「入力してください」 only repeats it";
    for (int i = 0; i < 2; ++i) tap("backspace");
    harness.frame();
    EXPECT_TRUE(harness.shows("入力してください。")) << "nothing typed: the wizard says so";
    // Another era keeps the digits: 昭和32年 is a year, and the cursor moves on.
    for (const char* key : {"3", "2", "Showa", "1", "2", "2", "8"}) tap(key);
    EXPECT_EQ(flow.wizard().values().get("birth_date"), "1957-12-28");
    harness.frame();
    EXPECT_TRUE(harness.itemRect("field:birth_date")->text.starts_with("昭和32年12月28日"));
    // A problem answered goes at once, not at the next 「次へ」 (issue 10 review).
    EXPECT_FALSE(harness.shows("入力してください。"));
    tap("common.next");
    EXPECT_NE(flow.wizard().step().id, "birth_date");
}

TEST_F(PatientScreensTest, OptionalStepsOfferToLeaveThemBlank) {
    ASSERT_NO_FATAL_FAILURE(toTheQuestion("insurer_number", {{"has_insurance_document", "true"}}));
    for (char digit : std::string("0613")) tap(std::string(1, digit));
    EXPECT_TRUE(harness.shows("わからない・書かない"));
    tap("declaration.leave_blank");
    EXPECT_EQ(flow.wizard().values().get("insurer_number"), "");
    ASSERT_TRUE(flow.wizard().goToField("insurer_number"));
    harness.frame();
    EXPECT_FALSE(harness.shows("0613")) << "the pad's copy is gone too";
    ASSERT_TRUE(flow.wizard().goToField("sex"));
    harness.frame();
    EXPECT_FALSE(harness.itemRect("declaration.leave_blank")) << "性別 is required";
}

// A 記号 is mostly digits (12-34), which a low panel's 50音 keys have no room
// for: it opens on the 「ABC 123」 keys, with 「かな」 a tap away for 国保 記号 in kanji.
TEST_F(PatientScreensTest, TheSymbolOpensOnTheLatinKeys) {
    ASSERT_NO_FATAL_FAILURE(toTheQuestion(
        "insured_symbol", {{"insurance_kind", "shaho"}, {"has_insurance_document", "true"}}));
    for (const char* key : {"1", "2", "-", "3", "4"}) tap(key);
    EXPECT_EQ(flow.wizard().values().get("insured_symbol"), "12-34");
    tap("switch_keyboard");
    EXPECT_TRUE(harness.itemRect("あ")) << "the kana keys are a tap away";
    ASSERT_TRUE(flow.wizard().goToField("employer_name"));
    harness.frame();
    EXPECT_TRUE(harness.itemRect("あ")) << "other text opens on the kana keys";
}

// Moving to the next question halfway through a conversion keeps the part of
// the name not yet converted (it was cut off: やまなかはなこ saved as やまなか).
TEST_F(PatientScreensTest, NameLeftMidConversionKeepsEverythingTyped) {
    ASSERT_NO_FATAL_FAILURE(toTheNameWithKanaKanjiConversion());
    for (const char* kana : {"や", "ま", "な", "か", "は", "な", "こ"}) tap(kana);
    tap("convert");
    tap("keep_kana");  // the first segment only
    tap("field:name_kana");
    EXPECT_EQ(flow.wizard().values().get("name"), "やまなかはなこ");
}

// Issue 10 item 2: the name is typed once, in kana; the フリガナ fills itself
// as it is typed, and stays as the patient corrects it by hand.
TEST_F(PatientScreensTest, TheNameTypedOnceGivesItsFurigana) {
    ASSERT_NO_FATAL_FAILURE(toTheNameWithKanaKanjiConversion());
    for (const char* kana : {"さ", "い", "と", "う"}) tap(kana);
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "サイトウ") << "while typing";
    tap("convert");
    tap("candidate:斎藤");
    tap("space");
    for (const char* kana : {"は", "な", "こ"}) tap(kana);
    tap("keep_kana");
    EXPECT_EQ(flow.wizard().values().get("name"), "斎藤　はなこ");
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "サイトウ　ハナコ");
    // A reading the patient corrects by hand is theirs from then on.
    tap("field:name_kana");
    tap("backspace");
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "サイトウ　ハナ");
    tap("field:name");
    tap("backspace");
    EXPECT_EQ(flow.wizard().values().get("name"), "斎藤　はな");
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "サイトウ　ハナ") << "left as corrected";
}

// Issue 10 review: a converted part cut short kept its whole reading (田 with
// タナカ), and Latin letters among kana left the フリガナ behind. Where the
// edits lose the reading, the フリガナ is emptied for the patient, never stale.
TEST_F(PatientScreensTest, AFuriganaTheEditsCanNoLongerKnowIsEmptiedNotKeptStale) {
    ASSERT_NO_FATAL_FAILURE(toTheNameWithKanaKanjiConversion());
    for (const char* kana : {"さ", "い", "と", "う"}) tap(kana);
    tap("convert");
    tap("candidate:斎藤");
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "サイトウ");
    tap("backspace");  // 斎: its reading is no longer さいとう
    EXPECT_EQ(flow.wizard().values().get("name"), "斎");
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "");
}

// Issue 10 review: a digit past the last was dropped without a word.
TEST_F(PatientScreensTest, ADigitPastTheLastSaysTheNumberIsFull) {
    ASSERT_NO_FATAL_FAILURE(toTheQuestion("insurer_number", {{"has_insurance_document", "true"}}));
    for (char digit : std::string("06139992")) tap(std::string(1, digit));
    harness.frame();
    EXPECT_FALSE(harness.shows("8桁まで入りました")) << "not before a digit too many";
    tap("5");
    harness.frame();
    EXPECT_EQ(flow.wizard().values().get("insurer_number"), "06139992");
    EXPECT_TRUE(harness.shows("8桁まで入りました。これ以上は入りません。"));
    tap("backspace");
    harness.frame();
    EXPECT_FALSE(harness.shows("8桁まで入りました")) << "gone once there is room";
}

// Issue 10 review: 「英数」 and back mid-word fixed 「たな」 as kana, and
// 「漢字に変換」 then offered 可・下・課 for かはなこ, never 田中.
TEST_F(PatientScreensTest, SwitchingKeyboardsMidWordKeepsTheWholeReadingToConvert) {
    ASSERT_NO_FATAL_FAILURE(toTheNameWithKanaKanjiConversion());
    for (const char* kana : {"た", "な"}) tap(kana);
    tap("switch_keyboard");
    EXPECT_EQ(flow.wizard().values().get("name"), "たな") << "still shown in the answer row";
    tap("switch_keyboard");
    for (const char* kana : {"か", "は", "な", "こ"}) tap(kana);
    tap("convert");
    EXPECT_TRUE(harness.itemRect("candidate:田中")) << "the reading is たなかはなこ";
    // A Latin letter after a reading keeps the reading as kana, before it.
    tap("keep_kana");
    for (const char* kana : {"や"}) tap(kana);
    tap("switch_keyboard");
    tap("A");
    EXPECT_EQ(flow.wizard().values().get("name"), "たなかはなこやA");
}

// Second review: after 田中 was chosen for たなか, the answer row read
// 「田中たなかはなこ」, the converted kana shown twice.
TEST_F(PatientScreensTest, TheAnswerRowShowsWhatIsChosenThenOnlyWhatIsLeftToConvert) {
    ASSERT_NO_FATAL_FAILURE(toTheNameWithKanaKanjiConversion());
    for (const char* kana : {"た", "な", "か", "は", "な", "こ"}) tap(kana);
    tap("convert");
    ASSERT_TRUE(harness.itemRect("candidate:田中"));
    tap("candidate:田中");
    harness.frame();
    ASSERT_TRUE(harness.itemRect("field:name"));
    EXPECT_EQ(harness.itemRect("field:name")->text, "田中はなこ");
}

// A kana key while candidates show types (the rest kept as kana); it used to
// do nothing, and the patient was stuck.
TEST_F(PatientScreensTest, AKanaKeyWhileCandidatesShowTypes) {
    ASSERT_NO_FATAL_FAILURE(toTheNameWithKanaKanjiConversion());
    for (const char* kana : {"た", "な", "か"}) tap(kana);
    tap("convert");
    ASSERT_TRUE(harness.itemRect("keep_kana"));
    tap("し");
    EXPECT_EQ(flow.wizard().values().get("name"), "たなかし");
    EXPECT_EQ(flow.wizard().values().get("name_kana"), "タナカシ");
}

TEST_F(PatientScreensTest, ChoicesAreMarkedWithWordsNotColourAlone) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.declaration");
    tap("declaration.intro.start");
    ASSERT_TRUE(flow.wizard().goToField("insurance_kind"));
    tap("kokuho");
    EXPECT_EQ(flow.wizard().values().get("insurance_kind"), "kokuho");
    harness.frame();
    EXPECT_EQ(flow.wizard().step().id, "kokuho_union") << "one tap answered the step";
    tap("common.back");
    ASSERT_EQ(flow.wizard().step().id, "insurance_kind");
    harness.frame();
    // The chosen answer carries a mark in its words; the others an empty one.
    EXPECT_TRUE(harness.itemRect("kokuho")->text.starts_with("●"));
    EXPECT_TRUE(harness.itemRect("shaho")->text.starts_with("○"));
    EXPECT_NE(harness.itemRect("kokuho")->text.find("国保"), std::string::npos);
}

// Second re-check: after a choice moved on by itself, a habitual 「次へ」
// skipped the next question, which then was not on the review either.
TEST_F(PatientScreensTest, NextOnAnEmptyQuestionThatMayBeLeftBlankAsksWhatToDo) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.declaration");
    tap("declaration.intro.start");
    auto& values = flow.wizard().values();
    values.set("has_valid_insurance_card", "true");
    values.set("insurance_kind", "shaho");
    values.set("has_insurance_document", "true");
    ASSERT_TRUE(flow.wizard().goToField("insurer_name"));
    const std::string step = flow.wizard().step().id;
    harness.frame();
    tap("common.next");
    EXPECT_EQ(flow.wizard().step().id, step) << "not skipped silently";
    // Said in the empty box, beside 「わからない・書かない」: nothing moves.
    const auto box = harness.itemRect("field:insurer_name");
    ASSERT_TRUE(box);
    EXPECT_EQ(box->text, "！ 入力してください。");
    tap("declaration.leave_blank");
    EXPECT_NE(flow.wizard().step().id, step) << "left blank when the patient says so";
}

TEST_F(PatientScreensTest, TheReviewListsAnAnswerLeftBlankInTheOrderItWasAsked) {
    answerUpToTheReview();
    ASSERT_EQ(flow.screen(), FlowScreen::Review);
    harness.frame();
    // 住所 left as it is, 電話 cleared: still listed, with its 「なおす」.
    flow.wizard().values().set("phone", "");
    harness.frame();
    std::vector<std::string> order;
    for (int page = 0; page < 5; ++page) {
        for (const auto& target : harness.touchTargets()) {
            if (target.id.starts_with("edit:")) order.push_back(target.id.substr(5));
        }
        if (!harness.itemRect("answers.next_page")) break;
        tap("answers.next_page");
    }
    const auto at = [&](const std::string& key) {
        return std::find(order.begin(), order.end(), key) - order.begin();
    };
    ASSERT_LT(at("phone"), static_cast<long>(order.size())) << "the blank 電話 is listed";
    EXPECT_TRUE(harness.shows("（未記入）")) << "on the last page, with 電話";
    EXPECT_LT(at("insurance_kind"), at("name")) << "in the order asked";
    EXPECT_LT(at("name"), at("name_kana"));
    EXPECT_LT(at("name_kana"), at("birth_date"));
}

TEST_F(PatientScreensTest, ReviewEditGoesBackToTheField) {
    answerUpToTheReview();
    ASSERT_EQ(flow.screen(), FlowScreen::Review);
    harness.frame();
    for (const auto& target : harness.touchTargets()) {
        EXPECT_LE(target.max.y, 1080.0f) << target.id << " is below the screen";
        EXPECT_LE(target.max.x, 1920.0f) << target.id << " is right of the screen";
    }
    // What does not fit is on the next page, never below the screen.
    EXPECT_FALSE(harness.itemRect("edit:phone"));
    // Nothing is signed unseen (issue 10 review): 「つぎのページ」 stands where
    // 「署名へ進む」 will be, on the last page.
    const auto next = harness.itemRect("answers.next_page");
    ASSERT_TRUE(next);
    EXPECT_FALSE(harness.itemRect("review.sign"));
    tap("answers.next_page");
    ASSERT_TRUE(harness.itemRect("review.sign"));
    EXPECT_EQ(harness.itemRect("review.sign")->min.x, next->min.x) << "the same place";
    tap("edit:phone");
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().step().id, "phone");
    tap("common.next");
    EXPECT_EQ(flow.screen(), FlowScreen::Review);
    harness.frame();
    EXPECT_TRUE(harness.itemRect("edit:phone")) << "back on the page the patient left";
    tap("review.sign");
    EXPECT_EQ(flow.screen(), FlowScreen::Signature);
}

// Review (UX.md): one column, each answer with its own 「なおす」 beside it.
TEST_F(PatientScreensTest, ReviewIsOneColumnWithAnEditBesideEachAnswer) {
    answerUpToTheReview();
    ASSERT_EQ(flow.screen(), FlowScreen::Review);
    harness.frame();
    std::vector<ui::TouchTarget> edits;
    for (const auto& target : harness.touchTargets()) {
        if (target.id.starts_with("edit:")) edits.push_back(target);
    }
    ASSERT_GE(edits.size(), 8u);
    for (std::size_t i = 1; i < edits.size(); ++i) {
        EXPECT_FLOAT_EQ(edits[i].min.x, edits[0].min.x) << "one column";
        EXPECT_GE(edits[i].min.y, edits[i - 1].max.y) << "one below the other";
    }
    EXPECT_GE(edits[0].height(), 80.0f) << "a full touch target";
}

// 資格（無効）: what the terminal knows is confirmed on one page; 「なおす」
// opens that question's editor and comes back; 「はい」 goes on.
TEST_F(PatientScreensTest, KnownAnswersAreConfirmedOnOnePage) {
    tap("welcome.start");
    flow.cardPlaced(kiosk::test::at(1));
    CheckAnswer lost;
    lost.outcome = EligibilityOutcome::Lost;
    lost.identity.name = "試験　花子";
    lost.identity.nameKana = "ｼｹﾝ ﾊﾅｺ";
    lost.identity.birthDate = CivilDate::make(1980, 4, 1);
    lost.identity.sex = Sex::Female;
    flow.checkAnswered(lost, kiosk::test::at(1));
    tap("choice.declaration");
    tap("declaration.intro.start");
    ASSERT_EQ(flow.screen(), FlowScreen::ConfirmKnown);
    harness.frame();
    EXPECT_TRUE(harness.shows("試験花子")) << harness.shownText();  // U+3000 draws no glyph
    EXPECT_TRUE(harness.shows("シケンハナコ")) << harness.shownText();
    EXPECT_TRUE(harness.shows("昭和55年4月1日")) << harness.shownText();
    tap("edit:sex");
    ASSERT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().step().id, "sex");
    tap("male");
    EXPECT_EQ(flow.screen(), FlowScreen::ConfirmKnown) << "back to the page after the answer";
    EXPECT_EQ(flow.wizard().values().get("sex"), "male");
    tap("confirm_known.yes");
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
    EXPECT_EQ(flow.wizard().step().id, "confirm");
}

// 「送信」 shows from the start (third check: the page showed no way on);
// before a signature the heading warns (！) and nothing is sent.
TEST_F(PatientScreensTest, SendBeforeSigningSaysToSignAndSendsNothing) {
    answerUpToTheReview();
    for (int page = 0; page < 5 && harness.itemRect("answers.next_page") &&
                       harness.itemRect("answers.next_page")->enabled;
         ++page) {
        tap("answers.next_page");
    }
    tap("review.sign");
    ASSERT_EQ(flow.screen(), FlowScreen::Signature);
    harness.frame();
    ASSERT_TRUE(harness.itemRect("signature.submit"));
    const auto send = harness.itemRect("signature.submit");
    tap("signature.submit");
    EXPECT_EQ(flow.screen(), FlowScreen::Signature);
    EXPECT_FALSE(flow.recordToSave());
    EXPECT_TRUE(harness.shows("！指で署名してください")) << harness.shownText();
    EXPECT_EQ(harness.itemRect("signature.submit")->min.y, send->min.y) << "the button stays";
    harness.dragThrough({{600, 500}, {700, 560}, {800, 480}});
    harness.frame();
    EXPECT_FALSE(flow.signaturePng().empty());
    tap("signature.submit");
    ASSERT_TRUE(flow.recordToSave());
    EXPECT_TRUE(flow.recordToSave()->declaration->hasSignature);
}

// A card that says its PIN is verified already (an empty VERIFY answered
// 90 00) still gets the pad, with no count and no warning.
TEST_F(PatientScreensWithReader, CardPinAsksThePinWhenTheCardSaysVerifiedAlready) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.declaration");
    tap("declaration.intro.start");
    ASSERT_EQ(flow.screen(), FlowScreen::CardPin);
    inputs.cardPin.askPin(std::nullopt);
    harness.frame();
    const auto& catalogue = MessageCatalog::builtIn();
    EXPECT_FALSE(harness.shows(catalogue.text(lang, "card_pin.last_try"))) << harness.shownText();
    // Whatever the count, the sentence after it.
    const std::string triesLeft = catalogue.format(lang, "card_pin.tries_left", {{"count", "#"}});
    EXPECT_FALSE(harness.shows(triesLeft.substr(triesLeft.find('#') + 1))) << harness.shownText();
    for (char digit : std::string("4321")) tap(std::string(1, digit));
    tap("card_pin.read");
    EXPECT_EQ(submittedPin, "4321");
}

TEST_F(PatientScreensWithReader, CardPinMasksThePinAndWarnsBeforeTheLastTry) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.declaration");
    tap("declaration.intro.start");
    ASSERT_EQ(flow.screen(), FlowScreen::CardPin);
    inputs.cardPin.stage = ui::CardPinStage::EnterPin;
    inputs.cardPin.triesLeft = 2;
    harness.frame();
    EXPECT_FALSE(harness.shows(MessageCatalog::builtIn().text(lang, "card_pin.last_try")));
    inputs.cardPin.triesLeft = 1;
    harness.frame();
    EXPECT_TRUE(harness.shows(MessageCatalog::builtIn().text(lang, "card_pin.last_try")))
        << harness.shownText();
    for (char digit : std::string("1234")) tap(std::string(1, digit));
    EXPECT_EQ(state.pin, "1234");
    // One mark per digit; the digits themselves are never drawn as text.
    EXPECT_TRUE(harness.shows("● ● ● ●")) << harness.shownText();
    EXPECT_FALSE(harness.shows("1234")) << harness.shownText();
    tap("card_pin.read");
    EXPECT_EQ(submittedPin, "1234");
    EXPECT_TRUE(state.pin.empty()) << "the screen's copy is wiped once handed over";
    tap("card_pin.skip");
    EXPECT_EQ(flow.screen(), FlowScreen::DeclarationStep);
}

TEST_F(PatientScreensWithReader, LockedCardOffersOnlyToSkip) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.declaration");
    tap("declaration.intro.start");
    inputs.cardPin.stage = ui::CardPinStage::Failed;
    inputs.cardPin.messageKey = "card_pin.locked";
    inputs.cardPin.canRetry = false;
    harness.frame();
    EXPECT_FALSE(harness.itemRect("1"));
    EXPECT_TRUE(harness.itemRect("card_pin.skip"));
}

TEST_F(PatientScreensTest, FinishedShowsTheShareAndClosesOnOk) {
    tap("welcome.start");
    flow.cardPlaced(kiosk::test::at(1));
    CheckAnswer answer;
    answer.outcome = EligibilityOutcome::Valid;
    answer.identity.birthDate = CivilDate::make(1980, 1, 1);
    flow.checkAnswered(answer, kiosk::test::at(1));
    flow.recordSaved(7, kiosk::test::at(1), 12);
    ASSERT_EQ(flow.screen(), FlowScreen::Finished);
    harness.frame();
    EXPECT_FALSE(harness.itemRect("common.back")) << "nothing to go back to once saved";
    EXPECT_TRUE(harness.shows("受付が完了しました")) << harness.shownText();
    EXPECT_TRUE(harness.shows("受付番号"));
    EXPECT_TRUE(harness.shows("12")) << "the day's reception number";
    // 46 at the visit: 3割, and where to wait.
    EXPECT_TRUE(harness.shows("お支払いは3割です。")) << harness.shownText();
    EXPECT_TRUE(harness.shows(MessageCatalog::builtIn().text(lang, "finished.wait")));
    tap("common.ok");
    EXPECT_EQ(flow.screen(), FlowScreen::Welcome);
}

TEST_F(PatientScreensTest, FinishAfterADocumentPathSendsThePatientToTheCounter) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("choice.proof");
    ASSERT_EQ(flow.screen(), FlowScreen::ProofAtCounter);
    flow.next(kiosk::test::at(1));
    flow.recordSaved(8, kiosk::test::at(1), 3);
    ASSERT_EQ(flow.screen(), FlowScreen::Finished);
    harness.frame();
    EXPECT_FALSE(harness.shows("受付が完了しました")) << "not checked in until staff see it";
    EXPECT_TRUE(harness.shows("受付へお進みください")) << harness.shownText();
    EXPECT_TRUE(harness.shows(MessageCatalog::builtIn().text(lang, "finished.proof")));
    EXPECT_TRUE(harness.shows("3"));
}

TEST_F(PatientScreensTest, StaffOverlayKeepsTheScreenUnderneath) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    tap("common.call_staff");
    EXPECT_TRUE(flow.staffCalled());
    tap("staff.dismiss");
    EXPECT_FALSE(flow.staffCalled());
    EXPECT_EQ(flow.screen(), FlowScreen::CheckFailed);
}
