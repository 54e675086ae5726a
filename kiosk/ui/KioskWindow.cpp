#include "KioskWindow.h"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include "backends/imgui_impl_sdlrenderer.h"

namespace kiosk::ui {

namespace {
// Frames drawn after each input event: ImGui needs a frame or two to react
// (hover, release, window focus) before the screen is stable again.
constexpr int kSettleFrames = 3;
// Upper bound on a wait, so timers (idle reset, countdowns) still tick.
constexpr int kIdleWaitMs = 250;
}  // namespace

Result<std::unique_ptr<KioskWindow>, WindowError> KioskWindow::open(const WindowOptions& options) {
    // Touch arrives as synthetic mouse events; SDL's automatic mouse capture
    // loses touch-up events under X11 (SDL#9709), so it stays off.
    SDL_SetHint(SDL_HINT_MOUSE_AUTO_CAPTURE, "0");
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
        return fail(WindowError{std::string("cannot start SDL video: ") + SDL_GetError() +
                                " (no display? run under Xvfb: see README)"});
    }
    Uint32 flags = SDL_WINDOW_SHOWN | SDL_WINDOW_ALLOW_HIGHDPI;
    if (options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_Window* window =
        SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                         options.width, options.height, flags);
    if (window == nullptr) {
        std::string why = SDL_GetError();
        SDL_Quit();
        return fail(WindowError{"cannot open window: " + why});
    }
    SDL_Renderer* renderer =
        SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (renderer == nullptr) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
    if (renderer == nullptr) {
        std::string why = SDL_GetError();
        SDL_DestroyWindow(window);
        SDL_Quit();
        return fail(WindowError{"cannot create renderer: " + why});
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no layout file: the kiosk always starts the same
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForSDLRenderer(window);
    ImGui_ImplSDLRenderer_Init(renderer);
    return std::unique_ptr<KioskWindow>(new KioskWindow(window, renderer));
}

KioskWindow::KioskWindow(SDL_Window* window, SDL_Renderer* renderer)
    : window_(window), renderer_(renderer) {}

KioskWindow::~KioskWindow() {
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_DestroyRenderer(renderer_);
    SDL_DestroyWindow(window_);
    SDL_Quit();
}

bool KioskWindow::waitAndPumpEvents() {
    SDL_Event event;
    bool haveEvent = framesToSettle_ > 0 ? SDL_PollEvent(&event) == 1
                                         : SDL_WaitEventTimeout(&event, kIdleWaitMs) == 1;
    bool open = true;
    while (haveEvent) {
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_QUIT ||
            (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
             event.window.windowID == SDL_GetWindowID(window_))) {
            open = false;
        }
        framesToSettle_ = kSettleFrames;
        haveEvent = SDL_PollEvent(&event) == 1;
    }
    if (framesToSettle_ > 0) --framesToSettle_;
    return open;
}

void KioskWindow::beginFrame() {
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void KioskWindow::endFrame() {
    ImGui::Render();
    SDL_SetRenderDrawColor(renderer_, 255, 255, 255, 255);
    SDL_RenderClear(renderer_);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

void KioskWindow::present() {
    SDL_RenderPresent(renderer_);
}

Status<WindowError> KioskWindow::saveScreenshot(const std::filesystem::path& bmp) {
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(renderer_, &w, &h);
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (surface == nullptr) return fail(WindowError{std::string("screenshot: ") + SDL_GetError()});
    bool ok = SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_ARGB8888, surface->pixels,
                                   surface->pitch) == 0 &&
              SDL_SaveBMP(surface, bmp.c_str()) == 0;
    std::string why = ok ? "" : SDL_GetError();
    SDL_FreeSurface(surface);
    if (!ok) return fail(WindowError{"screenshot " + bmp.string() + ": " + why});
    return Done{};
}

}  // namespace kiosk::ui
