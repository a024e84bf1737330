#include "io/save/profile_storage.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <system_error>

#include "io/save/device_mirror.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/file_lock.hpp"
#include "io/save/review_log.hpp"
#include "io/save/settings_fields.hpp"
#include "io/sync/sync_leftovers.hpp"
#include "progress/profile_id.hpp"
#include "study/profile_study.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

struct ProfileStorage::State {
    fs::path folder;
    std::string id;
    std::string display_name;
    OpenOptions options;
    ProfileProgress progress;
    ProfileSettings settings;
    LoadReport report;
    LogPosition position;
    std::int64_t snapshot_lines = -1;  // log lines in the snapshot on disk (-1: none matches)
    std::optional<ReviewLogWriter> writer;
    std::optional<SaveError> blocked;
    std::optional<FileLock> lock;  // ReadWrite: held until the storage goes away
    // After a failed snapshot (a full disk), the next try waits this many log lines, so a
    // disk-full episode neither retries on every review nor floods the report.
    std::int64_t snapshot_retry_lines = 0;
    bool snapshot_failing = false;

    // Devices (README "Several computers"). Every record this device writes also goes to its
    // own segments in devices/, which other computers read.
    std::string device;
    // Other devices' records are in devices/ (or reviews.jsonl is another device's): progress
    // is the merged history of every device's segments; reviews.jsonl and snapshot.json, which
    // only their creator writes, are neither read nor written, and the snapshot is
    // snapshot.<device>.json.
    bool merged = false;
    std::optional<DeviceLog> mirror;       // this device's segments (ReadWrite)
    std::vector<sync::RecordId> undo_ids;  // this device's reviews in effect, the next undo's last
    bool mirror_failing = false;
    std::vector<sync::DeviceShare> devices;    // who contributed (merged: from the merge)
    std::vector<ReviewRecord> merged_reviews;  // merged: the reviews in effect in merge order
    std::int64_t settings_ms = 0;              // when the settings were last changed (0: unknown)
    // Every device's latest settings changes known here (written with the snapshot), and the
    // fields two devices changed while apart (the later value is in effect).
    std::vector<sync::FieldChange> field_changes;
    std::vector<sync::FieldConflict> field_conflicts;
    std::int64_t unsnapshotted = 0;  // merged: records appended since the last snapshot
    // Merged: the checkpoint `progress` is (written with this device's snapshot, so that the
    // next open reads and applies only what came since): the segments it holds, its last review
    // in merge order and the undos still waiting for their review. `checkpoint_ok` is false when
    // this session appended a review before `last` (a clock set back): then the next open merges
    // every record.
    SeenSegments seen;
    std::optional<sync::MergePoint> last;
    std::vector<sync::RecordId> awaited_undone;
    bool checkpoint_ok = false;
    bool merged_reviews_complete = true;  // false: merged_reviews() reads them when asked
    sync::DeviceShare own_share_at_open;  // this device's share when opened, and this session's
    std::vector<TimeMs> session_times;    // reviews in effect: its share after an undo

    fs::path file(const char* name) const { return folder / name; }
};

namespace {

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

struct Candidate {
    fs::path file;
    std::string bytes;
    Snapshot snapshot;
};

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

struct ProfileFile {
    std::optional<ProfileInfoFile> info;  // when readable
    std::string problem;                  // why not ("" when missing)
    bool missing = false;
    std::string bytes;  // what could be read, for salvaging the name
};

ProfileFile read_profile_file(const fs::path& file) {
    ProfileFile out;
    auto bytes = read_file(file, kMaxProfileInfoBytes);
    if (!bytes) {
        out.missing = bytes.error().kind == SaveErrorKind::NotFound;
        out.problem = bytes.error().message;
        return out;
    }
    out.bytes = bytes.value();
    try {
        out.info = decode_profile_info(out.bytes);
    } catch (const NewerSchemaError&) {
        throw;
    } catch (const FormatError& e) {
        out.problem = e.what();
    }
    return out;
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
const std::vector<ReviewRecord>& ProfileStorage::merged_reviews() const {
    State& s = *s_;
    if (s.merged && !s.merged_reviews_complete) {
        // Opened from a checkpoint: every device's records are read and merged only when asked
        // (check, export), not for studying.
        DevicesRead all = read_devices(s.folder, s.id, s.device);
        auto history = merge_devices(std::move(all.folder.reviews), s.settings, s.id);
        s.merged_reviews.clear();
        s.merged_reviews.reserve(history.reviews.size());
        for (auto& r : history.reviews)
            s.merged_reviews.push_back(std::move(r.record));
        s.merged_reviews_complete = true;
    }
    return s.merged_reviews;
}
const std::vector<sync::FieldConflict>& ProfileStorage::settings_conflicts() const {
    return s_->field_conflicts;
}
std::vector<sync::DeviceShare> ProfileStorage::devices() const {
    if (s_->merged) return s_->devices;
    sync::DeviceShare own;
    own.device = s_->device;
    own.reviews = s_->progress.scores().reviews;
    return {own};
}

std::optional<TimeMs> ProfileStorage::latest_review_time() const {
    std::optional<TimeMs> latest;
    for (const auto& [id, card] : s_->progress.cards())
        if (card.last_review && (!latest || *card.last_review > *latest)) latest = card.last_review;
    return latest;
}

namespace {

// A missing or damaged profile.json is written anew (ReadWrite) with the display name from
// the damaged file's readable part, else the snapshot's copy, else the log header's, else the
// folder id; the damaged file is moved to damaged/. Inspect mode only reports it.
void restore_profile_file(ProfileStorage::State& s, const ProfileFile& file,
                          const std::string& snapshot_name, const std::optional<LogHeader>& header,
                          bool writable) {
    if (file.info) return;
    std::string name;
    std::string from;
    std::optional<std::string> salvaged;
    try {
        if (auto found = salvage_display_name(file.bytes))
            salvaged = normalize_display_name(*found);
    } catch (const ProfileNameError&) {
    }
    if (salvaged) {
        name = *salvaged;
        from = "what was readable of it";
    } else if (!snapshot_name.empty()) {
        name = snapshot_name;
        from = "the snapshot";
    } else if (header && !header->display_name.empty()) {
        name = header->display_name;
        from = "the review log";
    } else {
        name = s.id;
        from = "the folder name: no copy of the name survived";
    }
    s.display_name = name;
    const std::string what =
        file.missing ? std::string("missing") : "damaged (" + file.problem + ")";
    if (!writable) {
        s.report.add(file.missing ? MessageLevel::Warning : MessageLevel::Error, kProfileFileName,
                     what + "; the name " + in_quotes(name) + " from " + from + " is used");
        return;
    }
    std::string done;
    if (!file.missing) {
        auto moved = move_aside(s.file(kProfileFileName), s.file(kDamagedFolder), "bad");
        if (!moved) {
            s.report.add(MessageLevel::Error, kProfileFileName,
                         what + "; it could not be set aside (" + moved.error().message + ")");
            return;
        }
        done = "moved to " + rel(moved.value(), s.folder) + ", ";
    }
    ProfileInfoFile restored{s.id, name, header ? header->created_ms : now_ms()};
    auto written = write_file_atomically(s.file(kProfileFileName), encode_profile_info(restored));
    s.report.add(file.missing ? MessageLevel::Warning : MessageLevel::Error, kProfileFileName,
                 what + "; " + done +
                     (written ? "written anew with the name " + in_quotes(name) + " from " + from
                              : "not written anew (" + written.error().message + ")"));
}

// The devices' messages, with their folder in the file name.
void add_device_messages(ProfileStorage::State& s, const LoadReport& report) {
    for (auto m : report.messages) {
        m.file = std::string(kDevicesFolder) + "/" + m.file;
        s.report.messages.push_back(std::move(m));
    }
}

// Copies what this device's reviews.jsonl holds and its segments in devices/ lack: the first
// open of a log from a Chronik before devices converts it whole (under legacy_device(), so that
// copies of one old log converted on two computers count once), and a review a crash kept from
// being copied is copied now. reviews.jsonl itself is not changed. `json_lines` is its line
// count (header included) when known, else -1. The records written are added to `devices.own`
// and returned.
std::vector<sync::LoggedReview> fill_mirror(ProfileStorage::State& s, DevicesRead& devices,
                                            const std::optional<LogHeader>& header,
                                            std::int64_t json_lines, const fs::path& damaged) {
    std::vector<sync::LoggedReview> added;
    const std::int64_t json_records = json_lines < 0 ? -1 : header ? json_lines - 1 : json_lines;
    if (json_records >= 0 && static_cast<std::int64_t>(devices.own.size()) >= json_records)
        return added;
    std::vector<ReviewRecord> records;
    auto scan = scan_log(s.file(kLogFileName), {},
                         [&](const ReviewRecord& r, std::int64_t) { records.push_back(r); });
    if (!scan) {
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "the review log could not be copied for other computers (" +
                         scan.error().describe() + "); it is tried again at the next start");
        return added;
    }
    if (devices.own.size() >= records.size()) return added;
    const bool only_converted =
        std::all_of(devices.own.begin(), devices.own.end(),
                    [](const sync::LoggedReview& r) { return is_legacy_device(r.id.device); });
    const bool legacy = header && header->device.empty() && only_converted;
    const std::string writer = legacy ? legacy_device(header->created_ms) : s.device;
    DeviceLogOptions options;
    options.durable = false;  // one fsync when the segment is sealed, not one per record
    if (legacy) options.first_seq = 1;
    auto log = DeviceLog::open(s.file(kDevicesFolder), writer, s.id, devices.folder, damaged,
                               s.report, options);
    if (!log) {
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "the review log could not be copied for other computers (" +
                         log.error().describe() + "); it is tried again at the next start");
        return added;
    }
    std::vector<sync::RecordId> stack;
    for (std::size_t i = 0; i < records.size(); ++i) {
        sync::RecordId id;
        if (i < devices.own.size()) {
            id = devices.own[i].id;
        } else {
            auto lr = sync::LoggedReview::of(records[i]);
            if (records[i].kind == RecordKind::Undo && !stack.empty()) lr.undoes = stack.back();
            auto r = log.value().append(lr);
            if (!r) {
                s.report.add(MessageLevel::Warning, kDevicesFolder,
                             "the review log could not be copied for other computers whole (" +
                                 r.error().describe() + "); the rest is copied at the next start");
                break;
            }
            id = r.value();
            lr.id = id;
            added.push_back(lr);
        }
        if (records[i].kind == RecordKind::Review)
            stack.push_back(id);
        else if (!stack.empty())
            stack.pop_back();
    }
    if (auto sealed = log.value().seal(); !sealed)
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "the copy for other computers could not be sealed (" +
                         sealed.error().describe() + "); it is sealed at the next start");
    if (!added.empty()) {
        auto& known = devices.folder.devices[writer];
        known.last_seq = std::max(known.last_seq, added.back().id.seq);
        known.open_segments.clear();
    }
    // Reported when an old log is converted; a review or two a crash kept from being copied is
    // copied without a word (it was saved all along).
    if (legacy && !added.empty()) {
        s.report.add(MessageLevel::Info, kDevicesFolder,
                     std::to_string(added.size()) + " records of " + std::string(kLogFileName) +
                         (legacy ? " converted" : " copied") + " into " + kDevicesFolder +
                         "/ for other computers; " + kLogFileName + " is kept as it is");
    }
    devices.own.insert(devices.own.end(), added.begin(), added.end());
    return added;
}

// Opens this device's segments for appending (sealing what a crash left open).
void open_mirror(ProfileStorage::State& s, const DevicesRead& devices, const fs::path& damaged) {
    auto log =
        DeviceLog::open(s.file(kDevicesFolder), s.device, s.id, devices.folder, damaged, s.report);
    if (!log) {
        s.report.add(MessageLevel::Warning, kDevicesFolder,
                     "reviews cannot be shared with other computers: " + log.error().describe());
        return;
    }
    s.mirror = std::move(log.value());
    s.undo_ids = undo_stack(devices.own);
}

// Per field, the last change any device recorded (fields.<device>.json), over the settings the
// snapshots give: a field changed on two computers while apart gets the later value, both are
// kept in field_conflicts for the settings screen. Also for a single device, whose snapshot.json
// a stale copy from another computer may have replaced.
void merge_settings_fields(ProfileStorage::State& s) {
    s.field_changes = read_field_changes(s.folder, s.id, s.report);
    if (s.field_changes.empty()) return;
    const sync::MergedFields fields = sync::merge_fields(s.field_changes);
    s.settings = apply_settings_fields(s.settings, fields.current);
    s.field_conflicts = fields.conflicts;
}

// Settings of a merged profile: of every device's snapshot, the one whose settings were changed
// last (then the one written last).
// Returns this device's own snapshot (its checkpoint), if readable.
std::optional<Snapshot> pick_settings(ProfileStorage::State& s) {
    std::error_code ec;
    std::optional<Snapshot> best;
    std::optional<Snapshot> own;
    for (fs::directory_iterator it(s.folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with("snapshot") || !name.ends_with(".json")) continue;
        // A sync tool's conflict copy or temporary is no device's snapshot: never settings.
        if (classify_sync_file(name).kind != SyncFileKind::Ordinary) continue;
        auto bytes = read_file(it->path(), kMaxSnapshotBytes);
        if (!bytes) continue;
        try {
            Snapshot snap = decode_snapshot(bytes.value());
            if (snap.profile_id != s.id) continue;
            if (name == device_snapshot_name(s.device)) own = snap;
            if (!best || std::tie(snap.settings_ms, snap.written_ms) >
                             std::tie(best->settings_ms, best->written_ms))
                best = std::move(snap);
        } catch (const NewerSchemaError&) {
            s.report.add(MessageLevel::Warning, name,
                         "is from a newer Chronik; not read and not changed");
        } catch (const FormatError& e) {
            s.report.add(MessageLevel::Info, name,
                         std::string("cannot be read (") + e.what() + "); not used");
        }
    }
    if (best) {
        s.settings = best->settings;
        s.settings_ms = best->settings_ms;
        if (s.display_name == s.id && !best->display_name.empty())
            s.display_name = best->display_name;
    }
    if (auto problems = settings_problems(s.settings); !problems.empty()) {
        s.report.add(MessageLevel::Warning, device_snapshot_name(s.device),
                     "invalid settings: the defaults are used");
        s.settings = ProfileSettings{};
    }
    return own;
}

// This device's share as opened, so that an undo of this session's last review sets its first
// and last review time back exactly as merging everything would.
void note_own_share(ProfileStorage::State& s) {
    s.own_share_at_open = sync::DeviceShare{};
    s.own_share_at_open.device = s.device;
    for (const auto& d : s.devices)
        if (d.device == s.device) s.own_share_at_open = d;
}

// Progress from this device's checkpoint and the records that came since (`tail`); false when
// the tail cannot simply follow (sync::resume_history), then nothing is changed.
bool resume_into(ProfileStorage::State& s, const Snapshot& own, const SeenSegments& seen,
                 std::vector<sync::LoggedReview> tail) {
    sync::HistoryCheckpoint checkpoint;
    checkpoint.progress = own.progress;
    checkpoint.progress.undo.reset();
    checkpoint.progress.undo_history.clear();
    checkpoint.devices = own.merge->devices;
    checkpoint.last = own.merge->last;
    checkpoint.awaited_undone = own.merge->awaited_undone;
    const Scheduler scheduler = study::scheduler_for(s.settings, s.id);
    auto resumed =
        sync::resume_history(checkpoint, std::move(tail),
                             [&scheduler](std::string_view, const CardState& before, Rating rating,
                                          TimeMs t) { return scheduler.next(before, rating, t); });
    if (!resumed) return false;
    s.progress = ProfileProgress(std::move(resumed->history.progress));
    s.devices = std::move(resumed->history.devices);
    s.last = resumed->history.last;
    s.awaited_undone = std::move(resumed->history.awaited_undone);
    s.seen = seen;
    s.checkpoint_ok = true;
    s.merged_reviews.clear();
    s.merged_reviews_complete = false;
    note_own_share(s);
    s.report.add(MessageLevel::Info, kDevicesFolder,
                 "merged from this computer's checkpoint (" +
                     std::to_string(own.progress.scores.reviews) + " reviews) and " +
                     std::to_string(resumed->reviews.size()) + " reviews that came since" +
                     (resumed->recomputed > 0 ? "; " + std::to_string(resumed->recomputed) +
                                                    " reviews got their card states computed anew"
                                              : std::string()));
    return true;
}

// Progress from every device's records (see State::merged).
void merge_into(ProfileStorage::State& s, std::vector<sync::LoggedReview> records,
                const SeenSegments& seen) {
    auto history = merge_devices(std::move(records), s.settings, s.id);
    s.seen = seen;
    s.last = history.reviews.empty() ? std::nullopt
                                     : std::optional(sync::merge_point(history.reviews.back()));
    s.awaited_undone = history.missing_undone;
    s.checkpoint_ok = true;
    s.merged_reviews_complete = true;
    ProgressState state = sync::progress_of(history).state();
    // The undo stack of a merged history would hold other devices' reviews: an undo takes back
    // only what this device answered in this session.
    state.undo.reset();
    state.undo_history.clear();
    s.progress = ProfileProgress(std::move(state));
    s.merged_reviews.clear();
    s.merged_reviews.reserve(history.reviews.size());
    for (auto& r : history.reviews)
        s.merged_reviews.push_back(std::move(r.record));
    s.devices = std::move(history.devices);
    note_own_share(s);
    std::string who;
    for (const auto& d : s.devices)
        who += (who.empty() ? "" : ", ") + d.device + " " + std::to_string(d.reviews);
    s.report.add(MessageLevel::Info, kDevicesFolder,
                 "merged " + std::to_string(s.merged_reviews.size()) + " reviews of " +
                     std::to_string(s.devices.size()) + " devices (" + who + ")" +
                     (history.recomputed > 0 ? "; " + std::to_string(history.recomputed) +
                                                   " reviews got their card states computed anew"
                                             : std::string()));
}

}  // namespace

SaveResult<ProfileStorage> ProfileStorage::open(const fs::path& folder_in,
                                                const OpenOptions& options) {
    auto st = std::make_unique<State>();
    State& s = *st;
    s.folder = folder_in;
    s.options = options;
    s.options.snapshot_every = std::max(1, options.snapshot_every);
    bool writable = options.mode == OpenMode::ReadWrite;
    std::error_code ec;
    if (is_link(s.folder))
        return SaveError{SaveErrorKind::Unsafe, s.folder,
                         "is a symbolic link; profiles must be real folders"};
    if (!fs::is_directory(s.folder, ec))
        return SaveError{SaveErrorKind::NotFound, s.folder, "no such profile folder"};
    s.id = s.folder.filename().string();
    s.display_name = s.id;
    for (const fs::path& file :
         {s.file(kLogFileName), s.file(kSnapshotFileName), s.file(kProfileFileName),
          s.file(kBackupsFolder), s.file(kDamagedFolder), writer_lock_file(s.folder)})
        if (is_link(file))
            return SaveError{SaveErrorKind::Unsafe, file,
                             "is a symbolic link; refusing to follow it"};
    const fs::path log = s.file(kLogFileName);
    const fs::path damaged = s.file(kDamagedFolder);

    // One writer per profile: the lock comes before anything is read, so that what is read
    // cannot change underneath (except by readers, who write nothing).
    if (writable) {
        auto lock = lock_for_writing(s.folder);
        if (!lock) {
            const SaveError& e = lock.error();
            if (e.kind == SaveErrorKind::Locked)
                return SaveError{SaveErrorKind::Locked, s.folder,
                                 "this profile is open in another Chronik (" + e.message +
                                     "); close it there first. Nothing was opened for writing"};
            if (e.kind != SaveErrorKind::ReadOnly) return e;
            // A read-only folder: the profile can be read, nothing can be saved.
            writable = false;
            s.blocked = SaveError{SaveErrorKind::ReadOnly, s.folder,
                                  "the saves folder is read-only: reviews cannot be saved; "
                                  "everything saved before is kept"};
            s.report.add(MessageLevel::Error, ".", s.blocked->message);
        } else {
            s.lock = std::move(lock.value());
            // Whatever temporaries are here belong to writers that were killed: we are the only
            // writer now.
            remove_stale_temporaries(s.folder);
            remove_stale_temporaries(s.file(kBackupsFolder));
        }
    }

    ProfileFile profile_file;
    try {
        profile_file = read_profile_file(s.file(kProfileFileName));
    } catch (const NewerSchemaError& e) {
        return SaveError{SaveErrorKind::NewerVersion, s.file(kProfileFileName), e.what()};
    }
    if (profile_file.info) s.display_name = profile_file.info->display_name;

    // A newer log or snapshot: refuse before anything else happens.
    auto header = read_log_header(log);
    if (!header) return header.error();
    if (header.value() && header.value()->profile_id != s.id)
        s.report.add(MessageLevel::Warning, kLogFileName,
                     "the log belongs to profile " + in_quotes(header.value()->profile_id) +
                         "; it is used for \"" + s.id + "\" anyway");

    // Several computers: every device's segments in devices/. When another device's are there
    // (or reviews.jsonl is another device's), the profile is their merged history.
    s.device = this_device(s.report);
    // A merged profile this device has opened before: its snapshot holds a checkpoint, and only
    // the segments that came since are read.
    std::optional<Snapshot> own_checkpoint;
    if (fs::exists(s.file(device_snapshot_name(s.device).c_str()), ec)) {
        own_checkpoint = pick_settings(s);
        if (own_checkpoint && !own_checkpoint->merge) own_checkpoint.reset();
    }
    DevicesRead devices =
        own_checkpoint ? read_devices(s.folder, s.id, s.device, &own_checkpoint->merge->segments)
                       : read_own_devices(s.folder, s.id, s.device);
    const auto& log_header = header.value();
    const bool foreign_log =
        log_header && !log_header->device.empty() && log_header->device != s.device;
    if (foreign_log && devices.partial) devices = read_devices(s.folder, s.id, s.device);
    if (!devices.others.empty() || foreign_log) {
        s.merged = true;
        restore_profile_file(s, profile_file, "", log_header, false);  // profile.json is shared
        if (!own_checkpoint) pick_settings(s);
        merge_settings_fields(s);
        // The checkpoint's own reviews.jsonl was copied (fill_mirror) when it was made: the log
        // is not written once the profile is merged.
        bool resumed = own_checkpoint &&
                       resume_into(s, *own_checkpoint, devices.folder.seen, devices.folder.reviews);
        if (!resumed && own_checkpoint) {
            s.report.add(MessageLevel::Info, kDevicesFolder,
                         "older reviews arrived since this computer's checkpoint: every "
                         "device's reviews are merged again");
            devices = read_devices(s.folder, s.id, s.device);
        }
        add_device_messages(s, devices.folder.report);
        if (!resumed) {
            std::vector<sync::LoggedReview> records = devices.folder.reviews;
            if (writable && !foreign_log) {
                // This device's own reviews.jsonl from before the others arrived.
                auto added = fill_mirror(s, devices, log_header, -1, damaged);
                records.insert(records.end(), added.begin(), added.end());
            }
            merge_into(s, std::move(records), devices.folder.seen);
        }
        if (writable) open_mirror(s, devices, damaged);
        if (!s.mirror && !s.blocked)
            s.blocked = SaveError{SaveErrorKind::ReadOnly, s.folder,
                                  writable ? "reviews cannot be saved (see the report)"
                                           : "the profile was opened for inspection only"};
        // The checkpoint for the next open, unless it is the one just read.
        const bool checkpoint_due = s.mirror && (!resumed || !devices.folder.reviews.empty());
        ProfileStorage storage(std::move(st));
        if (checkpoint_due) storage.write_snapshot_or_report();
        return storage;
    }
    add_device_messages(s, devices.folder.report);

    // Snapshot candidates: snapshot.json, then the backups, newest first.
    std::vector<fs::path> candidates;
    if (fs::exists(fs::symlink_status(s.file(kSnapshotFileName), ec)))
        candidates.push_back(s.file(kSnapshotFileName));
    for (auto& b : list_backups(s.file(kBackupsFolder)))
        candidates.push_back(b);

    std::optional<Candidate> base;
    std::optional<ProfileSettings> fallback_settings;
    std::string snapshot_name;  // the display name kept in the first readable snapshot
    bool main_snapshot_bad = false;
    struct Rejected {
        fs::path file;
        std::string problem, tag;
    };
    std::vector<Rejected> rejected;
    for (const auto& file : candidates) {
        const bool is_main = file == s.file(kSnapshotFileName);
        auto bytes = read_file(file, kMaxSnapshotBytes);
        std::string problem;
        std::string tag = "bad";
        Snapshot snap;
        if (!bytes) {
            problem = bytes.error().message;
        } else {
            try {
                snap = decode_snapshot(bytes.value());
                if (snap.profile_id != s.id)
                    problem =
                        "foreign snapshot: it belongs to profile " + in_quotes(snap.profile_id);
            } catch (const NewerSchemaError& e) {
                return SaveError{SaveErrorKind::NewerVersion, file, e.what()};
            } catch (const FormatError& e) {
                problem = e.what();
            }
        }
        if (problem.empty() && !fallback_settings) fallback_settings = snap.settings;
        if (problem.empty() && snapshot_name.empty()) snapshot_name = snap.display_name;
        if (problem.empty()) {
            if (auto p = position_problem(log, snap.log)) {
                problem = *p;
                tag = "mismatch";
            }
        }
        if (problem.empty()) {
            base = Candidate{file, std::move(bytes.value()), std::move(snap)};
            break;
        }
        if (is_main) main_snapshot_bad = true;
        rejected.push_back({file, problem, tag});
    }
    // Moved aside only now: a newer candidate further down refuses the whole open, and then
    // nothing may have been moved.
    for (const auto& r : rejected) {
        std::string action = "set aside";
        if (writable) {
            auto moved = move_aside(r.file, damaged, r.tag);
            action = moved ? "moved to " + rel(moved.value(), s.folder)
                           : "could not be moved aside (" + moved.error().message + ")";
        }
        s.report.add(MessageLevel::Error, rel(r.file, s.folder), r.problem + "; " + action);
    }
    if (base && base->file != s.file(kSnapshotFileName))
        s.report.add(main_snapshot_bad ? MessageLevel::Error : MessageLevel::Warning,
                     rel(base->file, s.folder),
                     "this backup snapshot was used, with the newer reviews from the log");
    if (!base && !candidates.empty())
        s.report.add(MessageLevel::Error, kSnapshotFileName,
                     "no usable snapshot: progress was rebuilt from the review log");

    restore_profile_file(s, profile_file, snapshot_name, header.value(), writable);

    LogPosition start;
    if (base) {
        s.progress = ProfileProgress(base->snapshot.progress);
        s.settings = base->snapshot.settings;
        s.settings_ms = base->snapshot.settings_ms;
        start = base->snapshot.log;
        if (base->file == s.file(kSnapshotFileName)) s.snapshot_lines = start.lines;
        if (base->snapshot.migrated_from != 0) {
            std::string where = "the original is kept";
            if (writable) {
                if (auto r = make_folder(s.file(kMigratedFolder)); r) {
                    const fs::path keep = unique_name(
                        s.file(kMigratedFolder), base->file.filename().string() + ".schema" +
                                                     std::to_string(base->snapshot.migrated_from));
                    if (auto w = write_file_atomically(keep, base->bytes); w)
                        where += " in " + rel(keep, s.folder);
                }
            }
            s.report.add(MessageLevel::Info, rel(base->file, s.folder),
                         "migrated from schema " + std::to_string(base->snapshot.migrated_from) +
                             " to " + std::to_string(kSnapshotSchema) + "; " + where);
            s.snapshot_lines = -1;  // rewrite in the current schema
        }
    } else if (fallback_settings) {
        s.settings = *fallback_settings;
    } else if (!candidates.empty()) {
        s.report.add(MessageLevel::Warning, kSnapshotFileName,
                     "no snapshot could be read: settings are the defaults");
    }
    merge_settings_fields(s);
    if (auto problems = settings_problems(s.settings); !problems.empty()) {
        std::string all;
        for (const auto& p : problems)
            all += (all.empty() ? "" : "; ") + p;
        s.report.add(MessageLevel::Warning, kSnapshotFileName,
                     "invalid settings (" + all + "): the defaults are used");
        s.settings = ProfileSettings{};
    }

    // Replay the log after the snapshot's position. A reader takes the log as long as it was
    // once the snapshot had been read: a writer elsewhere may append meanwhile, and what it
    // appends later must not make the snapshot and the log look inconsistent.
    const std::int64_t limit = writable ? std::numeric_limits<std::int64_t>::max() : log_size(log);
    auto scan = scan_log(
        log, start,
        [&](const ReviewRecord& record, std::int64_t line) {
            const ApplyResult r = s.progress.apply(record);
            if (r.outcome == ApplyOutcome::Rejected || r.outcome == ApplyOutcome::NothingToUndo)
                s.report.add(MessageLevel::Warning, kLogFileName,
                             "line " + std::to_string(line) + ": " + r.reason + " (ignored)", line);
        },
        limit);
    if (!scan) return scan.error();
    for (const auto& bad : scan.value().bad_lines)
        s.report.add(
            MessageLevel::Error, kLogFileName,
            "line " + std::to_string(bad.line_number) + " is damaged (" + bad.reason + "); skipped",
            bad.line_number);
    if (scan.value().torn_bytes > 0 && !writable) {
        const auto other = writer_elsewhere(s.folder);
        if (other)
            s.report.add(MessageLevel::Info, kLogFileName,
                         "the last " + std::to_string(scan.value().torn_bytes) +
                             " bytes are a line being written by " + *other + "; not read");
        else
            s.report.add(MessageLevel::Warning, kLogFileName,
                         "the last line is incomplete (" + std::to_string(scan.value().torn_bytes) +
                             " bytes, probably a crash while saving); it is skipped",
                         scan.value().end.lines + 1);
    }
    s.position = scan.value().end;

    if (!writable) {
        if (!s.blocked)
            s.blocked = SaveError{SaveErrorKind::ReadOnly, s.folder,
                                  "the profile was opened for inspection only"};
        return ProfileStorage(std::move(st));
    }

    auto writer = ReviewLogWriter::open(log, s.id, s.display_name, damaged, s.report, s.device);
    if (!writer) {
        s.blocked = writer.error();
        s.report.add(MessageLevel::Error, kLogFileName,
                     "reviews cannot be saved: " + writer.error().message +
                         ". Everything saved before is kept");
        return ProfileStorage(std::move(st));
    }
    s.writer = std::move(writer.value());
    s.position.bytes = s.writer->size();
    s.position.last_line_hash = s.writer->last_line_hash();
    if (s.position.lines == 0) s.position.lines = 1;  // the header the writer just wrote
    {
        auto now_header = read_log_header(log);
        const std::optional<LogHeader> h =
            now_header ? now_header.value() : std::optional<LogHeader>();
        // Only this device has written: its segments are in step with the log when their last
        // records agree; else (the first open, a crash between the two writes) all is read.
        const auto last = last_log_record(log);
        const bool in_step =
            devices.partial &&
            (last ? !devices.own.empty() && devices.own.back().record.kind == last->kind &&
                        devices.own.back().record.card_id == last->card_id &&
                        devices.own.back().record.time_ms == last->time_ms
                  : devices.own.empty());
        if (!in_step) {
            if (devices.partial) devices = read_devices(s.folder, s.id, s.device);
            fill_mirror(s, devices, h, s.position.lines, damaged);
        }
        open_mirror(s, devices, damaged);
    }

    ProfileStorage storage(std::move(st));
    State& t = *storage.s_;
    const bool stale =
        t.snapshot_lines < 0 || t.position.lines - t.snapshot_lines >= t.options.snapshot_every;
    if (stale) storage.write_snapshot_or_report();
    return storage;
}

namespace {

// Writes the record to this device's segment (the copy other computers read).
SaveResult<sync::RecordId> mirror_write(ProfileStorage::State& s, const ReviewRecord& record) {
    if (!s.mirror)
        return SaveError{SaveErrorKind::ReadOnly, s.file(kDevicesFolder),
                         "this device's review segment is not open"};
    auto lr = sync::LoggedReview::of(record);
    if (record.kind == RecordKind::Undo && !s.undo_ids.empty()) lr.undoes = s.undo_ids.back();
    auto id = s.mirror->append(lr);
    if (!id) return id.error();
    if (record.kind == RecordKind::Review)
        s.undo_ids.push_back(id.value());
    else if (!s.undo_ids.empty())
        s.undo_ids.pop_back();
    return id;
}

// Single device: the review is saved in reviews.jsonl; its copy in devices/ is made now or,
// when that fails, at the next start (fill_mirror).
void mirror_or_report(ProfileStorage::State& s, const ReviewRecord& record) {
    if (!s.mirror) return;
    if (auto w = mirror_write(s, record); !w) {
        if (!s.mirror_failing)
            s.report.add(MessageLevel::Warning, kDevicesFolder,
                         "the copy for other computers could not be written (" +
                             w.error().describe() +
                             "); the review is saved in the review log and copied at the next "
                             "start");
        s.mirror_failing = true;
        s.mirror.reset();
    }
}

// Merged: the appended record in the merged reviews and this device's share.
void note_merged(ProfileStorage::State& s, const ReviewRecord& record, const sync::RecordId& id) {
    auto& seen = s.seen[{s.device, s.mirror->segment()}];
    seen.last_seq = std::max(seen.last_seq, id.seq);
    if (record.kind == RecordKind::Review) {
        const sync::MergePoint point{record.time_ms, id};
        if (s.last && point < *s.last) s.checkpoint_ok = false;  // not in merge order
        if (!s.last || *s.last < point) s.last = point;
        s.session_times.push_back(record.time_ms);
    } else if (!s.session_times.empty()) {
        s.session_times.pop_back();
    }
    auto share = std::find_if(s.devices.begin(), s.devices.end(),
                              [&](const sync::DeviceShare& d) { return d.device == s.device; });
    if (share == s.devices.end()) {
        sync::DeviceShare d;
        d.device = s.device;
        s.devices.push_back(d);
        std::sort(s.devices.begin(), s.devices.end(),
                  [](const sync::DeviceShare& a, const sync::DeviceShare& b) {
                      return a.device < b.device;
                  });
        share = std::find_if(s.devices.begin(), s.devices.end(),
                             [&](const sync::DeviceShare& d) { return d.device == s.device; });
    }
    share->last_seq = std::max(share->last_seq, id.seq);
    if (record.kind == RecordKind::Review) {
        if (s.merged_reviews_complete) s.merged_reviews.push_back(record);
        ++share->reviews;
    } else {
        if (s.merged_reviews_complete && !s.merged_reviews.empty()) s.merged_reviews.pop_back();
        --share->reviews;
        ++share->undone;
    }
    // First and last review in effect, as merging everything gives them.
    const auto& open = s.own_share_at_open;
    share->first_ms = open.reviews > 0 ? open.first_ms : std::numeric_limits<TimeMs>::max();
    share->last_ms = open.reviews > 0 ? open.last_ms : std::numeric_limits<TimeMs>::min();
    for (const TimeMs t : s.session_times) {
        share->first_ms = std::min(share->first_ms, t);
        share->last_ms = std::max(share->last_ms, t);
    }
    if (share->reviews == 0) share->first_ms = share->last_ms = 0;
}

}  // namespace

SaveResult<ApplyResult> ProfileStorage::append(const ReviewRecord& record) {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    if (auto problem = record_problem(record))
        return SaveError{SaveErrorKind::InvalidInput, {}, "review not saved: " + *problem};
    if (record.kind == RecordKind::Undo) {
        const ReviewRecord* last = s.progress.undoable();
        if (!last) return ApplyResult{ApplyOutcome::NothingToUndo, "there is no answer to undo"};
        if (last->card_id != record.card_id)
            return ApplyResult{ApplyOutcome::Rejected, "the last answer was for another card"};
    }
    if (s.merged) {
        // Only this device's segment: reviews.jsonl is the creator's, and merged away.
        auto w = mirror_write(s, record);
        if (!w) return w.error();
        const ApplyResult result = s.progress.apply(record);
        note_merged(s, record, w.value());
        if (++s.unsnapshotted >= s.options.snapshot_every) write_snapshot_or_report();
        return result;
    }
    // Write ahead: the record is on disk before the progress changes.
    if (auto r = s.writer->append(encode_record(record)); !r) return r.error();
    s.position.lines += 1;
    s.position.bytes = s.writer->size();
    s.position.last_line_hash = s.writer->last_line_hash();
    const ApplyResult result = s.progress.apply(record);
    mirror_or_report(s, record);
    const bool due =
        s.snapshot_lines < 0 || s.position.lines - s.snapshot_lines >= s.options.snapshot_every;
    // The review is safe in the log; a failed snapshot is tried again after another
    // snapshot_every lines (write_snapshot reports it), not on every review.
    if (due && s.position.lines >= s.snapshot_retry_lines) write_snapshot_or_report();
    return result;
}

bool ProfileStorage::saves_folder_read_only() const {
    return s_->options.mode == OpenMode::ReadWrite && s_->blocked &&
           s_->blocked->kind == SaveErrorKind::ReadOnly && !s_->writer;
}

SaveResult<ApplyResult> ProfileStorage::apply_unsaved(const ReviewRecord& record) {
    State& s = *s_;
    if (!saves_folder_read_only())
        return s.blocked ? *s.blocked
                         : SaveError{SaveErrorKind::InvalidInput, s.folder,
                                     "this profile can be saved: its reviews are appended"};
    if (auto problem = record_problem(record))
        return SaveError{SaveErrorKind::InvalidInput, {}, "review not applied: " + *problem};
    if (record.kind == RecordKind::Undo) {
        const ReviewRecord* last = s.progress.undoable();
        if (!last) return ApplyResult{ApplyOutcome::NothingToUndo, "there is no answer to undo"};
        if (last->card_id != record.card_id)
            return ApplyResult{ApplyOutcome::Rejected, "the last answer was for another card"};
    }
    // Nothing is written, and close() writes no snapshot (blocked): the files stay as they were.
    return s.progress.apply(record);
}

SaveResult<std::int64_t> ProfileStorage::append_all(const std::vector<ReviewRecord>& records) {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    if (records.empty()) return std::int64_t{0};
    ProfileProgress next = s.progress;
    std::string block;
    std::string last;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const ApplyResult r = next.apply(records[i]);
        if (r.outcome != ApplyOutcome::Applied && r.outcome != ApplyOutcome::Undone)
            return SaveError{SaveErrorKind::InvalidInput,
                             {},
                             "record " + std::to_string(i + 1) + " not saved: " + r.reason +
                                 " (nothing was saved)"};
        last = encode_record(records[i]);
        block += last;
        block += '\n';
    }
    if (s.merged) {
        s.mirror->set_durable(false);
        std::optional<SaveError> failed;
        std::size_t written = 0;
        for (const auto& r : records) {
            auto w = mirror_write(s, r);
            if (!w) {
                failed = w.error();
                break;
            }
            s.progress.apply(r);
            note_merged(s, r, w.value());
            ++written;
        }
        s.mirror->set_durable(true);
        if (auto f = s.mirror->flush(); !f && !failed) failed = f.error();
        write_snapshot_or_report();
        if (failed) return *failed;
        return static_cast<std::int64_t>(written);
    }
    if (auto r = s.writer->append_block(block, last); !r) return r.error();
    s.position.lines += static_cast<std::int64_t>(records.size());
    s.position.bytes = s.writer->size();
    s.position.last_line_hash = s.writer->last_line_hash();
    s.progress = std::move(next);
    if (s.mirror) {
        s.mirror->set_durable(false);
        for (const auto& r : records)
            mirror_or_report(s, r);
        if (s.mirror) {
            s.mirror->set_durable(true);
            if (auto f = s.mirror->flush(); !f) {
                s.report.add(MessageLevel::Warning, kDevicesFolder,
                             "the copy for other computers could not be saved (" +
                                 f.error().describe() + "); it is made again at the next start");
                s.mirror.reset();
            }
        }
    }
    write_snapshot_or_report();  // the log has the records
    return static_cast<std::int64_t>(records.size());
}

SaveResult<ApplyResult> ProfileStorage::undo_last(TimeMs now, int utc_offset_minutes) {
    const ReviewRecord* last = s_->progress.undoable();
    if (!last) return ApplyResult{ApplyOutcome::NothingToUndo, "there is no answer to undo"};
    auto r = append(ReviewRecord::undo(last->card_id, now, utc_offset_minutes));
    if (!r || r.value().outcome != ApplyOutcome::Undone) return r;
    write_snapshot_or_report();  // the undo is in the log
    return r;
}

SaveResult<void> ProfileStorage::set_settings(const ProfileSettings& settings) {
    if (auto problems = settings_problems(settings); !problems.empty()) {
        std::string all;
        for (const auto& p : problems)
            all += (all.empty() ? "" : "; ") + p;
        return SaveError{SaveErrorKind::InvalidInput, {}, "settings not saved: " + all};
    }
    if (s_->blocked) return *s_->blocked;
    const ProfileSettings old = s_->settings;
    const std::int64_t old_ms = s_->settings_ms;
    const auto old_changes = s_->field_changes;
    const auto old_conflicts = s_->field_conflicts;
    s_->settings = settings;
    s_->settings_ms = now_ms();
    // Each changed field is one change of this device, replacing every change of that field it
    // knows: merged per field on other computers (and resolving a conflict shown here).
    std::uint64_t seq = 0;
    for (const auto& c : s_->field_changes)
        if (c.id.device == s_->device) seq = std::max(seq, c.id.seq);
    for (auto& [field, value] : changed_settings_fields(old, settings)) {
        sync::FieldChange change;
        change.id = {s_->device, ++seq};
        change.field = field;
        change.value = std::move(value);
        change.time_ms = s_->settings_ms;
        change.replaces = sync::heads_of(s_->field_changes, field);
        s_->field_changes.push_back(std::move(change));
    }
    s_->field_changes = latest_field_changes(std::move(s_->field_changes));
    s_->field_conflicts = sync::merge_fields(s_->field_changes).conflicts;
    // This device's own file of field changes first: the snapshot may be the creator's
    // snapshot.json, which a stale copy from another computer can replace.
    auto r = write_field_changes(s_->folder, s_->id, s_->device, s_->field_changes);
    if (r) r = write_snapshot();
    if (!r) {
        s_->settings = old;
        s_->settings_ms = old_ms;
        s_->field_changes = old_changes;
        s_->field_conflicts = old_conflicts;
    }
    return r;
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

SaveResult<void> ProfileStorage::rebuild_from_log() {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    if (s.merged) return write_snapshot();  // progress is merged from every device's records
    ProfileProgress fresh;
    auto scan = scan_log(s.file(kLogFileName), {},
                         [&](const ReviewRecord& r, std::int64_t) { fresh.apply(r); });
    if (!scan) return scan.error();
    const fs::path main = s.file(kSnapshotFileName);
    std::error_code ec;
    if (fs::exists(fs::symlink_status(main, ec))) {
        auto moved = move_aside(main, s.file(kDamagedFolder), "replaced");
        if (!moved) return moved.error();
        s.report.add(MessageLevel::Info, kSnapshotFileName,
                     "rebuilt from the review log; the old snapshot was moved to " +
                         rel(moved.value(), s.folder));
    }
    s.progress = std::move(fresh);
    s.position = scan.value().end;
    return write_snapshot();
}

SaveResult<std::vector<LoadMessage>> ProfileStorage::set_aside_bad_lines() {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    // Merged: reviews.jsonl is not read (a damaged segment record is skipped by its checksum).
    if (s.merged) return std::vector<LoadMessage>{};
    const fs::path log = s.file(kLogFileName);
    std::vector<LoadMessage> bad;
    ProfileProgress replay;
    auto scan = scan_log(log, {}, [&](const ReviewRecord& r, std::int64_t line) {
        const ApplyResult a = replay.apply(r);
        // Rejected records change nothing when replayed, so leaving them out changes nothing
        // for the lines after them.
        if (a.outcome == ApplyOutcome::Rejected || a.outcome == ApplyOutcome::NothingToUndo)
            bad.push_back({MessageLevel::Warning, kLogFileName, a.reason, line});
    });
    if (!scan) return scan.error();
    for (const auto& b : scan.value().bad_lines)
        bad.push_back({MessageLevel::Error, kLogFileName, b.reason, b.line_number});
    const bool headerless = !scan.value().header && scan.value().end.lines > 0;
    if (bad.empty() && !headerless) return bad;
    std::sort(bad.begin(), bad.end(),
              [](const LoadMessage& a, const LoadMessage& b) { return a.line < b.line; });

    const fs::path aside = s.file(kDamagedFolder);
    if (auto r = make_folder(aside); !r) return r.error();
    // The whole original stays, as a second name of the same file (no copy needed).
    const fs::path original = unique_name(aside, std::string(kLogFileName) + ".before-repair");
    if (::link(log.c_str(), original.c_str()) != 0)
        if (auto r = copy_durably(log, original); !r) return r.error();
    auto lines_file = AtomicFile::create(unique_name(aside, std::string(kLogFileName) + ".lines"));
    if (!lines_file) return lines_file.error();
    auto cleaned = AtomicFile::create(log);
    if (!cleaned) return cleaned.error();
    if (headerless || (!bad.empty() && bad.front().line == 1)) {
        LogHeader h;
        h.profile_id = s.id;
        h.display_name = s.display_name;
        h.created_ms = now_ms();
        h.device = s.device;
        if (auto w = cleaned.value().write(encode_log_header(h) + "\n"); !w) return w.error();
    }
    // Stream the log: each complete line goes to the new log or, with its number, aside.
    const int fd = ::open(log.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return error_from_errno(errno, log, "reading the review log");
    std::string pending, chunk(1 << 20, '\0');
    std::int64_t line = 0;
    std::size_t next_bad = 0;
    std::optional<SaveError> failed;
    auto emit = [&](std::string_view text) {
        ++line;
        while (next_bad < bad.size() && bad[next_bad].line < line)
            ++next_bad;
        SaveResult<void> w;
        if (next_bad < bad.size() && bad[next_bad].line == line) {
            std::string entry = "# line " + std::to_string(line) + ": " + bad[next_bad].reason;
            entry += "\n";
            entry += text;
            entry += "\n";
            w = lines_file.value().write(entry);
        } else {
            std::string keep(text);
            keep += "\n";
            w = cleaned.value().write(keep);
        }
        if (!w && !failed) failed = w.error();
    };
    for (;;) {
        const ssize_t n = ::read(fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            failed = error_from_errno(errno, log, "reading the review log");
            break;
        }
        if (n == 0) break;
        std::string_view data(chunk.data(), static_cast<std::size_t>(n));
        for (auto nl = data.find('\n'); nl != std::string_view::npos; nl = data.find('\n')) {
            if (pending.empty()) {
                emit(data.substr(0, nl));
            } else {
                pending.append(data.substr(0, nl));
                emit(pending);
                pending.clear();
            }
            data.remove_prefix(nl + 1);
        }
        pending.append(data);  // the writer cut any torn tail when it opened, so this stays ""
    }
    ::close(fd);
    if (failed) return *failed;
    if (auto c = lines_file.value().commit(AtomicFile::Replace::No); !c) return c.error();
    if (auto c = cleaned.value().commit(AtomicFile::Replace::Yes); !c) return c.error();
    // The writer's descriptor still points at the old file: open the new one.
    s.writer.reset();
    auto writer = ReviewLogWriter::open(log, s.id, s.display_name, aside, s.report, s.device);
    if (!writer) {
        s.blocked = writer.error();
        return writer.error();
    }
    s.writer = std::move(writer.value());
    if (auto r = rebuild_from_log(); !r) return r.error();
    return bad;
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
