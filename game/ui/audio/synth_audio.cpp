#include "ui/audio/synth_audio.hpp"

#include <stdexcept>

#include "ui/audio/sound_synth.hpp"

namespace chronik::ui {

SynthAudio::SynthAudio() {
    for (std::size_t i = 0; i < kEffects; ++i) {
        const auto samples = synthesize(static_cast<Sfx>(i));
        if (!buffers_[i].loadFromSamples(samples.data(), samples.size(), 1, kSynthSampleRate))
            throw std::runtime_error("cannot create sound buffer for effect " + std::to_string(i));
    }
    for (auto& v : voices_)
        v.setVolume(55.f);
}

void SynthAudio::play(Sfx effect) {
    auto& voice = voices_[next_voice_];
    next_voice_ = (next_voice_ + 1) % kVoices;
    voice.stop();
    voice.setBuffer(buffers_[static_cast<std::size_t>(effect)]);
    voice.play();
}

}  // namespace chronik::ui
