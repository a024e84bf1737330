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

std::size_t scene_index(std::vector<std::string>& names, std::string_view name) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return i;
    names.emplace_back(name);
    return names.size() - 1;
}

std::string describe_frames(const std::vector<FrameSample>& samples,
                            const std::vector<std::string>& scene_names) {
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
    std::string out = buf;
    struct Row {
        std::string_view name;
        std::size_t frames;
        double p50, p99;
        // Wall time: a frame that waited on work (a plan computed on the UI thread) shows here.
        double wall_p90, wall_max;
        std::size_t entries;
        double enter_p50;  // wall time of the frames that entered the scene
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < scene_names.size(); ++i) {
        std::vector<double> scene_cpu, scene_wall, enter_wall;
        for (const auto& s : samples)
            if (s.scene == i) {
                scene_cpu.push_back(s.cpu_ms);
                scene_wall.push_back(s.wall_ms);
                if (s.entered) enter_wall.push_back(s.wall_ms);
            }
        if (!scene_cpu.empty())
            rows.push_back({scene_names[i], scene_cpu.size(), percentile(scene_cpu, 50),
                            percentile(scene_cpu, 99), percentile(scene_wall, 90),
                            percentile(scene_wall, 100), enter_wall.size(),
                            percentile(enter_wall, 50)});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.p99 > b.p99; });
    for (const auto& r : rows) {
        std::snprintf(buf, sizeof buf,
                      "\n  %-22.*s %5zu frames  CPU p50 %.2f ms  p99 %.2f ms  wall p90 %.2f ms  "
                      "max %.2f ms  entered %zux p50 %.2f ms",
                      static_cast<int>(r.name.size()), r.name.data(), r.frames, r.p50, r.p99,
                      r.wall_p90, r.wall_max, r.entries, r.enter_p50);
        out += buf;
    }
    return out;
}

}  // namespace chronik::app
