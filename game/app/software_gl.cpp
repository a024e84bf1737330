#include "app/software_gl.hpp"

#include <cstdlib>

namespace chronik::app {
namespace {
constexpr const char* kVariable = "LP_NUM_THREADS";
}

void prefer_one_rasteriser_thread() {
    // 0: no worker threads; the thread that draws also rasterises, at each display(). The last
    // argument keeps a value the user set.
    ::setenv(kVariable, "0", 0);
}

std::string rasteriser_threads_setting() {
    const char* value = std::getenv(kVariable);
    return std::string(kVariable) + (value ? std::string("=") + value : std::string(" unset"));
}

}  // namespace chronik::app
