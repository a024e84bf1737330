#include "io/save/profile_storage.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <system_error>

#include "io/save/durable_file.hpp"
#include "io/save/file_lock.hpp"
#include "io/save/review_log.hpp"
#include "progress/profile_id.hpp"

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
std::optional<std::string> ProfileStorage::writer_elsewhere(const fs::path& folder) {
    return FileLock::holder(folder / kLockFileName);
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
    for (const char* name : {kLogFileName, kSnapshotFileName, kProfileFileName, kBackupsFolder,
                             kDamagedFolder, kLockFileName})
        if (is_link(s.file(name)))
            return SaveError{SaveErrorKind::Unsafe, s.file(name),
                             "is a symbolic link; refusing to follow it"};
    const fs::path log = s.file(kLogFileName);
    const fs::path damaged = s.file(kDamagedFolder);

    // One writer per profile: the lock comes before anything is read, so that what is read
    // cannot change underneath (except by readers, who write nothing).
    if (writable) {
        auto lock = FileLock::try_acquire(s.file(kLockFileName));
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

    auto writer = ReviewLogWriter::open(log, s.id, s.display_name, damaged, s.report);
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

    ProfileStorage storage(std::move(st));
    State& t = *storage.s_;
    const bool stale =
        t.snapshot_lines < 0 || t.position.lines - t.snapshot_lines >= t.options.snapshot_every;
    if (stale) storage.write_snapshot_or_report();
    return storage;
}

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
    // Write ahead: the record is on disk before the progress changes.
    if (auto r = s.writer->append(encode_record(record)); !r) return r.error();
    s.position.lines += 1;
    s.position.bytes = s.writer->size();
    s.position.last_line_hash = s.writer->last_line_hash();
    const ApplyResult result = s.progress.apply(record);
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
    if (auto r = s.writer->append_block(block, last); !r) return r.error();
    s.position.lines += static_cast<std::int64_t>(records.size());
    s.position.bytes = s.writer->size();
    s.position.last_line_hash = s.writer->last_line_hash();
    s.progress = std::move(next);
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
    s_->settings = settings;
    auto r = write_snapshot();
    if (!r) s_->settings = old;
    return r;
}

SaveResult<void> ProfileStorage::write_snapshot() {
    State& s = *s_;
    if (s.blocked) return *s.blocked;
    Snapshot snap;
    snap.profile_id = s.id;
    snap.display_name = s.display_name;
    snap.written_ms = now_ms();
    snap.log = s.position;
    snap.settings = s.settings;
    snap.progress = s.progress.state();
    const std::string bytes = encode_snapshot(snap);
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
    auto writer = ReviewLogWriter::open(log, s.id, s.display_name, aside, s.report);
    if (!writer) {
        s.blocked = writer.error();
        return writer.error();
    }
    s.writer = std::move(writer.value());
    if (auto r = rebuild_from_log(); !r) return r.error();
    return bad;
}

SaveResult<void> ProfileStorage::close() {
    if (s_->blocked || s_->snapshot_lines == s_->position.lines) return {};
    return write_snapshot();
}

}  // namespace chronik::io
