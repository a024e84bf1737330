#include "app/idle_probe.hpp"

#include <chrono>
#include <cstdio>

#include "app/frame_stats.hpp"
#include "app/x11_close.hpp"

namespace chronik::app {

IdleProbe::IdleProbe(unsigned long window_handle)
    : thread_([this, window_handle] {
          std::this_thread::sleep_for(std::chrono::seconds(1));  // let transitions settle
          const double c0 = process_cpu_seconds(), w0 = wall_seconds();
          std::this_thread::sleep_for(std::chrono::seconds(10));
          cpu_s_ = process_cpu_seconds() - c0;
          wall_s_ = wall_seconds() - w0;
          send_close_request(window_handle);
      }) {}

IdleProbe::~IdleProbe() {
    join();
}

void IdleProbe::join() {
    if (thread_.joinable()) thread_.join();
}

std::string IdleProbe::report(std::string_view scene) const {
    char line[160];
    std::snprintf(line, sizeof line,
                  "idle CPU on '%.*s' over %.1f s: %.2f%% of one core (%.1f ms)\n",
                  static_cast<int>(scene.size()), scene.data(), wall_s_,
                  wall_s_ > 0 ? 100.0 * cpu_s_ / wall_s_ : 0.0, cpu_s_ * 1000);
    return line;
}

}  // namespace chronik::app
