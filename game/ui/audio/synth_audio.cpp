#include "ui/audio/synth_audio.hpp"

#include <algorithm>
#include <stdexcept>

#include "ui/audio/sound_synth.hpp"

namespace chronik::ui {

SynthAudio::SynthAudio() {
    for (std::size_t i = 0; i < kEffects; ++i) {
        const auto samples = synthesize(static_cast<Sfx>(i));
        if (!buffers_[i].loadFromSamples(samples.data(), samples.size(), 1, kSynthSampleRate))
            throw std::runtime_error("cannot create sound buffer for effect " + std::to_string(i));
    }
    set_volume(1.0);
}

void SynthAudio::set_volume(double volume) {
    // Full volume is SFML's 55 of 100: the effects are meant to be subtle next to speech.
    volume_ = static_cast<float>(std::clamp(volume, 0.0, 1.0) * 55.0);
    for (auto& v : voices_)
        v.setVolume(volume_);
}

void SynthAudio::play(Sfx effect) {
    if (volume_ <= 0.f) return;
    auto& voice = voices_[next_voice_];
    next_voice_ = (next_voice_ + 1) % kVoices;
    voice.stop();
    voice.setBuffer(buffers_[static_cast<std::size_t>(effect)]);
    voice.play();
}

}  // namespace chronik::ui
