// The saves folder: one folder per profile; list, create, rename, delete (to .trash), find and open
// profiles.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/save/profile_storage.hpp"
#include "io/save/save_error.hpp"

namespace chronik::io {

inline constexpr const char* kTrashFolder = ".trash";

struct ProfileInfo {
    std::string id;            // the folder name
    std::string display_name;  // what the user typed
    std::filesystem::path folder;
    std::int64_t created_ms = 0;
    // Set when profile.json is missing, damaged or from a newer Chronik; the
    // profile is still listed (display name = id) so the user can see it.
    std::optional<std::string> problem;
};

class ProfileStore {
public:
    // `saves_folder` is created when the first profile is.
    explicit ProfileStore(std::filesystem::path saves_folder);

    const std::filesystem::path& saves_folder() const { return saves_; }

    // Every profile folder, sorted by display name. Folders starting with '.'
    // (.trash) and stray files are skipped. A missing saves folder lists nothing.
    SaveResult<std::vector<ProfileInfo>> list() const;
    // Creates a profile for any name a user can type (see normalize_display_name);
    // the folder id follows profile_folder_id. A display name already in use
    // (ignoring case) is AlreadyExists. Its first snapshot holds `initial` settings (e.g. the
    // interface language the profile was made in).
    SaveResult<ProfileInfo> create(std::string_view display_name,
                                   const ProfileSettings& initial = {});
    // Changes the display name only; the folder stays.
    SaveResult<ProfileInfo> rename(std::string_view name_or_id, std::string_view new_display_name);
    // Moves the folder to saves/.trash/<id>-<UTC time>, from where it can be moved back.
    SaveResult<std::filesystem::path> remove(std::string_view name_or_id);
    // By folder id, else by display name (exact, then ignoring ASCII case).
    SaveResult<ProfileInfo> find(std::string_view name_or_id) const;
    SaveResult<ProfileStorage> open(std::string_view name_or_id,
                                    const OpenOptions& options = {}) const;
    // A display name not yet used: `name`, else "name (2)", "name (3)" ...
    SaveResult<std::string> unused_display_name(std::string_view name) const;

private:
    // saves/<id>, refusing ids that could leave the saves folder.
    SaveResult<std::filesystem::path> folder_of(std::string_view id) const;
    std::filesystem::path saves_;
};

}  // namespace chronik::io
