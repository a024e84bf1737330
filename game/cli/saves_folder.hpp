// The saves folder of chronik-cli's profile commands: the one the game uses unless --saves says.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace chronik::cli {

// `given` (--saves) when set; otherwise the game's default (io::default_saves_folder: the XDG
// data folder when installed, ./saves in a build tree). Tells on stderr, naming `command`, where
// an older Chronik's saves are when they are not the folder used.
std::filesystem::path saves_folder(const std::optional<std::string>& given,
                                   const std::string& command);

}  // namespace chronik::cli
