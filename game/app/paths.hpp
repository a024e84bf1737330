// Where the game finds its files: the asset folder and the question decks, relative to the
// executable.
#pragma once

#include <filesystem>
#include <optional>

namespace chronik::app {

// The folder of the running executable (/proc/self/exe); the current folder if unknown.
std::filesystem::path executable_dir();

// <exe>/assets, the folder the build copies fonts into.
std::filesystem::path asset_dir();

// --questions if given; else <exe>/questions (copied there by the build); else <exe>/../questions.
std::filesystem::path questions_dir(const std::optional<std::filesystem::path>& option);

}  // namespace chronik::app
