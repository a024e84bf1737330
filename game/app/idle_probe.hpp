// The benchmark's idle figure: the process's CPU while the game's window stands still.
#pragma once

#include <string>
#include <string_view>
#include <thread>

namespace chronik::app {

// On its own thread: waits 1 s for transitions to settle, measures the process's CPU time over
// the next 10 s, then asks the window to close (x11_close). The figures are only read after
// join(), so the thread never touches the game's state.
class IdleProbe {
public:
    explicit IdleProbe(unsigned long window_handle);
    ~IdleProbe();
    IdleProbe(const IdleProbe&) = delete;
    IdleProbe& operator=(const IdleProbe&) = delete;

    void join();
    // "idle CPU on 'home' over 10.0 s: 0.87% of one core (87.0 ms)"; call after join().
    std::string report(std::string_view scene) const;

private:
    double cpu_s_ = 0, wall_s_ = 0;
    std::thread thread_;  // last: started once the figures exist
};

}  // namespace chronik::app
