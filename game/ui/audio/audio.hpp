// Sound effects behind one interface: synthesised sounds, or silence (--no-audio never touches
// OpenAL).
#pragma once

namespace chronik::ui {

enum class Sfx { Move, Select, Back, Correct, Wrong, Open };

class Audio {
public:
    virtual ~Audio() = default;
    virtual void play(Sfx effect) = 0;
    // 0 (silent) .. 1 (full); effects already playing keep their volume.
    virtual void set_volume(double volume) { (void)volume; }
};

class SilentAudio final : public Audio {
public:
    void play(Sfx) override {}
};

}  // namespace chronik::ui
