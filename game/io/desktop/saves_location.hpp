// Where profiles and the log go when no --saves is given: the XDG data folder when installed,
// ./saves in a build tree; and the saves of an older Chronik (./saves) a user must be told about.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "io/desktop/data_location.hpp"

namespace chronik::io {

// The variables the XDG base directory specification reads; unset and empty are the same.
struct HomeFolders {
    std::string home;           // $HOME, else the password database's home
    std::string xdg_data_home;  // $XDG_DATA_HOME
};

// Installed: $XDG_DATA_HOME/chronik when XDG_DATA_HOME is an absolute path (the specification
// ignores relative ones), else $HOME/.local/share/chronik; "saves" (relative to the current
// folder, as before) in a build tree, or when there is no home folder at all.
std::filesystem::path default_saves_folder(Installation installation, const HomeFolders& home);

// A folder of profiles written by an older Chronik, whose default was ./saves in whatever folder
// the game was started from.
struct EarlierSaves {
    std::filesystem::path folder;
    bool in_use_has_profiles = false;  // the user has started over in the new folder
};

// For an installed game started without --saves: the first of <cwd>/saves and <home>/saves that
// holds profiles and is not the folder in use. `has_profiles` answers from the disk.
std::optional<EarlierSaves> earlier_saves(
    const std::filesystem::path& in_use, Installation installation, bool saves_given,
    const std::filesystem::path& cwd, const HomeFolders& home,
    const std::function<bool(const std::filesystem::path&)>& has_profiles);

// A saves folder holds at least one profile (a folder with profile.json), in profiles/ or, as
// an older Chronik kept them, directly in it.
bool folder_has_profiles(const std::filesystem::path& saves);

}  // namespace chronik::io
