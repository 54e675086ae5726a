#include "Chime.h"

namespace kiosk::ui {

Result<std::unique_ptr<Chime>, ChimeError> Chime::open(const std::filesystem::path& wavFile) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        return fail(ChimeError{std::string("no audio: ") + SDL_GetError()});
    }
    SDL_AudioSpec spec{};
    std::uint8_t* samples = nullptr;
    std::uint32_t length = 0;
    if (SDL_LoadWAV(wavFile.c_str(), &spec, &samples, &length) == nullptr) {
        return fail(ChimeError{wavFile.string() + ": " + SDL_GetError()});
    }
    // Played as the file is: no callback, the samples are queued.
    spec.callback = nullptr;
    const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &spec, nullptr, 0);
    if (device == 0) {
        SDL_FreeWAV(samples);
        return fail(ChimeError{std::string("no audio device: ") + SDL_GetError()});
    }
    return std::unique_ptr<Chime>(new Chime(device, samples, length));
}

Chime::Chime(SDL_AudioDeviceID device, std::uint8_t* samples, std::uint32_t length)
    : device_(device), samples_(samples), length_(length) {}

Chime::~Chime() {
    SDL_CloseAudioDevice(device_);
    SDL_FreeWAV(samples_);
}

void Chime::play() {
    SDL_ClearQueuedAudio(device_);
    if (SDL_QueueAudio(device_, samples_, length_) == 0) SDL_PauseAudioDevice(device_, 0);
}

}  // namespace kiosk::ui
