#include "KioskWindow.h"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <malloc.h>

#include <algorithm>
#include <future>
#include <vector>

#include "backends/imgui_impl_sdlrenderer.h"

namespace kiosk::ui {

namespace {
// Frames drawn after each input event: ImGui needs a frame or two to react
// (hover, release, window focus) before the screen is stable again.
constexpr int kSettleFrames = 3;
// Longest single wait: SIGTERM becomes an SDL_QUIT only when events are
// pumped, so the wait wakes now and then without drawing.
constexpr int kLongestWaitMs = 500;

using Clock = std::chrono::steady_clock;
}  // namespace

Result<std::unique_ptr<KioskWindow>, WindowError> KioskWindow::open(const WindowOptions& options) {
    // The atlas needs neither a window nor an ImGui context; no context may
    // exist while it builds (ImGui counts allocations in the current one).
    auto atlas = std::make_unique<ImFontAtlas>();
    std::future<Result<FontSet, FontLoadError>> built;
    if (!options.fontFile.empty()) {
        built = std::async(std::launch::async, [&atlas, &options] {
            return ui::loadFonts(*atlas, options.fontFile, options.textScale, 0,
                                 options.screenText);
        });
    }
    // Touch arrives as finger events plus synthetic mouse events; SDL's
    // automatic mouse capture loses touch-up events under X11 (SDL#9709).
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
    std::optional<FontSet> fonts;
    if (built.valid()) {
        auto result = built.get();
        if (!result) {
            SDL_DestroyRenderer(renderer);
            SDL_DestroyWindow(window);
            SDL_Quit();
            return fail(WindowError{result.error().message});
        }
        fonts = *result;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(atlas.get());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no layout file: the kiosk always starts the same
    io.LogFilename = nullptr;
    // Only for keys, text, wheel, focus and the clipboard: its NewFrame polls
    // the mouse and calls SDL_CaptureMouse, which kills touch under X11
    // (SDL#11469, imgui#8150), so beginFrame() does that part itself.
    ImGui_ImplSDL2_InitForSDLRenderer(window);
    ImGui_ImplSDLRenderer_Init(renderer);
    std::unique_ptr<KioskWindow> kiosk(new KioskWindow(window, renderer, atlas.release()));
    kiosk->screenText_ = options.screenText;
    if (!fonts) return kiosk;  // the caller loads them with loadFonts()
    // Built without knowing the renderer; rebuilt in the rare case it is too big.
    const int limit = kiosk->maxTextureSize();
    auto uploaded = limit > 0 && std::max(kiosk->atlas_->TexWidth, kiosk->atlas_->TexHeight) > limit
                        ? kiosk->loadFonts(options.fontFile, options.textScale)
                        : kiosk->uploadFonts(*fonts);
    if (!uploaded) return fail(WindowError{uploaded.error().message});
    return kiosk;
}

KioskWindow::KioskWindow(SDL_Window* window, SDL_Renderer* renderer, ImFontAtlas* atlas)
    : window_(window), renderer_(renderer), atlas_(atlas) {}

KioskWindow::~KioskWindow() {
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    delete atlas_;
    SDL_DestroyRenderer(renderer_);
    SDL_DestroyWindow(window_);
    SDL_Quit();
}

void KioskWindow::translatePointer(const SDL_Event& event) {
    using Kind = PointerEvent::Kind;
    switch (event.type) {
        case SDL_MOUSEMOTION:
            // Touch is taken from the finger events; skip its synthetic copy.
            if (event.motion.which == SDL_TOUCH_MOUSEID) return;
            touch_.push({Kind::Move, PointerSource::Mouse, static_cast<float>(event.motion.x),
                         static_cast<float>(event.motion.y)});
            return;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
            if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) {
                return;
            }
            touch_.push({event.type == SDL_MOUSEBUTTONDOWN ? Kind::Press : Kind::Release,
                         PointerSource::Mouse, static_cast<float>(event.button.x),
                         static_cast<float>(event.button.y)});
            return;
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION:
        case SDL_FINGERUP: {
            // One finger at a time: a second finger or a resting palm is ignored.
            if (event.type == SDL_FINGERDOWN && !touchingFinger_) {
                touchingFinger_ = event.tfinger.fingerId;
            }
            if (touchingFinger_ != event.tfinger.fingerId) return;
            int w = 0, h = 0;
            SDL_GetWindowSize(window_, &w, &h);
            const Kind kind = event.type == SDL_FINGERDOWN ? Kind::Press
                              : event.type == SDL_FINGERUP ? Kind::Release
                                                           : Kind::Move;
            if (kind == Kind::Release) touchingFinger_.reset();
            touch_.push({kind, PointerSource::Touch, event.tfinger.x * static_cast<float>(w),
                         event.tfinger.y * static_cast<float>(h)});
            return;
        }
        default:
            return;
    }
}

bool KioskWindow::waitAndPumpEvents() {
    SDL_Event event;
    bool open = true;
    bool haveEvent = false;
    if (heldKeyUp_) {
        event = *heldKeyUp_;
        heldKeyUp_.reset();
        haveEvent = true;
    } else {
        haveEvent = SDL_PollEvent(&event) == 1;
    }
    std::vector<SDL_Keycode> pressed;
    while (!haveEvent && framesToSettle_ == 0 && !touch_.wantsFrame()) {
        int waitMs = kLongestWaitMs;
        if (frameDue_) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(*frameDue_ - Clock::now());
            if (left.count() <= 0) break;
            waitMs = static_cast<int>(std::min<long long>(left.count(), kLongestWaitMs));
        }
        haveEvent = SDL_WaitEventTimeout(&event, waitMs) == 1;
    }
    while (haveEvent) {
        if (event.type == SDL_KEYUP &&
            std::ranges::find(pressed, event.key.keysym.sym) != pressed.end()) {
            heldKeyUp_ = event;
            framesToSettle_ = kSettleFrames;
            break;
        }
        if (event.type == SDL_KEYDOWN) pressed.push_back(event.key.keysym.sym);
        ImGui_ImplSDL2_ProcessEvent(&event);
        translatePointer(event);
        if (event.type == SDL_QUIT ||
            (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
             event.window.windowID == SDL_GetWindowID(window_))) {
            open = false;
        }
        framesToSettle_ = kSettleFrames;
        haveEvent = SDL_PollEvent(&event) == 1;
    }
    if (framesToSettle_ > 0) --framesToSettle_;
    frameDue_.reset();  // screens that still need time ask again while drawing
    return open;
}

void KioskWindow::requestFrameAfter(std::chrono::milliseconds delay) {
    const auto due = Clock::now() + delay;
    if (!frameDue_ || due < *frameDue_) frameDue_ = due;
}

void KioskWindow::beginFrame() {
    ImGuiIO& io = ImGui::GetIO();
    int w = 0, h = 0, pixelW = 0, pixelH = 0;
    SDL_GetWindowSize(window_, &w, &h);
    SDL_GetRendererOutputSize(renderer_, &pixelW, &pixelH);
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    if (w > 0 && h > 0) {
        io.DisplayFramebufferScale = ImVec2(static_cast<float>(pixelW) / static_cast<float>(w),
                                            static_cast<float>(pixelH) / static_cast<float>(h));
    }
    const Uint64 now = SDL_GetPerformanceCounter();
    io.DeltaTime = lastFrameCounter_ > 0 && now > lastFrameCounter_
                       ? static_cast<float>(static_cast<double>(now - lastFrameCounter_) /
                                            static_cast<double>(SDL_GetPerformanceFrequency()))
                       : 1.0f / 60.0f;
    lastFrameCounter_ = now;
    touch_.applyTo(io);
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
}

void KioskWindow::endFrame() {
    ImGui::Render();
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(clear.x * 255),
                           static_cast<Uint8>(clear.y * 255), static_cast<Uint8>(clear.z * 255),
                           255);
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

Result<FontSet, FontLoadError> KioskWindow::loadFonts(const std::filesystem::path& fontFile,
                                                      float scale) {
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    auto fonts = ui::loadFonts(*atlas_, fontFile, scale, maxTextureSize(), screenText_);
    if (!fonts) return fonts;
    return uploadFonts(*fonts);
}

Result<FontSet, FontLoadError> KioskWindow::uploadFonts(const FontSet& fonts) {
    if (!ImGui_ImplSDLRenderer_CreateFontsTexture()) {
        return fail(FontLoadError{std::string("font texture: ") + SDL_GetError()});
    }
    // The renderer holds its own copy now; the atlas's two CPU copies
    // (alpha and RGBA) would only cost memory. glibc keeps freed blocks of
    // this size in its heap unless asked: trimming saves ~28 MB resident.
    atlas_->ClearTexData();
    malloc_trim(0);
    fonts_ = fonts;
    framesToSettle_ = kSettleFrames;
    return fonts;
}

float KioskWindow::displayDpi() const {
    float diagonal = 0, horizontal = 0, vertical = 0;
    const int display = SDL_GetWindowDisplayIndex(window_);
    if (display < 0 || SDL_GetDisplayDPI(display, &diagonal, &horizontal, &vertical) != 0) return 0;
    return horizontal;
}

int KioskWindow::maxTextureSize() const {
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer_, &info) != 0) return 0;
    if (info.max_texture_width <= 0 || info.max_texture_height <= 0) return 0;
    return std::min(info.max_texture_width, info.max_texture_height);
}

}  // namespace kiosk::ui
