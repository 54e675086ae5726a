#include <gtest/gtest.h>
#include <imgui.h>

#include <cfloat>

#include "ui/TouchInput.h"

namespace {

using kiosk::ui::PointerEvent;
using kiosk::ui::PointerSource;
using Kind = PointerEvent::Kind;

// Two buttons in a window filling an 800×600 display; frames run through
// TouchInput exactly as the kiosk's frame loop does, without SDL.
class TouchInputTest : public ::testing::Test {
protected:
    void SetUp() override {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0f / 60.0f;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    struct Frame {
        bool clickedA = false;
        bool clickedB = false;
        bool hoveredA = false;
    };

    Frame frame() {
        input.applyTo(ImGui::GetIO());
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(800, 600));
        ImGui::Begin("screen", nullptr, ImGuiWindowFlags_NoDecoration);
        Frame f;
        ImGui::SetCursorPos(ImVec2(100, 100));
        f.clickedA = ImGui::Button("A", ImVec2(200, 100));  // x 100–300, y 100–200
        f.hoveredA = ImGui::IsItemHovered();
        ImGui::SetCursorPos(ImVec2(400, 300));
        f.clickedB = ImGui::Button("B", ImVec2(200, 100));  // x 400–600, y 300–400
        ImGui::End();
        ImGui::Render();
        return f;
    }

    void tap(float x, float y, PointerSource source = PointerSource::Touch) {
        input.push({Kind::Press, source, x, y});
        input.push({Kind::Release, source, x, y});
    }

    // Runs frames while the input asks for them; counts clicks.
    std::pair<int, int> settle() {
        int a = 0, b = 0;
        for (int i = 0; i < 100 && input.wantsFrame(); ++i) {
            Frame f = frame();
            a += f.clickedA;
            b += f.clickedB;
        }
        EXPECT_FALSE(input.wantsFrame());
        return {a, b};
    }

    kiosk::ui::TouchInput input;
};

}  // namespace

TEST_F(TouchInputTest, TapShorterThanAFrameStillClicks) {
    frame();
    tap(200, 150);  // press and release arrive before the same frame
    EXPECT_EQ(settle(), std::make_pair(1, 0));
}

TEST_F(TouchInputTest, TapLandsWhereItWasMadeWithoutAnyMotionFirst) {
    frame();
    tap(200, 150);
    tap(500, 350);  // no move between: the position comes from the events
    EXPECT_EQ(settle(), std::make_pair(1, 1));
}

TEST_F(TouchInputTest, EveryOneOfManyQuickTapsClicksOnce) {
    frame();
    for (int i = 0; i < 5; ++i) tap(200, 150);
    EXPECT_EQ(settle(), std::make_pair(5, 0));
}

TEST_F(TouchInputTest, NothingStaysHoveredAfterAFingerLifts) {
    frame();
    tap(200, 150);
    settle();
    Frame after = frame();
    EXPECT_FALSE(after.hoveredA);
    EXPECT_EQ(ImGui::GetIO().MousePos.x, -FLT_MAX);
}

TEST_F(TouchInputTest, MouseKeepsHoverAfterRelease) {
    frame();
    tap(200, 150, PointerSource::Mouse);
    EXPECT_EQ(settle(), std::make_pair(1, 0));
    EXPECT_TRUE(frame().hoveredA);
}

TEST_F(TouchInputTest, PressOutsideAndReleaseOnAButtonDoesNotClick) {
    frame();
    input.push({Kind::Press, PointerSource::Touch, 700, 50});
    input.push({Kind::Move, PointerSource::Touch, 200, 150});
    input.push({Kind::Release, PointerSource::Touch, 200, 150});
    EXPECT_EQ(settle(), std::make_pair(0, 0));
}

TEST_F(TouchInputTest, MovesAloneAreFoldedIntoOneFrame) {
    frame();
    for (float x = 0; x <= 90; x += 10) input.push({Kind::Move, PointerSource::Mouse, x, 20});
    frame();
    EXPECT_FALSE(input.wantsFrame());
    EXPECT_EQ(ImGui::GetIO().MousePos.x, 90.0f);
}
