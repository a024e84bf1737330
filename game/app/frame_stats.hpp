// Frame timing for the benchmark: per-frame wall and CPU times, and their percentiles.
#pragma once

#include <string>
#include <vector>

namespace chronik::app {

// CPU time of the whole process (all threads: software GL renders on worker threads), in seconds.
double process_cpu_seconds();
// Monotonic wall time in seconds.
double wall_seconds();

struct FrameSample {
    double wall_ms;
    double cpu_ms;
};

// The p-th percentile (0..100) by nearest rank; 0 for no values.
double percentile(std::vector<double> values, double p);

// "frames: N  wall p50 … p99 …  cpu/frame p50 … p99 … mean …"
std::string describe_frames(const std::vector<FrameSample>& samples);

}  // namespace chronik::app
