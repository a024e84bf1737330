#include "io/save/profile_glance.hpp"

#include <system_error>

#include "io/save/device_mirror.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/profile_storage.hpp"
#include "io/save/save_formats.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

SaveResult<ProfileGlance> glance_at_profile(const fs::path& folder) {
    // A profile merged from several computers: this device's own snapshot holds the merged
    // progress (snapshot.json is the creating computer's).
    LoadReport ignored;
    const fs::path own = folder / device_snapshot_name(this_device(ignored));
    std::error_code ec;
    const fs::path file = fs::exists(own, ec) ? own : folder / kSnapshotFileName;
    // Like ProfileStorage::open: a link could point anywhere, even at a device that never ends.
    if (fs::is_symlink(fs::symlink_status(file, ec)))
        return SaveError{SaveErrorKind::Unsafe, file, "is a symbolic link; refusing to follow it"};
    auto bytes = read_file(file, kMaxSnapshotBytes);
    if (!bytes) return bytes.error();
    try {
        Snapshot snap = decode_snapshot(bytes.value());
        if (snap.profile_id != folder.filename().string())
            return SaveError{
                SaveErrorKind::Corrupt, file,
                "foreign snapshot: it belongs to profile " + in_quotes(snap.profile_id)};
        if (!settings_problems(snap.settings).empty()) snap.settings = ProfileSettings{};
        return ProfileGlance{std::move(snap.settings), std::move(snap.progress)};
    } catch (const NewerSchemaError& e) {
        return SaveError{SaveErrorKind::NewerVersion, file, e.what()};
    } catch (const FormatError& e) {
        return SaveError{SaveErrorKind::Corrupt, file, e.what()};
    }
}

}  // namespace chronik::io
