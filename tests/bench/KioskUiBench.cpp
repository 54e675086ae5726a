// UI benchmark (not a test): font-atlas build cost, start-up to the first
// interactive frame, memory and frame times at 1920×1080 on the welcome
// screen and on a text-heavy screen. Run by ui_bench.sh under Xvfb.
//
//   kiosk_ui_bench atlas                 atlas build time and size, no window
//   kiosk_ui_bench frames SCREEN N       SCREEN: welcome | text, optionally with
//                                        -nobg (pages without their own background)
#include <SDL.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "core/MessageCatalog.h"
#include "text/KioskCharacters.h"
#include "ui/FontSet.h"
#include "ui/GlyphRanges.h"
#include "ui/KioskWindow.h"
#include "ui/Theme.h"
#include "ui/screens/WelcomeScreen.h"

namespace {

using Clock = std::chrono::steady_clock;
const auto kStart = Clock::now();
const std::filesystem::path kFont = std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts/ipaexg.ttf";

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// VmRSS or VmHWM of this process in MB.
double memoryMb(const std::string& field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) return std::stod(line.substr(field.size() + 1)) / 1024;
    }
    return 0;
}

// One atlas variant: body and heading glyph sets at a scale.
void measureAtlas(const char* name, const ImWchar* body, const ImWchar* heading, float scale) {
    ImFontAtlas atlas;
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    ImFontConfig config;
    config.OversampleH = config.OversampleV = 1;
    const auto t = Clock::now();
    atlas.AddFontFromFileTTF(kFont.c_str(), 32 * scale, &config, body);
    atlas.AddFontFromFileTTF(kFont.c_str(), 48 * scale, &config, heading);
    atlas.Build();
    const double buildMs = msSince(t);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    std::printf(
        "atlas %-44s scale %.1f: %7.1f ms, %5d x %-5d (%3.0f MB RGBA), %zu glyphs\n", name,
        static_cast<double>(scale), buildMs, w, h, w * 4.0 * h / (1 << 20),
        static_cast<std::size_t>(atlas.Fonts[0]->Glyphs.Size + atlas.Fonts[1]->Glyphs.Size));
}

int atlasBench() {
    const auto& catalog = kiosk::MessageCatalog::builtIn();
    auto t = Clock::now();
    auto body = kiosk::bodyTextCharacters(catalog);
    if (!body) {
        std::fprintf(stderr, "%s\n", body.error().message.c_str());
        return 1;
    }
    std::printf("character sets (ICU enumeration): %.1f ms, %zu body characters\n", msSince(t),
                body->size());
    const auto names = kiosk::ui::toGlyphRanges(*body);
    const auto heading = kiosk::ui::toGlyphRanges(kiosk::headingCharacters(catalog));
    ImFontAtlas scratch;
    const ImWchar* common = scratch.GetGlyphRangesJapanese();
    measureAtlas("ImGui Japanese ranges, both fonts", common, common, 1.0f);
    measureAtlas("names body + catalogue heading (chosen)", names.data(), heading.data(), 1.0f);
    measureAtlas("names body + catalogue heading (chosen)", names.data(), heading.data(), 1.4f);
    measureAtlas("names in both fonts", names.data(), names.data(), 1.0f);
    // The large-text switch as the kiosk does it: cached ranges, whole rebuild.
    ImGui::CreateContext();
    for (float scale : {1.0f, 1.4f, 1.0f}) {
        t = Clock::now();
        auto fonts = kiosk::ui::loadFonts(*ImGui::GetIO().Fonts, kFont, scale);
        std::printf("loadFonts(scale %.1f): %.1f ms%s\n", static_cast<double>(scale), msSince(t),
                    fonts ? "" : " FAILED");
    }
    ImGui::DestroyContext();
    return 0;
}

// Many lines of body text: every catalogue message and a column of names.
void drawTextHeavyScreen(kiosk::Language lang, const kiosk::ui::FontSet& fonts) {
    const auto& catalog = kiosk::MessageCatalog::builtIn();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("text", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(catalog.text(lang, "welcome.heading").c_str());
    ImGui::PopFont();
    ImGui::Columns(2, nullptr, false);
    for (const auto& key : catalog.keys(lang)) {
        ImGui::TextWrapped("%s", catalog.text(lang, key).c_str());
    }
    ImGui::NextColumn();
    for (int i = 0; i < 40; ++i) {
        ImGui::Text("髙橋 﨑子 渡邉 齋藤 澤田 濱田 德川 佐々木 %02d", i);
        if (ImGui::Button("なおす", ImVec2(0, 60))) std::printf("pressed\n");
    }
    ImGui::Columns(1);
    ImGui::End();
}

int framesBench(const std::string& screen, int frames) {
    auto window = kiosk::ui::KioskWindow::open({"kiosk_ui_bench", 1920, 1080, false, kFont});
    if (!window) {
        std::fprintf(stderr, "%s\n", window.error().message.c_str());
        return 1;
    }
    std::printf("window open with fonts: %.0f ms, resident %.0f MB\n", msSince(kStart),
                memoryMb("VmRSS"));
    const kiosk::ui::FontSet* fonts = &(*window)->fonts();
    const auto theme = kiosk::ui::makeTheme({.displayDpi = (*window)->displayDpi()});
    kiosk::ui::applyTheme(theme, ImGui::GetStyle());
    // What ImGuiWindowFlags_NoBackground on full-screen pages would give: the
    // renderer's clear colour paints the page, saving one blended 1080p quad.
    const std::string suffix = "-nobg";
    const bool noBackground = screen.ends_with(suffix);
    if (noBackground) ImGui::GetStyle().Colors[ImGuiCol_WindowBg].w = 0;
    const std::string page =
        noBackground ? screen.substr(0, screen.size() - suffix.size()) : screen;
    kiosk::ui::ScreenContext context{kiosk::Language::Japanese, *fonts, theme.touchTargetPx};
    std::vector<double> frameMs, drawMs, presentMs;
    for (int i = 0; i < frames; ++i) {
        (*window)->requestFrameAfter(std::chrono::milliseconds(0));
        if (!(*window)->waitAndPumpEvents()) break;
        const auto t = Clock::now();
        (*window)->beginFrame();
        if (page == "text") {
            drawTextHeavyScreen(kiosk::Language::Japanese, *fonts);
        } else {
            kiosk::ui::drawWelcomeScreen(context, {});
        }
        (*window)->endFrame();
        drawMs.push_back(msSince(t));
        const auto presenting = Clock::now();
        (*window)->present();
        presentMs.push_back(msSince(presenting));
        frameMs.push_back(msSince(t));
        if (i == 0) {
            std::printf("start to first frame: %.0f ms (target < 1000)\n", msSince(kStart));
            SDL_RendererInfo info{};
            SDL_GetRendererInfo(SDL_GetRenderer(SDL_GetWindowFromID(1)), &info);
            std::printf("renderer %s, max texture size %d, display dpi %.0f\n",
                        info.name ? info.name : "?", (*window)->maxTextureSize(),
                        static_cast<double>((*window)->displayDpi()));
        }
    }
    std::printf("resident memory: %.0f MB now, %.0f MB peak (target < 200)\n", memoryMb("VmRSS"),
                memoryMb("VmHWM"));
    for (auto* times : {&frameMs, &drawMs, &presentMs}) std::sort(times->begin(), times->end());
    auto at = [](const std::vector<double>& sorted, double q) {
        const auto rank = static_cast<std::size_t>(q * static_cast<double>(sorted.size()));
        return sorted[std::min(sorted.size() - 1, rank)];
    };
    std::printf(
        "frame time %s 1920x1080 over %zu frames: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
        "(target p99 < 16)\n",
        screen.c_str(), frameMs.size(), at(frameMs, 0.5), at(frameMs, 0.99), frameMs.back());
    std::printf(
        "  of which ImGui + render p50 %.2f / p99 %.2f ms, present p50 %.2f / p99 %.2f ms\n",
        at(drawMs, 0.5), at(drawMs, 0.99), at(presentMs, 0.5), at(presentMs, 0.99));
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "atlas") return atlasBench();
    if (mode == "frames" && argc == 4) return framesBench(argv[2], std::stoi(argv[3]));
    std::fprintf(stderr, "usage: kiosk_ui_bench atlas | frames welcome|text[-nobg] N\n");
    return 2;
}
