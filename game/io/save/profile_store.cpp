#include "io/save/profile_store.hpp"

#include <algorithm>
#include <array>
#include <system_error>

#include "io/save/device_mirror.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/file_lock.hpp"
#include "io/save/profile_builder.hpp"
#include "io/save/review_log.hpp"
#include "io/save/save_formats.hpp"
#include "io/save/settings_fields.hpp"
#include "names/name_key.hpp"
#include "progress/profile_id.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

namespace {

// Folders of the saves folder that belong to the game, never to a profile of the old layout.
constexpr std::array<std::string_view, 2> kGameFolders{"decks", kProfilesFolder};
// What a profile folder holds (moved one by one out of a game folder of the old layout).
constexpr std::array<const char*, 7> kProfileEntries{
    kProfileFileName, kLogFileName,    kSnapshotFileName,  kBackupsFolder,
    kDamagedFolder,   kMigratedFolder, kLegacyLockFileName};

bool is_plain_folder(const fs::path& p) {
    std::error_code ec;
    const auto st = fs::symlink_status(p, ec);
    return !ec && fs::is_directory(st);
}

bool is_game_folder(std::string_view name) {
    return name.starts_with(".") ||
           std::find(kGameFolders.begin(), kGameFolders.end(), name) != kGameFolders.end();
}

// A profile folder of the old layout: directly in the saves folder, holding save files.
bool holds_save_files(const fs::path& folder) {
    std::error_code ec;
    for (const char* f : {kProfileFileName, kLogFileName, kSnapshotFileName})
        if (fs::is_regular_file(fs::symlink_status(folder / f, ec))) return true;
    return false;
}

ProfileInfo read_info(const fs::path& folder) {
    ProfileInfo info;
    info.id = folder.filename().string();
    info.display_name = info.id;
    info.folder = folder;
    auto bytes = read_file(folder / kProfileFileName, kMaxProfileInfoBytes);
    if (!bytes) {
        info.problem = bytes.error();
    } else {
        try {
            const ProfileInfoFile f = decode_profile_info(bytes.value());
            info.display_name = f.display_name;
            info.created_ms = f.created_ms;
        } catch (const NewerSchemaError& e) {
            info.problem =
                SaveError{SaveErrorKind::NewerVersion, folder / kProfileFileName, e.what()};
        } catch (const FormatError& e) {
            info.problem = SaveError{SaveErrorKind::Corrupt, folder / kProfileFileName, e.what()};
        }
    }
    // Renames are field changes of the computers that made them (unreadable files are skipped;
    // opening the profile reports them).
    LoadReport ignored;
    auto name = merged_name(info.display_name, read_field_changes(folder, info.id, ignored));
    info.display_name = std::move(name.display_name);
    info.name_conflict = std::move(name.conflict);
    return info;
}

std::string checked_name(std::string_view typed, std::optional<SaveError>& error) {
    try {
        return normalize_display_name(typed);
    } catch (const ProfileNameError& e) {
        error = SaveError{
            SaveErrorKind::InvalidInput, {}, std::string("bad profile name: ") + e.what()};
        return {};
    }
}

const ProfileInfo* same_name_in(const std::vector<ProfileInfo>& all, const std::string& name,
                                const std::string& except_id = {}) {
    const std::string key = names::name_key(name);
    for (const auto& p : all)
        if (p.id != except_id && names::name_key(p.display_name) == key) return &p;
    return nullptr;
}

std::string numbered_name(const std::vector<ProfileInfo>& all, const std::string& base) {
    if (!same_name_in(all, base)) return base;
    for (int n = 2;; ++n) {
        std::string candidate = base;
        candidate += " (" + std::to_string(n) + ")";
        if (!same_name_in(all, candidate)) return candidate;
    }
}

SaveError locked_profile(const ProfileInfo& info, const SaveError& lock_error) {
    return SaveError{SaveErrorKind::Locked, info.folder,
                     "this profile is open in another Chronik (" + lock_error.message +
                         "); close it there first. Nothing was changed"};
}

// The store's lock while a profile is renamed or removed; none when the profiles folder cannot
// be made (then there is no profile to change either, and the lookup says so).
SaveResult<std::optional<FileLock>> lock_store_if_any(const fs::path& profiles) {
    if (!make_folder(profiles)) return std::optional<FileLock>{};
    auto lock = FileLock::acquire_waiting(profiles / kStoreLockFileName);
    if (!lock) return lock.error();
    return std::optional<FileLock>{std::move(lock.value())};
}

}  // namespace

ProfileStore::ProfileStore(fs::path saves_folder)
    : saves_(std::move(saves_folder)), profiles_(saves_ / kProfilesFolder) {
    // Given the profiles folder itself (`--saves saves/profiles`): its parent is the saves
    // folder. Taking it for a saves folder would move its profiles one level deeper.
    std::error_code ec;
    if (fs::exists(fs::symlink_status(saves_ / kStoreLockFileName, ec))) {
        profiles_ = saves_;
        saves_ = saves_.has_parent_path() ? saves_.parent_path() : fs::path(".");
    }
}

std::vector<fs::path> ProfileStore::profile_folders() const {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(profiles_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(".") && is_plain_folder(it->path())) out.push_back(it->path());
    }
    // Profiles of the old layout that could not be moved yet (a read-only saves folder).
    for (fs::directory_iterator it(saves_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (is_game_folder(name) || !is_plain_folder(it->path()) || !holds_save_files(it->path()))
            continue;
        const bool moved = std::any_of(out.begin(), out.end(), [&](const fs::path& p) {
            return p.filename() == it->path().filename();
        });
        if (!moved) out.push_back(it->path());
    }
    return out;
}

void ProfileStore::settle() const {
    std::error_code ec;
    if (!fs::is_directory(profiles_, ec)) {
        bool legacy = false;
        for (fs::directory_iterator it(saves_, ec), end; !ec && it != end && !legacy;
             it.increment(ec))
            legacy = !is_game_folder(it->path().filename().string()) &&
                     is_plain_folder(it->path()) && holds_save_files(it->path());
        // A game folder of the old layout may hold a profile's files too ("decks").
        for (auto name : kGameFolders)
            legacy = legacy || holds_save_files(saves_ / std::string(name));
        if (!legacy || !make_folder(profiles_)) return;
    }
    // Never wait here: whoever holds the lock settles too.
    auto lock = FileLock::try_acquire(profiles_ / kStoreLockFileName);
    if (lock) settle_locked();
}

void ProfileStore::settle_locked() const {
    remove_stale_temporaries(profiles_);
    remove_stale_temporaries(saves_);  // e.g. class-game standings of a killed game
    std::error_code ec;
    std::vector<fs::path> legacy;
    for (fs::directory_iterator it(saves_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(".") || name == kProfilesFolder) continue;
        if (is_plain_folder(it->path()) && holds_save_files(it->path()))
            legacy.push_back(it->path());
    }
    bool moved = false;
    for (const auto& from : legacy) {
        // One being written right now (by a Chronik that opened it before it could be moved)
        // stays where it is until that one has finished.
        if (ProfileStorage::writer_elsewhere(from)) continue;
        const fs::path to = profiles_ / from.filename();
        if (!is_game_folder(from.filename().string())) {
            moved = rename_no_replace(from, to).ok() || moved;
            continue;
        }
        // A profile whose id is the name of a game folder ("decks"): only its own files move.
        if (!make_folder(to)) continue;
        for (const char* entry : kProfileEntries) {
            if (!fs::exists(fs::symlink_status(from / entry, ec))) continue;
            moved = rename_no_replace(from / entry, to / entry).ok() || moved;
        }
        (void)sync_folder(to);
        (void)sync_folder(from);
    }
    if (moved) {
        (void)sync_folder(profiles_);
        (void)sync_folder(saves_);
    }
}

SaveResult<fs::path> ProfileStore::checked_folder(const ProfileInfo& info) const {
    const std::string& id = info.id;
    if (id.empty() || id == "." || id == ".." || id.front() == '.' ||
        id.find_first_of(std::string_view("/\\\0", 3)) != std::string::npos)
        return SaveError{SaveErrorKind::Unsafe, saves_,
                         in_quotes(id) + " is not a profile folder name"};
    const fs::path& folder = info.folder;
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(folder, ec)))
        return SaveError{SaveErrorKind::Unsafe, folder,
                         "is a symbolic link; refusing to follow it"};
    // The canonical parent must be the canonical profiles (or, old layout, saves) folder.
    const fs::path where = fs::weakly_canonical(folder, ec).parent_path();
    if (ec ||
        (where != fs::weakly_canonical(profiles_, ec) && where != fs::weakly_canonical(saves_, ec)))
        return SaveError{SaveErrorKind::Unsafe, folder,
                         "lies outside the saves folder " + saves_.string()};
    return folder;
}

SaveResult<std::vector<ProfileInfo>> ProfileStore::list_unsettled() const {
    std::vector<ProfileInfo> out;
    std::error_code ec;
    if (!fs::exists(saves_, ec)) return out;
    if (!fs::is_directory(saves_, ec))
        return SaveError{SaveErrorKind::AlreadyExists, saves_,
                         "is a file where the saves folder is expected"};
    for (const auto& folder : profile_folders())
        out.push_back(read_info(folder));
    std::vector<std::pair<std::string, std::size_t>> order;
    for (std::size_t i = 0; i < out.size(); ++i)
        order.emplace_back(names::name_key(out[i].display_name), i);
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return std::tie(a.first, out[a.second].id) < std::tie(b.first, out[b.second].id);
    });
    std::vector<ProfileInfo> sorted;
    sorted.reserve(out.size());
    for (const auto& [key, i] : order)
        sorted.push_back(std::move(out[i]));
    return sorted;
}

SaveResult<std::vector<ProfileInfo>> ProfileStore::list() const {
    settle();
    return list_unsettled();
}

SaveResult<ProfileInfo> ProfileStore::find(std::string_view name_or_id) const {
    auto all = list();
    if (!all) return all.error();
    for (const auto& p : all.value())
        if (p.id == name_or_id) return p;
    std::string wanted(name_or_id);
    try {
        wanted = normalize_display_name(name_or_id);
    } catch (const ProfileNameError&) {
    }
    for (const auto& p : all.value())
        if (p.display_name == wanted) return p;
    const std::string key = names::name_key(wanted);
    std::vector<const ProfileInfo*> matches;
    for (const auto& p : all.value())
        if (names::name_key(p.display_name) == key) matches.push_back(&p);
    if (matches.size() == 1) return *matches.front();
    if (matches.size() > 1)
        return SaveError{
            SaveErrorKind::InvalidInput, saves_,
            "more than one profile is called " + in_quotes(wanted) + "; give the folder id"};
    return SaveError{SaveErrorKind::NotFound, saves_,
                     "no profile " + in_quotes(std::string(name_or_id))};
}

SaveResult<std::string> ProfileStore::unused_display_name(std::string_view name) const {
    std::optional<SaveError> bad;
    const std::string base = checked_name(name, bad);
    if (bad) return *bad;
    auto all = list();
    if (!all) return all.error();
    return numbered_name(all.value(), base);
}

SaveResult<ProfileInfo> ProfileStore::create(std::string_view display_name,
                                             const ProfileSettings& initial) {
    return create_with(display_name, initial, {}, NameClash::Refuse);
}

SaveResult<ProfileInfo> ProfileStore::create_with(std::string_view display_name,
                                                  const ProfileSettings& settings,
                                                  const std::vector<ReviewRecord>& records,
                                                  NameClash clash) {
    std::optional<SaveError> bad;
    std::string name = checked_name(display_name, bad);
    if (bad) return *bad;
    if (auto r = make_folder(profiles_); !r) return r.error();
    // One creator at a time: the name and the folder id are chosen and taken under the lock.
    auto lock = FileLock::acquire_waiting(profiles_ / kStoreLockFileName);
    if (!lock) return lock.error();
    settle_locked();
    auto all = list_unsettled();
    if (!all) return all.error();
    if (clash == NameClash::NumberIt) {
        name = numbered_name(all.value(), name);
    } else if (const auto* other = same_name_in(all.value(), name)) {
        return SaveError{SaveErrorKind::AlreadyExists, other->folder,
                         "a profile called " + in_quotes(other->display_name) + " exists"};
    }
    // Every entry of profiles/ counts as taken, and so does every profile of the old layout
    // that could not be moved in yet (it will be, under its own name).
    std::vector<std::string> taken;
    std::error_code ec;
    for (fs::directory_iterator it(profiles_, ec), end; !ec && it != end; it.increment(ec))
        taken.push_back(it->path().filename().string());
    for (const auto& folder : profile_folders())
        taken.push_back(folder.filename().string());
    for (auto name : kGameFolders)
        if (holds_save_files(saves_ / std::string(name))) taken.emplace_back(name);
    const std::string id = profile_folder_id(name, taken);
    const fs::path staging = staging_folder_name(profiles_, "new-" + id);
    fs::create_directory(staging, ec);
    if (ec) return error_from_errno(ec.value(), staging, "creating a staging folder");
    const NewProfile profile{id, name, now_ms(), settings, records};
    auto fail = [&](SaveError e) -> SaveResult<ProfileInfo> {
        fs::remove_all(staging, ec);  // our own staging folder: nothing of it was published
        return e;
    };
    if (auto r = write_new_profile(staging, profile); !r) return fail(r.error());
    const fs::path folder = profiles_ / id;
    if (auto r = rename_no_replace(staging, folder); !r) return fail(r.error());
    if (auto r = sync_folder(profiles_); !r) return r.error();
    return ProfileInfo{id, name, folder, profile.created_ms, std::nullopt, {}};
}

SaveResult<ProfileInfo> ProfileStore::rename(std::string_view name_or_id,
                                             std::string_view new_display_name) {
    std::optional<SaveError> bad;
    const std::string name = checked_name(new_display_name, bad);
    if (bad) return *bad;
    const auto store_lock = lock_store_if_any(profiles_);
    if (!store_lock) return store_lock.error();
    auto info = find(name_or_id);
    if (!info) return info.error();
    auto all = list_unsettled();
    if (!all) return all.error();
    if (const auto* other = same_name_in(all.value(), name, info.value().id))
        return SaveError{SaveErrorKind::AlreadyExists, other->folder,
                         "a profile called " + in_quotes(other->display_name) + " exists"};
    if (info.value().problem && info.value().problem->kind == SaveErrorKind::NewerVersion)
        return *info.value().problem;
    auto folder = checked_folder(info.value());
    if (!folder) return folder.error();
    auto writer = ProfileStorage::lock_for_writing(folder.value());
    if (!writer && writer.error().kind == SaveErrorKind::Locked)
        return locked_profile(info.value(), writer.error());
    // Renaming to the name in effect changes nothing, unless it settles a rename conflict.
    if (name == info.value().display_name && info.value().name_conflict.empty()) return info;
    LoadReport report;
    const std::string device = this_device(report);
    auto changes = read_field_changes(folder.value(), info.value().id, report);
    changes.push_back(name_change(changes, device, name, now_ms()));
    if (auto r = write_field_changes(folder.value(), info.value().id, device,
                                     latest_field_changes(std::move(changes)));
        !r)
        return r.error();
    // A missing or damaged profile.json (not a newer one: refused above) is written anew, as
    // opening the profile would.
    if (info.value().problem) {
        const ProfileInfoFile file{info.value().id, name, info.value().created_ms};
        if (auto r =
                write_file_atomically(folder.value() / kProfileFileName, encode_profile_info(file));
            !r)
            return r.error();
        info.value().problem.reset();
    }
    info.value().display_name = name;
    info.value().name_conflict.clear();
    return info;
}

SaveResult<fs::path> ProfileStore::remove(std::string_view name_or_id) {
    const auto store_lock = lock_store_if_any(profiles_);
    if (!store_lock) return store_lock.error();
    auto info = find(name_or_id);
    if (!info) return info.error();
    auto folder = checked_folder(info.value());
    if (!folder) return folder.error();
    // Held while the folder moves, so nobody opens it for writing halfway.
    auto writer = ProfileStorage::lock_for_writing(folder.value());
    if (!writer && writer.error().kind == SaveErrorKind::Locked)
        return locked_profile(info.value(), writer.error());
    const fs::path trash = saves_ / kTrashFolder;
    if (auto r = make_folder(trash); !r) return r.error();
    const fs::path target = unique_name(trash, info.value().id);
    if (auto r = rename_no_replace(folder.value(), target); !r)
        return SaveError{r.error().kind, folder.value(),
                         "moving the profile to the trash failed: " + r.error().message};
    if (auto r = sync_folder(trash); !r) return r.error();
    if (auto r = sync_folder(folder.value().parent_path()); !r) return r.error();
    return target;
}

SaveResult<ProfileStorage> ProfileStore::open(std::string_view name_or_id,
                                              const OpenOptions& options) const {
    auto info = find(name_or_id);
    if (!info) return info.error();
    auto folder = checked_folder(info.value());
    if (!folder) return folder.error();
    return ProfileStorage::open(folder.value(), options);
}

}  // namespace chronik::io
