#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include "ui/audio/sound_synth.hpp"

using namespace chronik::ui;

TEST_CASE("every effect is a short, quiet, deterministic sound that starts and ends near silence") {
    for (Sfx fx : {Sfx::Move, Sfx::Select, Sfx::Back, Sfx::Correct, Sfx::Wrong, Sfx::Open}) {
        const auto a = synthesize(fx);
        CHECK(a == synthesize(fx));
        CHECK(a.size() > kSynthSampleRate / 50);  // longer than 20 ms
        CHECK(a.size() < kSynthSampleRate / 2);   // shorter than half a second
        int peak = 0;
        for (auto s : a)
            peak = std::max(peak, std::abs(static_cast<int>(s)));
        CHECK(peak > 3000);   // audible
        CHECK(peak < 10000);  // subtle: well below full scale
        CHECK(std::abs(static_cast<int>(a.front())) < 500);
        CHECK(std::abs(static_cast<int>(a.back())) < 500);
    }
    CHECK(synthesize(Sfx::Correct) != synthesize(Sfx::Wrong));
}
