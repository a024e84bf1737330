// How Mesa's software renderer (llvmpipe) is asked to run when the game has no GPU driver.
#pragma once

#include <string>

namespace chronik::app {

// llvmpipe rasterises on one thread per core by default. A frame of this game is a few
// milliseconds of rasterising, and splitting it costs more than it saves: measured on a 2-core
// machine under Xvfb, the same frames took 2.8 ms of CPU (p50) with two rasteriser threads and
// 1.85 ms when the drawing thread rasterises itself, for 0.3 ms less wall time, which a game
// held at 60 fps does not need. So unless the user has chosen (LP_NUM_THREADS in the
// environment), the drawing thread rasterises. Call before any window or texture exists.
// Drivers for real GPUs never read the variable.
void prefer_one_rasteriser_thread();

// What the bench report says about it: "LP_NUM_THREADS=0", or "LP_NUM_THREADS unset".
std::string rasteriser_threads_setting();

}  // namespace chronik::app
