#include <gtest/gtest.h>

#include "TouchTargetChecks.h"
#include "ui/widgets/SignaturePad.h"
#include "unit/ui/ImGuiFrameHarness.h"

using kiosk::Language;
using kiosk::input::SignatureStrokes;
using kiosk::test::ImGuiFrameHarness;

namespace {

constexpr float kTouchPx = 80.0f;

class SignaturePadTest : public ::testing::Test {
protected:
    SignaturePadTest() {
        harness.frame([this] {
            ImGuiFrameHarness::fullScreenWindow("sign", [this] {
                ImGui::SetCursorScreenPos(
                    ImVec2(100, 100));  // the box from (100,100) to (1300,500)
                kiosk::ui::drawSignaturePad("signature", strokes, ImVec2(1200, 400), kTouchPx,
                                            Language::Japanese);
            });
        });
    }
    ImGuiFrameHarness harness;
    SignatureStrokes strokes{600, 200};  // half the box
};

}  // namespace

TEST_F(SignaturePadTest, ADragRecordsOneStrokeInPadCoordinates) {
    harness.dragThrough({{300, 300}, {400, 320}, {500, 340}, {1500, 700}});
    ASSERT_EQ(strokes.strokes().size(), 1u);
    const auto& stroke = strokes.strokes()[0];
    ASSERT_EQ(stroke.size(), 4u);
    EXPECT_FLOAT_EQ(stroke[0].x, 100);
    EXPECT_FLOAT_EQ(stroke[0].y, 100);
    EXPECT_FLOAT_EQ(stroke[2].x, 200);
    EXPECT_FLOAT_EQ(stroke[3].y, 200);  // beyond the box: on its edge
}

TEST_F(SignaturePadTest, UndoAndStartOverButtonsWorkOnlyOnceSomethingIsSigned) {
    harness.frame();
    EXPECT_FALSE(harness.itemRect("undo")->enabled);
    EXPECT_FALSE(harness.itemRect("clear")->enabled);
    harness.dragThrough({{300, 300}, {400, 300}});
    harness.tapAt({700, 300});  // a dot is a stroke too
    ASSERT_EQ(strokes.strokes().size(), 2u);
    harness.tapOn("undo");
    EXPECT_EQ(strokes.strokes().size(), 1u);
    harness.tapOn("clear");
    EXPECT_TRUE(strokes.empty());
    kiosk::test::expectTouchSizedAndApart(harness.touchTargets(), kTouchPx);
}

TEST_F(SignaturePadTest, TappingTheButtonsDrawsNoStroke) {
    harness.dragThrough({{300, 300}, {400, 300}});
    harness.tapOn("undo");
    EXPECT_TRUE(strokes.empty());
}
