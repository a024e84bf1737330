// The built-in benchmark script: title, a new profile, then multiple-choice rounds played by keys.
#pragma once

#include <string>

namespace chronik::app {

// Enough steps to fill `frames` frames; the profile name must be free in the saves folder.
std::string builtin_bench_script(long frames);

}  // namespace chronik::app
