#include "io/save/profile_storage.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <system_error>

#include "io/save/durable_file.hpp"
#include "io/save/file_lock.hpp"
#include "io/save/profile_storage_state.hpp"

namespace chronik::io {

namespace fs = std::filesystem;
using namespace storage_parts;

namespace storage_parts {

std::string rel(const fs::path& file, const fs::path& folder) {
    std::error_code ec;
    auto r = fs::relative(file, folder, ec);
    return ec ? file.string() : r.string();
}

// Backups, newest first (names sort by time).
std::vector<fs::path> list_backups(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with("snapshot-") && name.ends_with(".json") && it->is_regular_file(ec))
            out.push_back(it->path());
    }
    std::sort(out.begin(), out.end(), [](const fs::path& a, const fs::path& b) { return a > b; });
    return out;
}

bool is_link(const fs::path& p) {
    std::error_code ec;
    return fs::is_symlink(fs::symlink_status(p, ec));
}

}  // namespace storage_parts

namespace {

// True when `main` is already one of the backups (the same file through a hard link, or a
// copy with the same bytes): backing it up again would push a real older point out.
bool already_backed_up(const fs::path& main, const std::vector<fs::path>& backups) {
    struct stat m {};
    if (::stat(main.c_str(), &m) != 0) return false;
    std::optional<std::string> main_bytes;
    for (const auto& b : backups) {
        struct stat st {};
        if (::stat(b.c_str(), &st) != 0) continue;
        if (st.st_dev == m.st_dev && st.st_ino == m.st_ino) return true;
        if (st.st_size != m.st_size) continue;
        if (!main_bytes) {
            auto r = read_file(main, kMaxSnapshotBytes);
            if (!r) return false;
            main_bytes = std::move(r.value());
        }
        auto other = read_file(b, kMaxSnapshotBytes);
        if (other && other.value() == *main_bytes) return true;
    }
    return false;
}

}  // namespace

ProfileStorage::ProfileStorage(std::unique_ptr<State> state) : s_(std::move(state)) {}
ProfileStorage::ProfileStorage(ProfileStorage&&) noexcept = default;
ProfileStorage& ProfileStorage::operator=(ProfileStorage&&) noexcept = default;
ProfileStorage::~ProfileStorage() = default;

const std::string& ProfileStorage::profile_id() const {
    return s_->id;
}
const std::string& ProfileStorage::display_name() const {
    return s_->display_name;
}
fs::path ProfileStorage::writer_lock_file(const fs::path& folder) {
    LoadReport ignored;  // an unreadable device id is reported when the profile is opened
    return folder / writer_lock_name(this_device(ignored));
}
std::optional<std::string> ProfileStorage::writer_elsewhere(const fs::path& folder) {
    if (auto holder = FileLock::holder(writer_lock_file(folder))) return holder;
    return FileLock::holder(folder / kLegacyLockFileName);
}
SaveResult<FileLock> ProfileStorage::lock_for_writing(const fs::path& folder) {
    auto lock = FileLock::try_acquire(writer_lock_file(folder));
    if (!lock) return lock;
    // An older Chronik writes reviews.jsonl under writer.lock: never write beside it.
    if (auto old = FileLock::holder(folder / kLegacyLockFileName))
        return SaveError{SaveErrorKind::Locked, folder / kLegacyLockFileName, *old};
    return lock;
}
const fs::path& ProfileStorage::folder() const {
    return s_->folder;
}
const ProfileProgress& ProfileStorage::progress() const {
    return s_->progress;
}
const ProfileSettings& ProfileStorage::settings() const {
    return s_->settings;
}
const LoadReport& ProfileStorage::report() const {
    return s_->report;
}
const LogPosition& ProfileStorage::log_position() const {
    return s_->position;
}
std::optional<SaveError> ProfileStorage::write_blocked() const {
    return s_->blocked;
}
const std::string& ProfileStorage::device() const {
    return s_->device;
}
bool ProfileStorage::merged() const {
    return s_->merged;
}
const std::vector<sync::FieldConflict>& ProfileStorage::settings_conflicts() const {
    return s_->field_conflicts;
}

std::optional<TimeMs> ProfileStorage::latest_review_time() const {
    std::optional<TimeMs> latest;
    for (const auto& [id, card] : s_->progress.cards())
        if (card.last_review && (!latest || *card.last_review > *latest)) latest = card.last_review;
    return latest;
}

SaveResult<void> ProfileStorage::write_snapshot() {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    Snapshot snap;
    snap.profile_id = s.id;
    snap.display_name = s.display_name;
    snap.written_ms = now_ms();
    snap.log = s.merged ? LogPosition{} : s.position;
    snap.settings = s.settings;
    snap.settings_ms = s.settings_ms;
    snap.progress = s.progress.state();
    if (s.merged && s.checkpoint_ok)
        snap.merge = MergeCheckpointFile{s.devices, s.last, s.awaited_undone, s.seen};
    const std::string bytes = encode_snapshot(snap);
    if (s.merged) {
        // This device's own snapshot: its settings (the devices' latest is used) and the merged
        // progress; only this device writes it.
        const fs::path own = s.file(device_snapshot_name(s.device).c_str());
        if (bytes.size() > kMaxSnapshotBytes)
            return SaveError{SaveErrorKind::TooLarge, own,
                             "the progress is too large for a snapshot"};
        if (auto r = write_file_atomically(own, bytes); !r) return r.error();
        s.unsnapshotted = 0;
        return {};
    }
    const fs::path main = s.file(kSnapshotFileName);
    // Never write what could not be read back; the log keeps every review regardless.
    if (bytes.size() > kMaxSnapshotBytes)
        return SaveError{SaveErrorKind::TooLarge, main,
                         "the progress is too large for one snapshot (" +
                             std::to_string(bytes.size()) + " bytes, at most " +
                             std::to_string(kMaxSnapshotBytes) +
                             "); it is not written, the review log keeps every review"};

    const fs::path backups = s.file(kBackupsFolder);
    std::error_code ec;
    auto existing = list_backups(backups);
    // The snapshot being replaced becomes a backup, unless it is one already: after a failed
    // attempt (a full disk) it would otherwise be kept again and again until the five backups
    // were five copies of one point in time.
    if (fs::exists(fs::symlink_status(main, ec)) && !already_backed_up(main, existing)) {
        if (auto r = make_folder(backups); !r) return r.error();
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "%013lld", static_cast<long long>(snap.written_ms));
        fs::path backup = backups / (std::string("snapshot-") + stamp + ".json");
        for (int n = 2; fs::exists(fs::symlink_status(backup, ec)); ++n)
            backup =
                backups / (std::string("snapshot-") + stamp + "-" + std::to_string(n) + ".json");
        // A hard link costs no copy; where links are not possible, copy.
        if (::link(main.c_str(), backup.c_str()) != 0) {
            if (auto r = copy_durably(main, backup); !r) return r.error();
        }
        if (auto r = sync_folder(backups); !r) return r.error();
        // The newest five stay, whether or not the new snapshot can be written now.
        auto old = list_backups(backups);
        for (std::size_t i = kSnapshotBackups; i < old.size(); ++i)
            fs::remove(old[i], ec);
    }
    if (auto r = write_file_atomically(main, bytes); !r) return r.error();
    s.snapshot_lines = s.position.lines;
    return {};
}

void ProfileStorage::write_snapshot_or_report() {
    State& s = *s_;
    if (s.blocked) return;
    if (auto w = write_snapshot(); !w) {
        // Once per episode in the report; tried again after another snapshot_every lines.
        if (!s.snapshot_failing)
            s.report.add(MessageLevel::Warning, kSnapshotFileName,
                         "snapshot not written: " + w.error().message +
                             "; every review is still saved in the review log, and the snapshot "
                             "is tried again later");
        s.snapshot_failing = true;
        s.snapshot_retry_lines = s.position.lines + s.options.snapshot_every;
        return;
    }
    if (s.snapshot_failing)
        s.report.add(MessageLevel::Info, kSnapshotFileName, "written again after the failure");
    s.snapshot_failing = false;
    s.snapshot_retry_lines = 0;
}

SaveResult<void> ProfileStorage::close() {
    State& s = *s_;
    SaveResult<void> result;
    std::error_code ec;
    if (s.blocked) {
    } else if (s.merged) {
        if (s.unsnapshotted > 0 || !fs::exists(s.file(device_snapshot_name(s.device).c_str()), ec))
            result = write_snapshot();
    } else if (s.snapshot_lines != s.position.lines) {
        result = write_snapshot();
    }
    // This session's segment is sealed (compressed, never changed again). If that fails, its
    // reviews are safe in the open segment, which the next start seals.
    if (s.mirror) {
        if (auto sealed = s.mirror->seal(); !sealed)
            s.report.add(MessageLevel::Warning, kDevicesFolder,
                         "this session's reviews could not be sealed (" +
                             sealed.error().describe() + "); they are sealed at the next start");
    }
    return result;
}

}  // namespace chronik::io
