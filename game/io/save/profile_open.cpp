// Opening a profile (ProfileStorage::open): the writer lock, profile.json, the snapshot and its
// backups, the log tail, this device's segments; a merged profile opens in profile_merged.cpp.
#include <algorithm>
#include <limits>
#include <system_error>

#include "io/save/durable_file.hpp"
#include "io/save/profile_storage_state.hpp"

namespace chronik::io {

namespace fs = std::filesystem;
using namespace storage_parts;

namespace {

struct Candidate {
    fs::path file;
    std::string bytes;
    Snapshot snapshot;
};

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
        const bool checkpoint_due = open_merged(s, devices, own_checkpoint, profile_file,
                                                log_header, foreign_log, writable, damaged);
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
            "line " + std::to_string(bad.line) + " is damaged (" + bad.message + "); skipped",
            bad.line);
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

}  // namespace chronik::io
