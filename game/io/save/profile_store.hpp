// The saves folder's profiles (<saves>/profiles/<id>): list, create, rename, delete (to .trash),
// find and open them; profiles of the old layout (<saves>/<id>) are moved there.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/save/name_field.hpp"
#include "io/save/profile_storage.hpp"
#include "io/save/save_error.hpp"
#include "progress/profile_settings.hpp"
#include "progress/review_record.hpp"

namespace chronik::io {

// Every profile folder lives here and nothing else does, so no other folder of the game
// (<saves>/decks, <saves>/.trash, ...) can ever be taken for a profile, whatever it is called.
inline constexpr const char* kProfilesFolder = "profiles";
inline constexpr const char* kTrashFolder = ".trash";  // <saves>/.trash/<id>-<UTC time>
// In profiles/: held while profiles are created, renamed, deleted or moved in (short waits).
inline constexpr const char* kStoreLockFileName = ".profiles.lock";

struct ProfileInfo {
    std::string id;            // the folder name
    std::string display_name;  // what the user typed
    std::filesystem::path folder;
    std::int64_t created_ms = 0;
    // Set when profile.json is missing (NotFound), damaged (Corrupt, or what reading it met)
    // or from a newer Chronik (NewerVersion); the profile is still listed (display name = id) so
    // the user can see it.
    std::optional<SaveError> problem;
    // When computers renamed the profile while apart: the name in effect first, then the others,
    // each with the computer that gave it (empty otherwise; the profile screen shows it).
    std::vector<NameOnDevice> name_conflict;
};

// What a new profile does with a display name that is taken.
enum class NameClash {
    Refuse,    // AlreadyExists (creating a profile)
    NumberIt,  // "Name (2)", "Name (3)" ... (importing)
};

class ProfileStore {
public:
    // `saves_folder` and its profiles/ are created when the first profile is.
    explicit ProfileStore(std::filesystem::path saves_folder);

    const std::filesystem::path& saves_folder() const { return saves_; }
    const std::filesystem::path& profiles_folder() const { return profiles_; }

    // Every profile, sorted by display name (as names::name_key orders them). Hidden entries
    // (staging folders, the lock file) and stray files are skipped. A missing saves folder
    // lists nothing. Reads only each profile.json (at most kMaxProfileInfoBytes each).
    SaveResult<std::vector<ProfileInfo>> list() const;
    // Creates a profile for any name a user can type (see normalize_display_name);
    // the folder id follows profile_folder_id. A display name already in use
    // (names::same_name: ignoring case, NFC, invisible characters) is AlreadyExists. Its first
    // snapshot holds `initial` settings (e.g. the interface language the profile was made in).
    SaveResult<ProfileInfo> create(std::string_view display_name,
                                   const ProfileSettings& initial = {});
    // A complete profile in one step: built in a hidden staging folder and moved into place
    // with one rename, so that a crash at any moment leaves no profile or the whole one.
    SaveResult<ProfileInfo> create_with(std::string_view display_name,
                                        const ProfileSettings& settings,
                                        const std::vector<ReviewRecord>& records, NameClash clash);
    // Changes the display name only; the folder stays. Locked while the profile is open. The
    // rename is this computer's change of the field "profile.name" in its own
    // fields.<device>.json (merged per field with other computers' renames); profile.json, which
    // every computer has a copy of, keeps the name the profile was created with.
    SaveResult<ProfileInfo> rename(std::string_view name_or_id, std::string_view new_display_name);
    // Moves the folder to saves/.trash/<id>-<UTC time>, from where it can be moved back.
    // Locked while the profile is open.
    SaveResult<std::filesystem::path> remove(std::string_view name_or_id);
    // By folder id, else by display name (exact, then names::same_name).
    SaveResult<ProfileInfo> find(std::string_view name_or_id) const;
    SaveResult<ProfileStorage> open(std::string_view name_or_id,
                                    const OpenOptions& options = {}) const;
    // A display name not yet used: `name`, else "name (2)", "name (3)" ...
    SaveResult<std::string> unused_display_name(std::string_view name) const;

private:
    // Best effort, when the store lock is free: moves profiles of the old layout into
    // profiles/ and removes what killed processes left (staging folders, temporaries).
    void settle() const;
    void settle_locked() const;
    std::vector<std::filesystem::path> profile_folders() const;
    // The folder of a listed profile, refusing any that could lead out of the saves folder.
    SaveResult<std::filesystem::path> checked_folder(const ProfileInfo& info) const;
    SaveResult<std::vector<ProfileInfo>> list_unsettled() const;
    std::filesystem::path saves_;
    std::filesystem::path profiles_;
};

}  // namespace chronik::io
