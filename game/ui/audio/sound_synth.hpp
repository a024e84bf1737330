// Synthesises the short effects (sine tones and noise under envelopes) as 16-bit mono samples.
#pragma once

#include <cstdint>
#include <vector>

#include "ui/audio/audio.hpp"

namespace chronik::ui {

inline constexpr unsigned kSynthSampleRate = 44100;

// Deterministic: the same effect always gives the same samples. Peak level stays well
// below full scale so that effects stay subtle next to a music player.
std::vector<std::int16_t> synthesize(Sfx effect, unsigned sample_rate = kSynthSampleRate);

}  // namespace chronik::ui
