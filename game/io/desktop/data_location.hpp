// Where Chronik's shipped data is: beside an installed executable (<prefix>/share/chronik) or in
// the build tree it was built in. The one decision every program (game, chronik-cli) uses.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

namespace chronik::io {

enum class Installation { Installed, BuildTree, Unknown };

// The reverse-DNS id of the application: its .desktop file, icon and AppStream metadata.
extern const char* const kAppId;  // CMake's CHRONIK_APP_ID

// A build folder holds this file (written by CMake); it names the checkout it was made from.
inline constexpr const char* kBuildTreeMarker = "chronik-build-tree.txt";

// What is known about the running executable.
struct ExecutableSite {
    std::filesystem::path dir;  // its folder, symbolic links resolved (/proc/self/exe)
    std::optional<std::filesystem::path> source_dir;  // from the build tree's marker, if any
};

// Questions the decision asks of the disk (tests answer them without files).
struct FolderProbe {
    std::function<bool(const std::filesystem::path&)> has_decks;  // *.json directly inside
    std::function<bool(const std::filesystem::path&)> is_file;
};

struct DataLocation {
    Installation installation = Installation::Unknown;
    std::filesystem::path questions;    // the shipped decks, their source texts in sources/
    std::filesystem::path assets;       // icons, the web client; a build tree's fonts/
    std::filesystem::path fonts;        // the DejaVu fonts: assets/fonts, else the system's
    std::filesystem::path window_icon;  // 128 px PNG: share/icons/hicolor, <build>/assets/icons
    std::vector<std::filesystem::path> looked_in;  // bank folders tried, in order
};

// Installed when <dir>/../share/chronik/questions holds decks; else a build tree when the
// marker's checkout (live edits show up) or <dir>/questions holds decks; else Unknown, with
// `questions` the installed place. Fonts: assets/fonts, else the first of Debian's
// fonts-dejavu-core folders that holds DejaVuSans.ttf.
DataLocation locate_data(const ExecutableSite& site, const FolderProbe& probe);

// The folders Debian's (and other distributions') DejaVu packages install into.
const std::vector<std::filesystem::path>& system_font_dirs();

// The running executable, through /proc/self/exe and the build tree's marker.
ExecutableSite this_executable();
// Answers from the disk.
FolderProbe disk_probe();
// locate_data(this_executable(), disk_probe()).
DataLocation locate_data();

// `given` (a --questions option) when set, else the located bank. Throws std::runtime_error
// listing where it looked when there is none.
std::filesystem::path question_bank_folder(const std::optional<std::filesystem::path>& given,
                                           const DataLocation& location);

}  // namespace chronik::io
