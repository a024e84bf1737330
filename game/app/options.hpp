// The command line of the game: parsed into AppOptions, with a help text.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ui/text/strings.hpp"

namespace chronik::app {

// A malformed command line; the message names the option.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct AppOptions {
    bool help = false;
    bool version = false;
    std::filesystem::path saves = "saves";
    bool saves_given = false;
    std::optional<std::filesystem::path> questions;  // default: next to the executable
    std::optional<unsigned long long> seed;
    ui::Language language = ui::Language::German;
    bool language_given = false;  // --lang wins over the profile's language for this run
    bool audio = true;
    bool verbose = false;
    std::optional<std::filesystem::path> script;
    std::optional<std::filesystem::path> screenshots;
    std::optional<long> bench_frames;
    double ui_scale = 1.0;        // initial window size and glyph sharpness, 0.5..3
    bool ui_scale_given = false;  // --ui-scale wins over the profile's scale for this run
    bool high_contrast = false;
    bool reduce_motion = false;
    bool fullscreen = false;
};

// Throws UsageError for unknown options, missing or malformed values.
AppOptions parse_options(const std::vector<std::string>& args);
std::string help_text();

}  // namespace chronik::app
