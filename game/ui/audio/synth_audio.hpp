// Audio that plays the synthesised effects through SFML (OpenAL); made only when sound is wanted.
#pragma once

#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>

#include <array>

#include "ui/audio/audio.hpp"

namespace chronik::ui {

class SynthAudio final : public Audio {
public:
    // Synthesises every effect into a buffer; throws std::runtime_error if a buffer cannot be made.
    SynthAudio();
    void play(Sfx effect) override;
    void set_volume(double volume) override;

private:
    static constexpr std::size_t kEffects = 6;
    static constexpr std::size_t kVoices = 6;  // overlapping effects; the oldest voice is reused
    std::array<sf::SoundBuffer, kEffects> buffers_;
    std::array<sf::Sound, kVoices> voices_;
    std::size_t next_voice_ = 0;
    float volume_ = 55.f;  // SFML's scale, 0..100
};

}  // namespace chronik::ui
