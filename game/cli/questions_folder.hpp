// The question bank folder chronik-cli simulate and bench use when none is given.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace chronik::cli {

// `given` (--questions) when set; otherwise the first folder holding a .json deck of:
// $CHRONIK_QUESTIONS, ./questions, and questions/ next to the executable or one or two folders
// above it (so build-*/chronik-cli finds the repository's questions/). Throws std::runtime_error
// listing where it looked.
std::filesystem::path questions_folder(const std::optional<std::string>& given);

}  // namespace chronik::cli
