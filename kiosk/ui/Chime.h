#pragma once
// The staff-call chime (issue 10 item 6): a short WAV played through SDL's
// audio. A kiosk without a sound device still works; it says so once at
// start-up instead.
#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "core/Result.h"

namespace kiosk::ui {

struct ChimeError {
    std::string message;  // why there is no sound, for the log
};

class Chime {
public:
    static Result<std::unique_ptr<Chime>, ChimeError> open(const std::filesystem::path& wavFile);
    ~Chime();
    Chime(const Chime&) = delete;
    Chime& operator=(const Chime&) = delete;

    // Starts the chime from its beginning; returns at once.
    void play();

private:
    Chime(SDL_AudioDeviceID device, std::uint8_t* samples, std::uint32_t length);

    SDL_AudioDeviceID device_;
    std::uint8_t* samples_;  // owned; SDL_FreeWAV
    std::uint32_t length_;
};

}  // namespace kiosk::ui
