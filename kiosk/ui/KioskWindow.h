#pragma once
// The SDL2 window, its renderer and the Dear ImGui context, owned together so
// that they are created and torn down in the right order.
#include <filesystem>
#include <memory>
#include <string>

#include "core/Result.h"

struct SDL_Window;
struct SDL_Renderer;

namespace kiosk::ui {

struct WindowOptions {
    std::string title;
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
};

struct WindowError {
    std::string message;
};

class KioskWindow {
public:
    static Result<std::unique_ptr<KioskWindow>, WindowError> open(const WindowOptions& options);
    ~KioskWindow();
    KioskWindow(const KioskWindow&) = delete;
    KioskWindow& operator=(const KioskWindow&) = delete;

    // Feeds pending input to ImGui. Blocks while nothing happens, so an idle
    // kiosk uses no CPU: after input a few frames are drawn to let ImGui
    // settle, then it waits again. Returns false once the window is asked to
    // close (window manager, SIGTERM, SIGINT).
    bool waitAndPumpEvents();
    void beginFrame();
    // Renders the frame into the back buffer; present() shows it.
    void endFrame();
    void present();
    // Writes the rendered frame as BMP; call after endFrame(), before present().
    Status<WindowError> saveScreenshot(const std::filesystem::path& bmp);

private:
    KioskWindow(SDL_Window* window, SDL_Renderer* renderer);
    SDL_Window* window_;
    SDL_Renderer* renderer_;
    int framesToSettle_ = 3;
};

}  // namespace kiosk::ui
