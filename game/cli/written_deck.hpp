// A deck file a command has just written, loaded back and linted, as `chronik-cli lint` would.
#pragma once

#include <filesystem>
#include <vector>

#include "cli/progress.hpp"
#include "io/bank/problem.hpp"

namespace chronik::cli {

// The problems of loading `out` and, when it loaded, of linting it; ends the progress line.
std::vector<io::Problem> reload_and_lint(const std::filesystem::path& out, ProgressLine& progress);

}  // namespace chronik::cli
