#include "app/script_run.hpp"

#include <cstdio>
#include <iostream>
#include <sstream>

#include "app/application.hpp"
#include "app/software_gl.hpp"
#include "io/log/logging.hpp"

namespace chronik::app {

ScriptRun::ScriptRun(ui::InputScript script, std::optional<long> bench_frames)
    : player_(std::move(script)), bench_frames_(bench_frames) {}

int ScriptRun::play(Application& app) {
    const long bench = bench_frames_.value_or(0);
    bool first = true;
    while (!app.quit_requested()) {
        const auto frame = app.play_script_frame(player_, first);
        first = false;
        // Taken before a script's screenshot is saved: encoding a PNG is not a frame's work.
        if (bench && frame.drawn) {
            const auto scene = scene_index(sample_scenes_, app.top_scene());
            const bool entered = samples_.empty() || samples_.back().scene != scene;
            samples_.push_back({frame.wall_ms, frame.cpu_ms, scene, entered});
        }
        app.save_screenshots();
        ++frames_;
        if (frame.state != ui::ScriptState::Running) break;
        // The idle figure is taken on the home screen: play on until the script is back there.
        const auto drawn = static_cast<long>(samples_.size());
        if (bench && drawn >= bench && (app.top_scene() == "home" || drawn >= bench + 2000)) break;
    }
    if (player_.state() == ui::ScriptState::Failed) {
        std::cerr << "chronik: script failed: " << player_.failure() << "\n";
        io::log_error("script failed: " + player_.failure());
        return 1;
    }
    if (player_.state() == ui::ScriptState::Running && !player_.at_end() && !bench) {
        std::cerr << "chronik: script stopped early: the game quit after "
                  << player_.frames_played() << " frames with steps left\n";
        return 1;
    }
    return 0;
}

std::string ScriptRun::bench_report(std::optional<double> first_frame_s) const {
    std::ostringstream out;
    out << "chronik bench\n"
        << "script frames: " << frames_
        << " (drawn only while something moves or after input, as in normal play)\n"
        << describe_frames(samples_, sample_scenes_) << "\n";
    char line[80];
    std::snprintf(line, sizeof line, "start to first interactive frame: %.1f ms\n",
                  first_frame_s.value_or(0) * 1000);
    out << line;
    // Under software GL the figures depend on how many threads rasterise (app/software_gl.hpp).
    out << "software GL rasteriser threads: " << rasteriser_threads_setting() << "\n";
    return out.str();
}

}  // namespace chronik::app
