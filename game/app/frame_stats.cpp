#include "app/frame_stats.hpp"

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace chronik::app {

double process_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double wall_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto rank =
        static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

std::string describe_frames(const std::vector<FrameSample>& samples) {
    std::vector<double> wall, cpu;
    double cpu_sum = 0;
    for (const auto& s : samples) {
        wall.push_back(s.wall_ms);
        cpu.push_back(s.cpu_ms);
        cpu_sum += s.cpu_ms;
    }
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "frames: %zu\nframe wall time: p50 %.2f ms  p99 %.2f ms  max %.2f ms\n"
                  "frame CPU time (process, all threads): p50 %.2f ms  p99 %.2f ms  mean %.2f ms",
                  samples.size(), percentile(wall, 50), percentile(wall, 99), percentile(wall, 100),
                  percentile(cpu, 50), percentile(cpu, 99),
                  samples.empty() ? 0.0 : cpu_sum / static_cast<double>(samples.size()));
    return buf;
}

}  // namespace chronik::app
