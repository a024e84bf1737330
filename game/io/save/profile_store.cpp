#include "io/save/profile_store.hpp"

#include <algorithm>
#include <system_error>

#include "io/save/durable_file.hpp"
#include "io/save/review_log.hpp"
#include "io/save/save_formats.hpp"
#include "progress/profile_id.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

ProfileInfo read_info(const fs::path& folder) {
    ProfileInfo info;
    info.id = folder.filename().string();
    info.display_name = info.id;
    info.folder = folder;
    auto bytes = read_file(folder / kProfileFileName);
    if (!bytes) {
        info.problem = bytes.error().message;
        return info;
    }
    try {
        const ProfileInfoFile f = decode_profile_info(bytes.value());
        info.display_name = f.display_name;
        info.created_ms = f.created_ms;
    } catch (const NewerSchemaError& e) {
        info.problem = std::string(kProfileFileName) + ": " + e.what();
    } catch (const FormatError& e) {
        info.problem = std::string(kProfileFileName) + ": " + e.what();
    }
    return info;
}

}  // namespace

ProfileStore::ProfileStore(fs::path saves_folder) : saves_(std::move(saves_folder)) {}

SaveResult<fs::path> ProfileStore::folder_of(std::string_view id) const {
    if (id.empty() || id == "." || id == ".." || id.front() == '.' ||
        id.find_first_of(std::string_view("/\\\0", 3)) != std::string_view::npos)
        return SaveError{SaveErrorKind::Unsafe, saves_,
                         in_quotes(std::string(id)) + " is not a profile folder name"};
    const fs::path folder = saves_ / std::string(id);
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(folder, ec)))
        return SaveError{SaveErrorKind::Unsafe, folder,
                         "is a symbolic link; refusing to follow it"};
    // The canonical parent must be the canonical saves folder.
    const fs::path root = fs::weakly_canonical(saves_, ec);
    const fs::path where = fs::weakly_canonical(folder, ec);
    if (ec || where.parent_path() != root)
        return SaveError{SaveErrorKind::Unsafe, folder,
                         "lies outside the saves folder " + root.string()};
    return folder;
}

SaveResult<std::vector<ProfileInfo>> ProfileStore::list() const {
    std::vector<ProfileInfo> out;
    std::error_code ec;
    if (!fs::exists(saves_, ec)) return out;
    if (!fs::is_directory(saves_, ec))
        return SaveError{SaveErrorKind::AlreadyExists, saves_,
                         "is a file where the saves folder is expected"};
    for (fs::directory_iterator it(saves_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(".") || it->is_symlink(ec) || !it->is_directory(ec)) continue;
        out.push_back(read_info(it->path()));
    }
    if (ec) return error_from_errno(ec.value(), saves_, "listing the saves folder");
    std::sort(out.begin(), out.end(), [](const ProfileInfo& a, const ProfileInfo& b) {
        return std::tie(a.display_name, a.id) < std::tie(b.display_name, b.id);
    });
    return out;
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
    std::vector<const ProfileInfo*> matches;
    for (const auto& p : all.value())
        if (lower(p.display_name) == lower(wanted)) matches.push_back(&p);
    if (matches.size() == 1) return *matches.front();
    if (matches.size() > 1)
        return SaveError{
            SaveErrorKind::InvalidInput, saves_,
            "more than one profile is called " + in_quotes(wanted) + "; give the folder id"};
    return SaveError{SaveErrorKind::NotFound, saves_,
                     "no profile " + in_quotes(std::string(name_or_id))};
}

SaveResult<std::string> ProfileStore::unused_display_name(std::string_view name) const {
    std::string base;
    try {
        base = normalize_display_name(name);
    } catch (const ProfileNameError& e) {
        return SaveError{
            SaveErrorKind::InvalidInput, {}, std::string("bad profile name: ") + e.what()};
    }
    auto all = list();
    if (!all) return all.error();
    auto used = [&](const std::string& n) {
        return std::any_of(all.value().begin(), all.value().end(),
                           [&](const ProfileInfo& p) { return lower(p.display_name) == lower(n); });
    };
    if (!used(base)) return base;
    for (int n = 2;; ++n) {
        std::string candidate = base;
        candidate += " (" + std::to_string(n) + ")";
        if (!used(candidate)) return candidate;
    }
}

SaveResult<ProfileInfo> ProfileStore::create(std::string_view display_name,
                                             const ProfileSettings& initial) {
    std::string name;
    try {
        name = normalize_display_name(display_name);
    } catch (const ProfileNameError& e) {
        return SaveError{
            SaveErrorKind::InvalidInput, {}, std::string("bad profile name: ") + e.what()};
    }
    if (auto r = make_folder(saves_); !r) return r.error();
    auto all = list();
    if (!all) return all.error();
    for (const auto& p : all.value())
        if (lower(p.display_name) == lower(name))
            return SaveError{SaveErrorKind::AlreadyExists, p.folder,
                             "a profile called " + in_quotes(p.display_name) + " exists"};
    // Every entry of the saves folder is taken, including files and .trash.
    std::vector<std::string> taken;
    std::error_code ec;
    for (fs::directory_iterator it(saves_, ec), end; !ec && it != end; it.increment(ec))
        taken.push_back(it->path().filename().string());
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string id = profile_folder_id(name, taken);
        auto folder = folder_of(id);
        if (!folder) return folder.error();
        if (!fs::create_directory(folder.value(), ec)) {
            if (ec)
                return error_from_errno(ec.value(), folder.value(), "creating the profile folder");
            taken.push_back(id);  // created by someone else meanwhile
            continue;
        }
        if (auto r = sync_folder(saves_); !r) return r.error();
        ProfileInfoFile file{id, name, now_ms()};
        if (auto r =
                write_file_atomically(folder.value() / kProfileFileName, encode_profile_info(file));
            !r)
            return r.error();
        auto storage = ProfileStorage::open(folder.value());
        if (!storage) return storage.error();
        if (auto r = storage.value().set_settings(initial); !r) return r.error();
        return ProfileInfo{id, name, folder.value(), file.created_ms, std::nullopt};
    }
    return SaveError{SaveErrorKind::Io, saves_, "could not find a free folder name"};
}

SaveResult<ProfileInfo> ProfileStore::rename(std::string_view name_or_id,
                                             std::string_view new_display_name) {
    auto info = find(name_or_id);
    if (!info) return info.error();
    std::string name;
    try {
        name = normalize_display_name(new_display_name);
    } catch (const ProfileNameError& e) {
        return SaveError{
            SaveErrorKind::InvalidInput, {}, std::string("bad profile name: ") + e.what()};
    }
    auto all = list();
    if (!all) return all.error();
    for (const auto& p : all.value())
        if (p.id != info.value().id && lower(p.display_name) == lower(name))
            return SaveError{SaveErrorKind::AlreadyExists, p.folder,
                             "a profile called " + in_quotes(p.display_name) + " exists"};
    if (info.value().problem && info.value().problem->find("newer") != std::string::npos)
        return SaveError{SaveErrorKind::NewerVersion, info.value().folder / kProfileFileName,
                         *info.value().problem};
    auto folder = folder_of(info.value().id);
    if (!folder) return folder.error();
    ProfileInfoFile file{info.value().id, name, info.value().created_ms};
    if (auto r =
            write_file_atomically(folder.value() / kProfileFileName, encode_profile_info(file));
        !r)
        return r.error();
    info.value().display_name = name;
    info.value().problem.reset();
    return info;
}

SaveResult<fs::path> ProfileStore::remove(std::string_view name_or_id) {
    auto info = find(name_or_id);
    if (!info) return info.error();
    auto folder = folder_of(info.value().id);
    if (!folder) return folder.error();
    const fs::path trash = saves_ / kTrashFolder;
    if (auto r = make_folder(trash); !r) return r.error();
    const fs::path target = unique_name(trash, info.value().id);
    std::error_code ec;
    fs::rename(folder.value(), target, ec);
    if (ec) return error_from_errno(ec.value(), folder.value(), "moving the profile to the trash");
    if (auto r = sync_folder(trash); !r) return r.error();
    if (auto r = sync_folder(saves_); !r) return r.error();
    return target;
}

SaveResult<ProfileStorage> ProfileStore::open(std::string_view name_or_id,
                                              const OpenOptions& options) const {
    auto info = find(name_or_id);
    if (!info) return info.error();
    if (info.value().problem && info.value().problem->find("newer") != std::string::npos)
        return SaveError{SaveErrorKind::NewerVersion, info.value().folder / kProfileFileName,
                         *info.value().problem};
    auto folder = folder_of(info.value().id);
    if (!folder) return folder.error();
    return ProfileStorage::open(folder.value(), options);
}

}  // namespace chronik::io
