// Playing an input script through the game (chronik --script, tests/ui/README.md), and timing the
// frames it draws for the benchmark (--bench-frames).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/frame_stats.hpp"
#include "ui/script/input_script.hpp"
#include "ui/script/script_player.hpp"

namespace chronik::app {

class Application;

class ScriptRun {
public:
    // With `bench_frames`, the run also stops once that many frames were drawn and the game is
    // back on the home screen (where the idle figure is taken), or 2,000 drawn frames later.
    ScriptRun(ui::InputScript script, std::optional<long> bench_frames);

    // Plays frame by frame until the script ends, fails or the game quits (or the bench has its
    // frames). Returns the exit status: 1 for a failed expectation or a game that quit with steps
    // left, else 0.
    int play(Application& app);

    // The frame figures: "chronik bench", frames played and drawn, wall and CPU time per frame
    // (p50, p99) and per scene, the time to the first frame and the rasteriser setting.
    std::string bench_report(std::optional<double> first_frame_s) const;

private:
    ui::ScriptPlayer player_;
    std::optional<long> bench_frames_;
    std::vector<FrameSample> samples_;        // the drawn frames (bench only)
    std::vector<std::string> sample_scenes_;  // top scene of each sample, by index
    long frames_ = 0;                         // script frames played, drawn or not
};

}  // namespace chronik::app
