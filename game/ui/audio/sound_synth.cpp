#include "ui/audio/sound_synth.hpp"

#include <algorithm>
#include <cmath>

namespace chronik::ui {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Tone {
    double start_s;   // onset within the effect
    double length_s;  // duration of this tone
    double freq_hz;   // start frequency
    double glide_hz;  // frequency change over the tone (chirps)
    double level;     // 0..1 of the effect's peak
};

// Soft attack, exponential decay: short tones that do not click.
double envelope(double t, double length) {
    const double attack = std::min(0.006, length * 0.2);
    if (t < 0 || t > length) return 0;
    const double a = t < attack ? t / attack : 1.0;
    const double d = std::exp(-5.0 * t / length);
    const double tail = std::min(1.0, (length - t) / 0.004);  // fade the last 4 ms to zero
    return a * d * tail;
}

std::vector<Tone> tones_of(Sfx effect) {
    switch (effect) {
        case Sfx::Move:
            return {{0.0, 0.045, 1320, 0, 0.35}};
        case Sfx::Select:
            return {{0.0, 0.09, 660, 0, 0.6}, {0.05, 0.12, 990, 0, 0.5}};
        case Sfx::Back:
            return {{0.0, 0.10, 740, -220, 0.5}};
        case Sfx::Correct:
            return {
                {0.0, 0.12, 784, 0, 0.55}, {0.07, 0.14, 988, 0, 0.5}, {0.14, 0.22, 1175, 0, 0.45}};
        case Sfx::Wrong:
            return {{0.0, 0.18, 300, -60, 0.55}, {0.09, 0.2, 240, -40, 0.45}};
        case Sfx::Open:
            return {{0.0, 0.16, 520, 260, 0.4}};
    }
    return {};
}

}  // namespace

std::vector<std::int16_t> synthesize(Sfx effect, unsigned sample_rate) {
    const auto tones = tones_of(effect);
    double total = 0;
    for (const auto& t : tones)
        total = std::max(total, t.start_s + t.length_s);
    const auto n = static_cast<std::size_t>(total * sample_rate) + 1;
    std::vector<double> mix(n, 0.0);
    std::uint32_t noise = 0x12345678u;  // xorshift: a breath of noise gives the tones a soft edge
    for (const auto& tone : tones) {
        double phase = 0;
        const auto first = static_cast<std::size_t>(tone.start_s * sample_rate);
        const auto count = static_cast<std::size_t>(tone.length_s * sample_rate);
        for (std::size_t i = 0; i < count && first + i < n; ++i) {
            const double t = static_cast<double>(i) / sample_rate;
            const double f = tone.freq_hz + tone.glide_hz * (t / tone.length_s);
            phase += 2 * kPi * f / sample_rate;
            noise ^= noise << 13;
            noise ^= noise >> 17;
            noise ^= noise << 5;
            const double hiss = (static_cast<double>(noise) / 4294967295.0 - 0.5) * 0.04;
            const double s = std::sin(phase) + 0.18 * std::sin(2 * phase) + hiss;
            mix[first + i] += tone.level * envelope(t, tone.length_s) * s;
        }
    }
    constexpr double kPeak = 0.28 * 32767;  // subtle: about -11 dBFS at most
    double max_abs = 1e-9;
    for (double v : mix)
        max_abs = std::max(max_abs, std::abs(v));
    std::vector<std::int16_t> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<std::int16_t>(std::lround(mix[i] / max_abs * kPeak));
    return out;
}

}  // namespace chronik::ui
