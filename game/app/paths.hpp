// Where the game's files are and what the system asks for when the command line does not say:
// gathered from /proc/self/exe and the environment, decided by io::locate_data,
// io::default_saves_folder, io::earlier_saves and locale::system_language.
#pragma once

#include <filesystem>
#include <optional>

#include "app/options.hpp"
#include "io/desktop/data_location.hpp"
#include "io/desktop/saves_location.hpp"

namespace chronik::app {

struct GamePaths {
    io::DataLocation data;
    std::filesystem::path questions;  // --questions, else the located bank
    std::filesystem::path saves;      // --saves, else the XDG data folder (installed) or ./saves
    std::optional<io::EarlierSaves> earlier_saves;  // an older Chronik's ./saves to tell about
};

GamePaths game_paths(const AppOptions& options);

// The interface language of the system's locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE).
ui::Language system_language();

}  // namespace chronik::app
