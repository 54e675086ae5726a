#pragma once
// Drives Dear ImGui frames without SDL or a window, for widget and screen
// tests: owns a context with the kiosk's fonts, runs frames of a draw
// callback, and taps like a finger does through the 1.86 SDL backend
// (press and release at one spot, then the pointer leaves: LIBRARY-NOTES.md,
// stuck hover after lift).
//
//   ImGuiFrameHarness h;
//   h.frame([&] { ImGuiFrameHarness::fullScreenWindow("t", [&] { drawPad(state); }); });
//   h.tapOn("7");                        // a widget's touchButton, by id
//   h.tapAt(h.recorded("ok")->centre()); // an item recorded with h.record("ok")
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/FontSet.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::test {

class ImGuiFrameHarness {
public:
    static constexpr float kFrameSeconds = 1.0f / 60.0f;

    // `textScale`: the fonts' size factor, 1 or large text's (ui::kLargeTextScale).
    explicit ImGuiFrameHarness(ImVec2 displaySize = ImVec2(1920, 1080), float textScale = 1.0f)
        : typeface_(sharedTypeface(textScale)) {
        ImGui::CreateContext(&typeface_.atlas);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = displaySize;
        io.DeltaTime = kFrameSeconds;
        ui::setTouchTargetLog(&targets_);
    }
    ~ImGuiFrameHarness() {
        ui::setTouchTargetLog(nullptr);
        ImGui::DestroyContext();
    }
    ImGuiFrameHarness(const ImGuiFrameHarness&) = delete;
    ImGuiFrameHarness& operator=(const ImGuiFrameHarness&) = delete;

    // The bundled IPAex Gothic at body and heading sizes (body is the default).
    const ui::FontSet& fonts() const { return typeface_.fonts; }

    // Runs one frame of `draw`; it becomes the scene that later frames,
    // taps and drags replay.
    void frame(std::function<void()> draw) {
        scene_ = std::move(draw);
        frame();
    }
    // Runs one frame of the current scene with the current pointer state.
    void frame() {
        targets_.clear();
        recorded_.clear();
        ImGui::NewFrame();
        if (scene_) scene_();
        ImGui::Render();
        shownText_.reset();
    }
    // The characters drawn in the last frame, read back from the glyph quads
    // in the draw lists (no spaces: a space draws nothing), a line break
    // where a new line of text starts: what the patient can read.
    const std::string& shownText() {
        if (!shownText_) shownText_ = glyphsDrawn(typeface_.glyphByCorner());
        return *shownText_;
    }
    // The text of the last frame outside every touch target: the paragraphs,
    // without the labels of keys and buttons.
    std::string textBesideTargets() {
        const auto onATarget = [this](ImVec2 at) {
            for (const auto& target : targets_.targets()) {
                if (at.x >= target.min.x && at.x <= target.max.x && at.y >= target.min.y &&
                    at.y <= target.max.y) {
                    return true;
                }
            }
            return false;
        };
        return glyphsDrawn(typeface_.glyphByCorner(), onATarget);
    }
    // Whether `text` can be read in the last frame, also where it was
    // broken over lines.
    bool shows(std::string_view text) {
        std::string wanted(text);
        std::erase(wanted, ' ');
        std::string read = shownText();
        std::erase(read, '\n');
        return read.find(wanted) != std::string::npos;
    }
    void frames(int count) {
        for (int i = 0; i < count; ++i) frame();
    }

    // Pointer primitives, one frame each.
    void press(ImVec2 at) {
        ImGui::GetIO().MousePos = at;
        ImGui::GetIO().MouseDown[0] = true;
        frame();
    }
    void moveTo(ImVec2 at) {
        ImGui::GetIO().MousePos = at;
        frame();
    }
    void release() {
        ImGui::GetIO().MouseDown[0] = false;
        frame();
    }
    // The finger is lifted: the pointer leaves the window, as the kiosk's
    // event loop does one frame after a release.
    void leave() {
        ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        frame();
    }

    // A tap as touch arrives: down at `at` (no hover frame before), up the
    // next frame at the same spot, then the pointer leaves. Three frames.
    void tapAt(ImVec2 at) {
        press(at);
        release();
        leave();
    }
    // Taps the centre of the recorded item or touchButton called `id` in the
    // last frame; fails the test when there is none.
    void tapOn(std::string_view id) {
        auto rect = itemRect(id);
        ASSERT_TRUE(rect) << "no item \"" << id << "\" in the last frame";
        tapAt(rect->centre());
    }
    // Down at the first point, through the others one frame each, then up and away.
    void dragThrough(const std::vector<ImVec2>& points) {
        if (points.empty()) return;
        press(points.front());
        for (std::size_t i = 1; i < points.size(); ++i) moveTo(points[i]);
        release();
        leave();
    }

    // Inside the draw callback: remembers the last item's rectangle as `name`.
    void record(const std::string& name) {
        recorded_[name] =
            ui::TouchTarget{name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true, true, ""};
    }
    // A recorded item, else a touchButton with this id, in the last frame.
    std::optional<ui::TouchTarget> itemRect(std::string_view id) const {
        if (auto it = recorded_.find(id); it != recorded_.end()) return it->second;
        if (const ui::TouchTarget* target = targets_.find(id)) return *target;
        return std::nullopt;
    }
    // Every touchButton drawn in the last frame, in drawing order.
    const std::vector<ui::TouchTarget>& touchTargets() const { return targets_.targets(); }

    // A borderless window covering the display, for drawing widgets in.
    static void fullScreenWindow(const char* name, const std::function<void()>& draw) {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin(name, nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        draw();
        ImGui::End();
    }

private:
    // A glyph quad is four vertices whose first and third carry the glyph's
    // UV corners; each font of the atlas has its own UVs.
    using GlyphCorners = std::map<std::pair<float, float>, const ImFontGlyph*>;
    static std::string glyphsDrawn(const GlyphCorners& byCorner,
                                   const std::function<bool(ImVec2)>& skipAt = nullptr) {
        std::string text;
        float lineY = -FLT_MAX;
        float lastRight = -FLT_MAX;
        float lastPenEnd = -FLT_MAX;  // where the glyph before moved the pen to
        const ImDrawData* data = ImGui::GetDrawData();
        for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l) {
            const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
            for (int i = 0; i + 3 < v.Size; ++i) {
                auto it = byCorner.find({v[i].uv.x, v[i].uv.y});
                if (it == byCorner.end() || v[i + 2].uv.x != it->second->U1 ||
                    v[i + 2].uv.y != it->second->V1) {
                    continue;
                }
                // Glyph centres stay near the line's middle (ー, ゃ included);
                // lines are 32 px or more apart.
                const float centreY = (v[i].pos.y + v[i + 2].pos.y) / 2;
                if (skipAt && skipAt(ImVec2((v[i].pos.x + v[i + 2].pos.x) / 2, centreY))) {
                    i += 3;
                    continue;
                }
                // A glyph right after the one before it continues its line
                // however low it sits (、。, in large text), also after a
                // glyph drawn in part of its box (」).
                const ImFontGlyph& glyph = *it->second;
                const bool next = v[i].pos.x >= lastRight - 2.0f &&
                                  v[i].pos.x <= std::max(lastRight, lastPenEnd) + 24.0f &&
                                  std::abs(centreY - lineY) < 48.0f;
                if (!next && std::abs(centreY - lineY) > 16.0f) {
                    if (!text.empty()) text += '\n';
                    lineY = centreY;
                }
                lastRight = v[i + 2].pos.x;
                const float drawnScale = glyph.X1 > glyph.X0
                                             ? (v[i + 2].pos.x - v[i].pos.x) / (glyph.X1 - glyph.X0)
                                             : 1.0f;
                lastPenEnd = v[i].pos.x + (glyph.AdvanceX - glyph.X0) * drawnScale;
                char utf8[5];
                text += ImTextCharToUtf8(utf8, glyph.Codepoint);
                i += 3;
            }
        }
        return text;
    }

    // Building the Japanese atlas takes a noticeable fraction of a second:
    // every harness of one text size in a test binary shares one.
    struct Typeface {
        ImFontAtlas atlas;
        ui::FontSet fonts;
        GlyphCorners corners;  // built on first use

        const GlyphCorners& glyphByCorner() {
            if (corners.empty()) {
                for (ImFont* font : atlas.Fonts) {
                    for (const ImFontGlyph& glyph : font->Glyphs) {
                        if (glyph.Visible) corners[{glyph.U0, glyph.V0}] = &glyph;
                    }
                }
            }
            return corners;
        }
    };
    static Typeface& sharedTypeface(float textScale) {
        static std::map<float, Typeface> byScale;
        auto [it, created] = byScale.try_emplace(textScale);
        if (created) {
            auto loaded = ui::loadFonts(
                it->second.atlas, std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts/ipaexg.ttf",
                textScale);
            if (!loaded) ADD_FAILURE() << loaded.error().message;
            if (loaded) it->second.fonts = *loaded;
        }
        return it->second;
    }

    Typeface& typeface_;
    std::function<void()> scene_;
    std::optional<std::string> shownText_;  // read back on demand
    ui::TouchTargetLog targets_;
    std::map<std::string, ui::TouchTarget, std::less<>> recorded_;
};

}  // namespace kiosk::test
