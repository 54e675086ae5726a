// Issue 10 item 7: one patient's language, high contrast and large text never
// stay on for the next; they return to the clinic's defaults after the
// finish screen and after an idle reset, and hold while the visit goes on.
#include <gtest/gtest.h>

#include "FlowFixture.h"
#include "flow/PatientPreferences.h"

using namespace kiosk;
using kiosk::test::at;
using kiosk::test::kVisit;
using kiosk::test::shippedDeclarationTemplate;

namespace {

class PatientPreferencesTest : public ::testing::Test {
protected:
    // The app's frame: the flow's idle check, then the rule.
    void frame(FlowClock::time_point now) {
        const FlowScreen before = lastScreen_;
        const IdleState idle = flow.tick(now);
        preferences.followVisit(before, flow.screen(), idle);
        lastScreen_ = flow.screen();
    }
    // Whatever the patient did outside tick (a tap), seen by the next frame;
    // the app counts every touch as activity before the frame runs.
    void tapped(FlowClock::time_point now) {
        flow.touched(now);
        frame(now);
    }

    void chooseEverything() {
        preferences.switchLanguage();
        preferences.toggleLargeText();
        preferences.toggleHighContrast();
    }

    void finishValidVisit() {
        flow.start(kVisit, at(0));
        tapped(at(0));
        flow.cardPlaced(at(1));
        tapped(at(1));
        CheckAnswer valid;
        valid.outcome = EligibilityOutcome::Valid;
        valid.qualification = Qualification{};
        valid.qualification->current = true;
        flow.checkAnswered(valid, at(2));
        ASSERT_TRUE(flow.recordToSave());
        flow.recordSaved(1, at(2));
        tapped(at(2));
        ASSERT_EQ(flow.screen(), FlowScreen::Finished);
    }

    CheckInFlow flow{shippedDeclarationTemplate(), FlowSettings{}};
    const DisplayChoices defaults{Language::Japanese, false, false};
    PatientPreferences preferences{defaults};
    FlowScreen lastScreen_ = FlowScreen::Welcome;
};

TEST_F(PatientPreferencesTest, ChoicesHoldWhileTheVisitGoesOn) {
    chooseEverything();
    finishValidVisit();
    const DisplayChoices chosen{Language::English, true, true};
    EXPECT_EQ(preferences.current(), chosen);
}

TEST_F(PatientPreferencesTest, FinishScreensButtonRestoresTheDefaults) {
    chooseEverything();
    finishValidVisit();
    flow.reset();  // 「OK」 on the finish screen
    tapped(at(3));
    EXPECT_EQ(preferences.current(), defaults);
}

TEST_F(PatientPreferencesTest, FinishScreenClosingItselfRestoresTheDefaults) {
    chooseEverything();
    finishValidVisit();
    frame(at(2 + 60));
    ASSERT_EQ(flow.screen(), FlowScreen::Welcome);
    EXPECT_EQ(preferences.current(), defaults);
}

TEST_F(PatientPreferencesTest, NextPatientsCardOnTheFinishScreenRestoresTheDefaults) {
    chooseEverything();
    finishValidVisit();
    // The app: the next card replaces the finish screen at once.
    flow.reset();
    flow.start(kVisit, at(3));
    flow.cardPlaced(at(3));
    tapped(at(3));
    EXPECT_EQ(preferences.current(), defaults);
}

TEST_F(PatientPreferencesTest, IdleResetOfAnUnfinishedVisitRestoresTheDefaults) {
    flow.start(kVisit, at(0));
    tapped(at(0));
    chooseEverything();
    frame(at(60 * 60));
    ASSERT_EQ(flow.screen(), FlowScreen::Welcome);
    EXPECT_EQ(preferences.current(), defaults);
}

// Someone chose English on the welcome screen (or went back to it) and
// walked away: the next patient must not meet it.
TEST_F(PatientPreferencesTest, WelcomeScreenLeftUntouchedRestoresTheDefaults) {
    tapped(at(0));
    chooseEverything();
    frame(at(59));
    EXPECT_NE(preferences.current(), defaults) << "a minute to read and start";
    frame(at(61));
    EXPECT_EQ(preferences.current(), defaults);
}

TEST_F(PatientPreferencesTest, BackingOutToTheWelcomeScreenAndLeavingRestoresTheDefaults) {
    tapped(at(0));
    chooseEverything();
    flow.start(kVisit, at(1));
    tapped(at(1));
    flow.back(at(5));  // 「もどる」 from 「カードを置いてください」
    tapped(at(5));
    ASSERT_EQ(flow.screen(), FlowScreen::Welcome);
    EXPECT_NE(preferences.current(), defaults) << "going back is not leaving";
    frame(at(5 + 61));
    EXPECT_EQ(preferences.current(), defaults);
}

TEST_F(PatientPreferencesTest, TheClinicsDefaultLanguageIsWhatComesBack) {
    PatientPreferences english({Language::English, false, false});
    english.switchLanguage();
    ASSERT_EQ(english.current().language, Language::Japanese);
    english.followVisit(FlowScreen::Finished, FlowScreen::Welcome, IdleState::Active);
    EXPECT_EQ(english.current().language, Language::English);
}

}  // namespace
