#include "io/desktop/saves_location.hpp"

#include <system_error>
#include <vector>

#include "io/save/profile_storage.hpp"
#include "io/save/profile_store.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

fs::path default_saves_folder(Installation installation, const HomeFolders& home) {
    if (installation != Installation::Installed) return "saves";
    const fs::path xdg(home.xdg_data_home);
    if (xdg.is_absolute()) return xdg / "chronik";
    if (!home.home.empty()) return fs::path(home.home) / ".local" / "share" / "chronik";
    return "saves";
}

std::optional<EarlierSaves> earlier_saves(
    const fs::path& in_use, Installation installation, bool saves_given, const fs::path& cwd,
    const HomeFolders& home, const std::function<bool(const fs::path&)>& has_profiles) {
    if (saves_given || installation != Installation::Installed) return std::nullopt;
    const fs::path used = (cwd / in_use).lexically_normal();
    std::vector<fs::path> candidates{(cwd / "saves").lexically_normal()};
    if (!home.home.empty())
        candidates.push_back((fs::path(home.home) / "saves").lexically_normal());
    for (const auto& c : candidates) {
        if (c == used || !has_profiles(c)) continue;
        return EarlierSaves{c, has_profiles(used)};
    }
    return std::nullopt;
}

namespace {

bool holds_profile_folders(const fs::path& folder) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code file_ec;
        if (fs::is_regular_file(it->path() / kProfileFileName, file_ec)) return true;
    }
    return false;
}

}  // namespace

bool folder_has_profiles(const fs::path& saves) {
    // Today's layout keeps them in <saves>/profiles/; a Chronik before it kept them in <saves>.
    return holds_profile_folders(saves / kProfilesFolder) || holds_profile_folders(saves);
}

}  // namespace chronik::io
