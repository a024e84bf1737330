// Frame timing for the benchmark: per-frame wall and CPU times, and their percentiles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::app {

// CPU time of the whole process (all threads: software GL renders on worker threads), in seconds.
double process_cpu_seconds();
// Monotonic wall time in seconds.
double wall_seconds();

struct FrameSample {
    double wall_ms;
    double cpu_ms;
    std::size_t scene = 0;  // index into the scene names given to describe_frames
    bool entered = false;   // the first frame of this scene after another one (a screen opened)
};

// The index of `name` in `names`, appended when new (a bench sees a dozen scenes at most).
std::size_t scene_index(std::vector<std::string>& names, std::string_view name);

// The p-th percentile (0..100) by nearest rank; 0 for no values.
double percentile(std::vector<double> values, double p);

// "frames: N  wall p50 … p99 …  cpu/frame p50 … p99 … mean …", then one line per scene (frames,
// CPU p50 and p99, wall p90 and max, and the wall p50 of the frames that entered it: the cost of
// opening that screen), slowest first, so that a slow figure says which screen it comes from.
std::string describe_frames(const std::vector<FrameSample>& samples,
                            const std::vector<std::string>& scene_names = {});

}  // namespace chronik::app
