// Every patient screen fits every panel clinics use (UX.md; issue 10 item 1):
// the flow is driven through each screen and each 申立書 step as real ImGui
// frames at 1920×1080, 1366×768, 1280×800 and portrait 1080×1920, with normal
// and large text, and on each the touch targets drawn must be wholly visible
// (nothing behind a scrollbar or the footer), inside the display, and apart
// from one another. A target a finger cannot reach fails here, where a test
// that taps by id would not see it.
#include <gtest/gtest.h>
#include <imgui_internal.h>  // the last frame's windows and their scrollbars

#include <set>
#include <sstream>

#include "input/KanaKanjiConverter.h"
#include "ui/Theme.h"
#include "ui/screens/PatientScreens.h"
#include "unit/flow/FlowFixture.h"
#include "unit/ui/ImGuiFrameHarness.h"
#include "unit/ui/widgets/TouchTargetChecks.h"

using namespace kiosk;
using kiosk::test::at;
using kiosk::test::kVisit;
using kiosk::test::shippedDeclarationTemplate;

namespace {

using kiosk::test::ClinicPanel;

struct FitCase {
    ClinicPanel panel;
    bool largeText;
    Language lang;
};

void PrintTo(const FitCase& c, std::ostream* out) {
    *out << c.panel.name << (c.largeText ? " large text" : "")
         << (c.lang == Language::English ? " English" : "");
}

std::string caseName(const testing::TestParamInfo<FitCase>& info) {
    return std::string("p") + info.param.panel.name + (info.param.largeText ? "_large" : "") +
           (info.param.lang == Language::English ? "_en" : "");
}

// A value the patient could give, by field type; keys named here steer the
// flow into the questions that follow from them.
std::string answerFor(const FormField& field, const std::map<std::string, std::string>& chosen) {
    if (auto it = chosen.find(field.key); it != chosen.end()) return it->second;
    if (field.validation.checkDigit == CheckDigitRule::InsurerNumber) return "06139992";
    switch (field.type) {
        case FormFieldType::Choice:
            return field.options.empty() ? "" : field.options.front().value;
        case FormFieldType::Check:
            return "true";
        case FormFieldType::Digits:
            return std::string("1234").substr(
                0, field.validation.maxLength == 0 ? 4 : field.validation.maxLength);
        case FormFieldType::Kana:
            return "ヤマダ";
        case FormFieldType::Text:
            return "山田";
        case FormFieldType::Date:
            return "1950-01-01";
        case FormFieldType::Phone:
            return "0312345678";
        case FormFieldType::PostalCode:
            return "1000001";
        case FormFieldType::Signature:
            return "true";
    }
    return "";
}

// Of the normal text size (32 px): 85 %, 27 px. Large text may give up its
// growth to keep a label on its button, a label little more (review: 20 px
// labels in large text were allowed at 75 %).
constexpr float kSmallestLabelScale = 0.84f;  // 85 %, less a rounding of the fitting steps
// Large text never draws a label below the normal size, less one 5 % step
// of fitting (review: 「英数 ABC 123」「かなのまま」 at 80 % of the keys beside them).
constexpr float kSmallestLargeTextLabelScale = 0.95f;

// The keyboard's own buttons sit beside its keys, whose labels large text
// grows: they may give up no more than anything does in normal text, 15 %
// (second review: 「かなのまま」 at 30 px beside 40-px keys).
// "3/7" somewhere in the text shown (spaces are dropped from it): a digit,
// a slash, a digit.
bool showsAStepCount(const std::string& shown) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t at = shown.find('/'); at != std::string::npos; at = shown.find('/', at + 1)) {
        if (at > 0 && at + 1 < shown.size() && digit(shown[at - 1]) && digit(shown[at + 1])) {
            return true;
        }
    }
    return false;
}

bool besideTheKeys(std::string_view id) {
    // The date pad's era keys too (third check: 「Western」 at half the size
    // of 「Meiji」).
    for (std::string_view pads : {"Meiji", "Taisho", "Showa", "Heisei", "Reiwa", "western"}) {
        if (id == pads) return true;
    }
    return id == "switch_keyboard" || id == "convert" || id == "keep_kana" || id == "more" ||
           id.starts_with("candidate:");
}

const char* const kNeverOpensALine[] = {"、", "。", "」", "）", "』", "ー", "ゃ", "ゅ", "ょ",
                                        "っ", "ャ", "ュ", "ョ", "ッ", "？", ".",  ","};

class ScreensFitTest : public testing::TestWithParam<FitCase> {
protected:
    ScreensFitTest()
        : harness(GetParam().panel.size, GetParam().largeText ? ui::kLargeTextScale : 1.0f),
          theme(ui::makeTheme({ui::Contrast::Normal, GetParam().largeText, 0})),
          flow(shippedDeclarationTemplate(), FlowSettings{true, {}, {}}) {
        ui::applyTheme(theme, ImGui::GetStyle());
        // The shipped demo people, as many as the simulator offers.
        for (int i = 0; i < 11; ++i) {
            inputs.demoCards.push_back(
                {"demo-" + std::to_string(i), "資格（無効）・新しい保険者の登録待ち"});
        }
        inputs.mynaportalUrl = "https://myna.go.jp/";
        harness.frame([this] {
            ui::ScreenContext ctx{GetParam().lang, harness.fonts(), theme.touchTargetPx, now,
                                  kVisit};
            ctx.palette = theme.colors;
            ctx.fingerPx = theme.fingerPx;
            ctx.converter = converter;
            (void)ui::drawPatientScreens(flow, ctx, inputs, state);
        });
    }

    // The screen now showing, checked once its layout has settled.
    void expectFits(const std::string& where) {
        harness.frames(3);
        seen.insert(flow.screen());
        const auto problems = misfits();
        EXPECT_FALSE(harness.touchTargets().empty()) << where << ": nothing to tap";
        for (const auto& problem : problems) ADD_FAILURE() << where << ": " << problem;
    }

    std::map<std::string, ImVec2> placesOfTargets() {
        std::map<std::string, ImVec2> places;
        for (const auto& target : harness.touchTargets()) places[target.id] = target.min;
        return places;
    }

    void expectNothingMoved(const std::map<std::string, ImVec2>& before, const std::string& when) {
        for (const auto& target : harness.touchTargets()) {
            const auto was = before.find(target.id);
            if (was == before.end()) continue;
            EXPECT_NEAR(target.min.y, was->second.y, 0.5f) << target.id << " moved: " << when;
            EXPECT_NEAR(target.min.x, was->second.x, 0.5f) << target.id << " moved: " << when;
        }
    }

    // Every target a finger cannot reach on the last frame, in words.
    std::vector<std::string> misfits() {
        std::vector<std::string> found;
        const auto& targets = harness.touchTargets();
        const ImVec2 display = GetParam().panel.size;
        for (std::size_t i = 0; i < targets.size(); ++i) {
            const auto& a = targets[i];
            const std::string what = a.id + " (" + a.text + ")";
            if (!a.visible) {
                found.push_back(what + " is partly hidden, at y " + std::to_string(a.min.y) + "–" +
                                std::to_string(a.max.y));
            }
            if (!a.labelWhole) {
                found.push_back(what + " cuts its label at " +
                                std::to_string(static_cast<int>(a.width())) + "×" +
                                std::to_string(static_cast<int>(a.height())) + " px");
            }
            // A label may give up 15 % of the normal text size to stay on
            // its button, no more (large text starts 40 % above it).
            const float textScale = GetParam().largeText ? ui::kLargeTextScale : 1.0f;
            // The simulator's eleven demonstration cards are no patient's.
            const bool demoCard = a.id.starts_with("demo:");
            const float floor = !GetParam().largeText ? kSmallestLabelScale
                                : besideTheKeys(a.id) ? kSmallestLabelScale * textScale
                                                      : kSmallestLargeTextLabelScale;
            if (!demoCard && a.labelScale * textScale < floor) {
                found.push_back(what + " shrinks its label to " +
                                std::to_string(static_cast<int>(a.labelScale * 100)) + " %");
            }
            // UX.md: touch targets ≥ 15 mm, keys too, in large text on a
            // 768-pixel panel as well.
            const float fingertip = theme.fingerPx - 0.5f;
            if (!demoCard && (a.width() < fingertip || a.height() < fingertip)) {
                found.push_back(what + " is smaller than a fingertip: " +
                                std::to_string(static_cast<int>(a.width())) + "×" +
                                std::to_string(static_cast<int>(a.height())) + " px");
            }
            if (a.min.x < 0 || a.min.y < 0 || a.max.x > display.x || a.max.y > display.y) {
                found.push_back(what + " leaves the screen");
            }
            for (std::size_t j = i + 1; a.enabled && j < targets.size(); ++j) {
                const auto& b = targets[j];
                if (!b.enabled) continue;  // under an overlay: not tappable
                const bool overlap = a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y &&
                                     b.min.y < a.max.y;
                if (overlap) found.push_back(what + " overlaps " + b.id);
            }
        }
        // A scrollbar narrows the keys and hides what a finger would have
        // to drag into view (issue 9 review: the look-up's 記号 step).
        for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
            if (!window->WasActive || !window->ScrollbarY) continue;
            found.push_back(std::string(window->Name) + " shows a scrollbar (" +
                            std::to_string(window->ScrollMax.y) + " px more)");
        }
        // Japanese line breaking (issue 10 item 8): no line opens with a
        // closing mark or a small kana (「くださ／い。」 on the proof screen).
        // Not under an overlay: its box covers parts of the page's words and
        // labels, and the pieces left read as lines that open anywhere.
        const ImGuiWindow* backdrop = ImGui::FindWindowByName("overlay_backdrop");
        const bool overlaid = backdrop != nullptr && backdrop->WasActive;
        std::istringstream lines(overlaid ? std::string() : harness.textBesideTargets());
        for (std::string line; std::getline(lines, line);) {
            for (const char* mark : kNeverOpensALine) {
                if (line.starts_with(mark)) found.push_back("a line opens with " + line);
            }
        }
        return found;
    }

    void toCheckFailed(EligibilityOutcome outcome, IdentityFields identity = {}) {
        flow.reset();
        flow.start(kVisit, now);
        flow.cardPlaced(now);
        CheckAnswer answer;
        answer.outcome = outcome;
        answer.identity = std::move(identity);
        flow.checkAnswered(answer, now);
    }

    // Each step of the 申立書, then its review pages, the signature and the
    // finish screen; `chosen` steers the conditional questions.
    void walkDeclaration(const std::map<std::string, std::string>& chosen) {
        for (int guard = 0; guard < 60 && flow.screen() == FlowScreen::DeclarationStep; ++guard) {
            const std::string step = flow.wizard().step().id;
            expectFits("step " + step);
            // UX.md: a progress line on multi-step forms, its count too (the
            // second review found it dropped where a title took the room).
            EXPECT_TRUE(showsAStepCount(harness.shownText()))
                << "step " << step << " shows no count: " << harness.shownText();
            // 「次へ」 tapped with nothing given, as a patient would: the
            // problem, or on a step that may be left blank the word to type
            // or choose 「わからない・書かない」, and nothing already on the
            // screen moves (fourth check: 番号 and 枝番 fell off a 768-pixel
            // panel when 記号's problem showed under it).
            if (harness.itemRect("common.next")) {
                harness.frames(3);
                const std::string typing = state.activeField;
                const auto before = placesOfTargets();
                harness.tapOn("common.next");
                if (flow.screen() != FlowScreen::DeclarationStep ||
                    flow.wizard().step().id != step) {
                    ADD_FAILURE() << "step " << step << ": 「次へ」 with nothing given moved on";
                    return;
                }
                expectFits("step " + step + " with its problems");
                if (state.activeField == typing) {
                    expectNothingMoved(before, "step " + step + " with its problems");
                }
                state.showProblems = false;
                state.blankNotChosen = false;
                state.activeField = typing;
            }
            auto& values = flow.wizard().values();
            // Twice: an answer may bring in a question that depends on it.
            for (int pass = 0; pass < 2; ++pass) {
                for (const FormField* field : flow.wizard().fieldsToAsk()) {
                    if (values.has(field->key)) continue;
                    values.set(field->key, answerFor(*field, chosen));
                    state.editors.forget(field->key);  // the keys' buffer reads it again
                }
            }
            // As answered, with what the answers brought in (患者との関係
            // after 「いいえ」 to ご本人ですか？), its keyboard open.
            if (const auto fields = flow.wizard().fieldsToAsk(); !fields.empty()) {
                state.activeField = fields.back()->key;
            }
            expectFits("step " + step + " answered");
            // The last field left empty and 「次へ」 tapped, as a patient
            // would (English large text: a Latin name, no フリガナ, ran
            // behind a scrollbar). Its problem takes the place of its help:
            // nothing already on the screen moves (second review: the
            // answer row jumped up, choices re-flowed under the finger).
            if (const auto fields = flow.wizard().fieldsToAsk(); !fields.empty()) {
                const FormField& last = *fields.back();
                const std::string kept(values.get(last.key));
                values.set(last.key, "");
                state.editors.forget(last.key);
                const bool refused =
                    std::any_of(flow.wizard().problems().begin(), flow.wizard().problems().end(),
                                [&](const auto& problem) { return problem.fieldKey == last.key; });
                if (refused && harness.itemRect("common.next")) {
                    state.activeField = last.key;
                    harness.frames(3);
                    const auto before = placesOfTargets();
                    harness.tapOn("common.next");
                    ASSERT_TRUE(state.showProblems);
                    expectFits("step " + step + " with a problem in its last question");
                    expectNothingMoved(before, "step " + step + ": " + last.key + "'s problem");
                    state.showProblems = false;
                }
                values.set(last.key, kept);
                state.editors.forget(last.key);
            }
            // A digit past the last one: the row says why nothing happened.
            if (const auto fields = flow.wizard().fieldsToAsk(); !fields.empty()) {
                const FormField& last = *fields.back();
                if (last.type == FormFieldType::Digits && last.validation.maxLength > 0 &&
                    values.get(last.key).size() >= last.validation.maxLength &&
                    harness.itemRect("1")) {
                    harness.tapOn("1");
                    expectFits("step " + step + " with a digit too many");
                }
            }
            flow.next(now);
            if (flow.screen() == FlowScreen::DeclarationStep && flow.wizard().step().id == step) {
                std::string problems;
                for (const auto& problem : flow.wizard().problems())
                    problems += problem.fieldKey + " ";
                ADD_FAILURE() << "step " << step
                              << " does not accept the answers given: " << problems;
                return;
            }
        }
        for (int page = 0; page < 20 && flow.screen() == FlowScreen::Review; ++page) {
            expectFits("review page " + std::to_string(page + 1));
            auto more = harness.itemRect("answers.next_page");
            if (!more || !more->enabled) break;
            harness.tapOn("answers.next_page");
        }
        flow.next(now);
        ASSERT_EQ(flow.screen(), FlowScreen::Signature);
        expectFits("signature");
        flow.signatureGiven({0x89, 'P', 'N', 'G'}, now);
        flow.next(now);  // 「送信」
        flow.recordSaved(1, now, 12);
        ASSERT_EQ(flow.screen(), FlowScreen::Finished);
        expectFits("finished");
    }

    kiosk::test::ImGuiFrameHarness harness;
    ui::Theme theme;
    CheckInFlow flow;
    ui::PatientScreenInputs inputs;
    ui::DeclarationScreenState state;
    FlowClock::time_point now = at(1);
    std::set<FlowScreen> seen;
    input::KanaKanjiConverter* converter = nullptr;  // set where a test converts names
};

TEST_P(ScreensFitTest, EveryScreenBeforeTheDeclarationFits) {
    expectFits("welcome");
    flow.start(kVisit, now);
    expectFits("place card");
    flow.cardPlaced(now);
    expectFits("checking");
    for (auto outcome : {EligibilityOutcome::NotRegistered, EligibilityOutcome::NoAnswer,
                         EligibilityOutcome::FaceRecognitionFailed, EligibilityOutcome::CardProblem,
                         EligibilityOutcome::Lost}) {
        toCheckFailed(outcome);
        expectFits("check failed: " + std::to_string(static_cast<int>(outcome)));
    }
    toCheckFailed(EligibilityOutcome::NoAnswer);
    flow.choose(FailureChoice::Mynaportal, now);
    expectFits("mynaportal");
    toCheckFailed(EligibilityOutcome::NoAnswer);
    flow.choose(FailureChoice::ProofDocument, now);
    expectFits("proof at counter");
    flow.checkDocumentNumbers(now);
    // Every step of the look-up: its questions keep their help, unlike the
    // declaration's, so they are laid out apart.
    auto& lookup = flow.activeWizard().values();
    lookup.set("insurer_number", "01130012");
    lookup.set("insured_number", "345");
    lookup.set("birth_date", "1981-04-12");
    for (int i = 0; i < 5 && flow.screen() == FlowScreen::DocumentNumbers; ++i) {
        expectFits("document numbers: " + flow.activeWizard().step().id);
        flow.next(now);
    }
    ASSERT_EQ(flow.screen(), FlowScreen::Checking);
    now += CheckInFlow::kSlowCheck;
    ASSERT_TRUE(flow.checkTakingLong(now));
    expectFits("checking, taking long");
    CheckAnswer refused;
    refused.outcome = EligibilityOutcome::TerminalError;
    refused.requestRefused = true;
    flow.documentChecked(refused, now);
    expectFits("proof at counter, numbers refused");
    now = at(1);
    toCheckFailed(EligibilityOutcome::NoAnswer);
    flow.choose(FailureChoice::NothingAvailable, now);
    expectFits("nothing available");
    toCheckFailed(EligibilityOutcome::NoAnswer);
    flow.callStaff(now);
    expectFits("staff called");
    EXPECT_TRUE(seen.contains(FlowScreen::CheckFailed));
    EXPECT_TRUE(seen.contains(FlowScreen::DocumentNumbers));
}

// Identity confirmation after a valid check at a first visit.
TEST_P(ScreensFitTest, ConfirmIdentityFits) {
    flow.start(kVisit, now);
    flow.cardPlaced(now);
    CheckAnswer answer;
    answer.outcome = EligibilityOutcome::Valid;
    answer.qualification = Qualification{};
    answer.identity.name = "山田　花子";
    answer.identity.nameKana = "ヤマダ　ハナコ";
    answer.identity.birthDate = CivilDate::make(1950, 1, 1);
    answer.confirmIdentity = true;
    flow.checkAnswered(answer, now);
    ASSERT_EQ(flow.screen(), FlowScreen::ConfirmIdentity);
    expectFits("confirm identity");
}

// 資格（無効） with the terminal's identity: the known-answers page, then the
// questions left, for a patient signing for themselves with a document.
TEST_P(ScreensFitTest, DeclarationWithTheTerminalsDataFits) {
    IdentityFields identity;
    identity.name = "山田　花子";
    identity.nameKana = "ヤマダ　ハナコ";
    identity.birthDate = CivilDate::make(1950, 1, 1);
    identity.sex = Sex::Female;
    identity.address = "東京都千代田区霞が関１丁目２番２号";
    toCheckFailed(EligibilityOutcome::Lost, identity);
    flow.choose(FailureChoice::Declaration, now);
    expectFits("declaration intro");
    for (int page = 2; page < 5; ++page) {
        auto more = harness.itemRect("answers.next_page");
        if (!more || !more->enabled) break;
        harness.tapOn("answers.next_page");
        expectFits("declaration intro page " + std::to_string(page));
    }
    flow.next(now);
    ASSERT_EQ(flow.screen(), FlowScreen::CardPin) << "the fixture has a card reader";
    flow.skipCardRead(now);
    ASSERT_EQ(flow.screen(), FlowScreen::ConfirmKnown);
    for (int page = 0; page < 10; ++page) {
        expectFits("confirm known page " + std::to_string(page + 1));
        auto more = harness.itemRect("answers.next_page");
        if (!more || !more->enabled) break;
        harness.tapOn("answers.next_page");
    }
    flow.confirmKnown(now);
    walkDeclaration({{"has_insurance_document", "true"}, {"signer_is_patient", "true"}});
}

// Everything typed, someone else signing, no document: the keyboards for
// the name, the relation and the address.
TEST_P(ScreensFitTest, DeclarationTypedByHandFits) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, now);
    flow.next(now);
    if (flow.screen() == FlowScreen::CardPin) flow.skipCardRead(now);
    walkDeclaration({{"has_insurance_document", "false"}, {"signer_is_patient", "false"}});
}

// The card reader's screen at each of its stages (the PIN pad, a wrong PIN
// with one try left), then 「まだ続けますか？」 over a step with its keyboard
// open, after a minute without a touch (UX.md).
TEST_P(ScreensFitTest, CardPinAndTheIdleQuestionFit) {
    toCheckFailed(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, now);
    flow.next(now);
    ASSERT_EQ(flow.screen(), FlowScreen::CardPin);
    expectFits("card pin, waiting for the card");
    inputs.cardPin.askPin(3);
    expectFits("card pin, the pad");
    inputs.cardPin.askPin(1);
    inputs.cardPin.messageKey = "card_pin.wrong_pin";
    expectFits("card pin, last try");
    inputs.cardPin.stage = ui::CardPinStage::Reading;
    expectFits("card pin, reading");
    inputs.cardPin.stage = ui::CardPinStage::Failed;
    inputs.cardPin.messageKey = "card_pin.failed";
    expectFits("card pin, failed");
    flow.skipCardRead(now);
    ASSERT_TRUE(flow.wizard().goToField("name"));
    harness.frames(3);
    harness.tapOn("field:name");
    now += IdleTimeouts{}.warnAfter + std::chrono::seconds(1);
    ASSERT_TRUE(flow.idleWarning(now));
    expectFits("still there, over the name's keys");
    EXPECT_TRUE(harness.itemRect("idle.continue")) << "the dialog's button is drawn";

    // During a staff call the wipe waits longer, and still asks first (the
    // call's box once hid the question while its countdown ran).
    harness.tapOn("idle.continue");
    ASSERT_FALSE(flow.idleWarning(now));
    flow.callStaff(now);
    now += IdleTimeouts{}.staffCallWait + std::chrono::seconds(1);
    ASSERT_TRUE(flow.idleWarning(now));
    expectFits("still there, during a staff call");
    EXPECT_TRUE(harness.itemRect("idle.continue")) << "the question shows over the call's box";
    EXPECT_FALSE(harness.itemRect("staff.cancel"));
}

std::vector<FitCase> allCases() {
    std::vector<FitCase> cases;
    for (const ClinicPanel& panel : kiosk::test::kClinicPanels) {
        for (Language lang : {Language::Japanese, Language::English}) {
            for (bool large : {false, true}) cases.push_back({panel, large, lang});
        }
    }
    return cases;
}

INSTANTIATE_TEST_SUITE_P(Panels, ScreensFitTest, testing::ValuesIn(allCases()), caseName);

}  // namespace

// A name being typed and converted: the conversion buttons, then the
// candidates with their paging, then the Latin keys; each fits beside or
// under the question (large text once pushed 「かなのまま」 off the panel).
TEST_P(ScreensFitTest, NameBeingTypedAndConvertedFits) {
    auto anthy = input::KanaKanjiConverter::open();
    ASSERT_TRUE(anthy);
    converter = anthy->get();
    toCheckFailed(EligibilityOutcome::NotRegistered);
    flow.choose(FailureChoice::Declaration, now);
    flow.next(now);
    if (flow.screen() == FlowScreen::CardPin) flow.skipCardRead(now);
    ASSERT_TRUE(flow.wizard().goToField("name"));
    harness.frames(3);
    harness.tapOn("field:name");
    // English opens the Latin keys: switch to kana to convert.
    if (GetParam().lang == Language::English) harness.tapOn("switch_keyboard");
    for (const char* kana : {"た", "な", "か"}) harness.tapOn(kana);
    expectFits("name typed");
    harness.tapOn("convert");
    expectFits("name candidates");
    ASSERT_TRUE(harness.itemRect("keep_kana"));
    harness.tapOn("keep_kana");
    harness.tapOn("switch_keyboard");
    expectFits("name with the other keys");
    converter = nullptr;
}
