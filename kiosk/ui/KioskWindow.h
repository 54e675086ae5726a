#pragma once
// The SDL2 window, its renderer and the Dear ImGui context, owned together so
// that they are created and torn down in the right order.
#include <SDL_events.h>
#include <SDL_stdinc.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "FontSet.h"
#include "TouchInput.h"
#include "core/Result.h"

struct SDL_Window;
struct SDL_Renderer;
union SDL_Event;
struct ImFontAtlas;

namespace kiosk::ui {

struct WindowOptions {
    std::string title;
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
    // When given, the fonts are built on a worker thread while SDL and the
    // renderer start (tests/bench/ui_bench.sh); otherwise call loadFonts().
    std::filesystem::path fontFile{};
    float textScale = 1.0f;
    std::string screenText{};  // see ui::loadFonts; kept for every reload
};

struct WindowError {
    std::string message;  // a missing or unusable font is reported here too
};

class KioskWindow {
public:
    static Result<std::unique_ptr<KioskWindow>, WindowError> open(const WindowOptions& options);
    ~KioskWindow();
    KioskWindow(const KioskWindow&) = delete;
    KioskWindow& operator=(const KioskWindow&) = delete;

    // Feeds pending input to ImGui. Blocks while nothing happens, so an idle
    // kiosk uses no CPU: after input a few frames are drawn to let ImGui
    // settle, then it waits for the next event or requested frame. Returns
    // false once the window is asked to close (window manager, SIGTERM, SIGINT).
    bool waitAndPumpEvents();
    // Asks for a frame after `delay` even without input: countdowns and idle
    // timers call this every frame they are shown. The earliest request wins;
    // with none, an idle screen draws nothing at all.
    void requestFrameAfter(std::chrono::milliseconds delay);

    void beginFrame();
    // Renders the frame into the back buffer; present() shows it.
    void endFrame();
    void present();
    // Writes the rendered frame as BMP; call after endFrame(), before present().
    Status<WindowError> saveScreenshot(const std::filesystem::path& bmp);

    // The fonts last loaded (empty before the first load).
    const FontSet& fonts() const { return fonts_; }
    // Rebuilds the fonts within the renderer's texture limit and uploads
    // them; the CPU copy of the atlas is freed. This is the large-text
    // switch: call between frames (after present(), before beginFrame()).
    Result<FontSet, FontLoadError> loadFonts(const std::filesystem::path& fontFile, float scale);
    // Horizontal pixel density the display reports; 0 when unknown.
    float displayDpi() const;
    // The renderer's largest texture side in pixels; 0 when unlimited.
    int maxTextureSize() const;

private:
    KioskWindow(SDL_Window* window, SDL_Renderer* renderer, ImFontAtlas* atlas);
    void translatePointer(const SDL_Event& event);
    Result<FontSet, FontLoadError> uploadFonts(const FontSet& fonts);
    SDL_Window* window_;
    SDL_Renderer* renderer_;
    ImFontAtlas* atlas_;  // shared with the ImGui context, which does not own it
    FontSet fonts_;
    std::string screenText_;
    TouchInput touch_;
    std::optional<Sint64> touchingFinger_;  // the finger being followed
    std::optional<std::chrono::steady_clock::time_point> frameDue_;
    Uint64 lastFrameCounter_ = 0;
    int framesToSettle_ = 3;
    // A key released in the same batch of events as it was pressed (a quick
    // tap, xdotool): ImGui 1.86 reads keys as held-or-not at each frame, so
    // the release waits for the next batch and the press is seen.
    std::optional<SDL_Event> heldKeyUp_;
};

}  // namespace kiosk::ui
