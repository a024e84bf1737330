#include "io/net/steady_clock.hpp"

#include <chrono>

namespace chronik::io::net {

TimeMs steady_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace chronik::io::net
