#include "io/save/profile_storage.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

#include "io/save/durable_file.hpp"
#include "io/save/review_log.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

struct ProfileStorage::State {
    fs::path folder;
    std::string id;
    OpenOptions options;
    ProfileProgress progress;
    ProfileSettings settings;
    LoadReport report;
    LogPosition position;
    std::int64_t snapshot_lines = -1;  // log lines in the snapshot on disk (-1: none matches)
    std::optional<ReviewLogWriter> writer;
    std::optional<SaveError> blocked;

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

}  // namespace

ProfileStorage::ProfileStorage(std::unique_ptr<State> state) : s_(std::move(state)) {}
ProfileStorage::ProfileStorage(ProfileStorage&&) noexcept = default;
ProfileStorage& ProfileStorage::operator=(ProfileStorage&&) noexcept = default;
ProfileStorage::~ProfileStorage() = default;

const std::string& ProfileStorage::profile_id() const {
    return s_->id;
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

SaveResult<ProfileStorage> ProfileStorage::open(const fs::path& folder_in,
                                                const OpenOptions& options) {
    auto st = std::make_unique<State>();
    State& s = *st;
    s.folder = folder_in;
    s.options = options;
    s.options.snapshot_every = std::max(1, options.snapshot_every);
    const bool writable = options.mode == OpenMode::ReadWrite;
    std::error_code ec;
    if (is_link(s.folder))
        return SaveError{SaveErrorKind::Unsafe, s.folder,
                         "is a symbolic link; profiles must be real folders"};
    if (!fs::is_directory(s.folder, ec))
        return SaveError{SaveErrorKind::NotFound, s.folder, "no such profile folder"};
    s.id = s.folder.filename().string();
    for (const char* name :
         {kLogFileName, kSnapshotFileName, kProfileFileName, kBackupsFolder, kDamagedFolder})
        if (is_link(s.file(name)))
            return SaveError{SaveErrorKind::Unsafe, s.file(name),
                             "is a symbolic link; refusing to follow it"};
    const fs::path log = s.file(kLogFileName);
    const fs::path damaged = s.file(kDamagedFolder);

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
    bool main_snapshot_bad = false;
    for (const auto& file : candidates) {
        const bool is_main = file == s.file(kSnapshotFileName);
        auto bytes = read_file(file);
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
        std::string action = "set aside";
        if (writable) {
            auto moved = move_aside(file, damaged, tag);
            action = moved ? "moved to " + rel(moved.value(), s.folder)
                           : "could not be moved aside (" + moved.error().message + ")";
        }
        s.report.add(MessageLevel::Error, rel(file, s.folder), problem + "; " + action);
    }
    if (base && base->file != s.file(kSnapshotFileName))
        s.report.add(main_snapshot_bad ? MessageLevel::Error : MessageLevel::Warning,
                     rel(base->file, s.folder),
                     "this backup snapshot was used, with the newer reviews from the log");
    if (!base && !candidates.empty())
        s.report.add(MessageLevel::Error, kSnapshotFileName,
                     "no usable snapshot: progress was rebuilt from the review log");

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

    // Replay the log after the snapshot's position.
    auto scan = scan_log(log, start, [&](const ReviewRecord& record, std::int64_t line) {
        const ApplyResult r = s.progress.apply(record);
        if (r.outcome == ApplyOutcome::Rejected || r.outcome == ApplyOutcome::NothingToUndo)
            s.report.add(MessageLevel::Warning, kLogFileName,
                         "line " + std::to_string(line) + ": " + r.reason + " (ignored)");
    });
    if (!scan) return scan.error();
    for (const auto& bad : scan.value().bad_lines)
        s.report.add(MessageLevel::Error, kLogFileName,
                     "line " + std::to_string(bad.line_number) + " is damaged (" + bad.reason +
                         "); skipped");
    if (scan.value().torn_bytes > 0 && !writable)
        s.report.add(MessageLevel::Warning, kLogFileName,
                     "the last line is incomplete (" + std::to_string(scan.value().torn_bytes) +
                         " bytes, probably a crash while saving); it is skipped");
    s.position = scan.value().end;

    if (!writable) {
        s.blocked = SaveError{SaveErrorKind::ReadOnly, s.folder,
                              "the profile was opened for inspection only"};
        return ProfileStorage(std::move(st));
    }

    auto writer = ReviewLogWriter::open(log, s.id, damaged, s.report);
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
    if (stale) {
        if (auto r = storage.write_snapshot(); !r)
            t.report.add(MessageLevel::Error, kSnapshotFileName,
                         "could not write a new snapshot: " + r.error().message);
    }
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
    if (s.snapshot_lines < 0 || s.position.lines - s.snapshot_lines >= s.options.snapshot_every) {
        // The review is safe in the log; a failed snapshot is retried next time.
        if (auto w = write_snapshot(); !w)
            s.report.add(MessageLevel::Warning, kSnapshotFileName,
                         "snapshot not written: " + w.error().message);
    }
    return result;
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
    if (auto w = write_snapshot(); !w)
        s.report.add(MessageLevel::Warning, kSnapshotFileName,
                     "snapshot not written: " + w.error().message);
    return static_cast<std::int64_t>(records.size());
}

SaveResult<ApplyResult> ProfileStorage::undo_last(TimeMs now, int utc_offset_minutes) {
    const ReviewRecord* last = s_->progress.undoable();
    if (!last) return ApplyResult{ApplyOutcome::NothingToUndo, "there is no answer to undo"};
    auto r = append(ReviewRecord::undo(last->card_id, now, utc_offset_minutes));
    if (!r || r.value().outcome != ApplyOutcome::Undone) return r;
    if (auto w = write_snapshot(); !w)
        s_->report.add(MessageLevel::Warning, kSnapshotFileName,
                       "snapshot not written: " + w.error().message);
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
    snap.written_ms = now_ms();
    snap.log = s.position;
    snap.settings = s.settings;
    snap.progress = s.progress.state();
    const std::string bytes = encode_snapshot(snap);

    const fs::path main = s.file(kSnapshotFileName);
    const fs::path backups = s.file(kBackupsFolder);
    std::error_code ec;
    if (fs::exists(fs::symlink_status(main, ec))) {
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
    }
    if (auto r = write_file_atomically(main, bytes); !r) return r.error();
    s.snapshot_lines = s.position.lines;
    auto old = list_backups(backups);
    for (std::size_t i = kSnapshotBackups; i < old.size(); ++i)
        fs::remove(old[i], ec);
    return {};
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

SaveResult<void> ProfileStorage::close() {
    if (s_->blocked || s_->snapshot_lines == s_->position.lines) return {};
    return write_snapshot();
}

}  // namespace chronik::io
