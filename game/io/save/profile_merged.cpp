// A profile as the merged history of several devices' segments (README "Several computers"):
// opening from this device's checkpoint or by merging every record, settings per field, and the
// merged reviews and shares as this device appends.
#include <algorithm>
#include <limits>
#include <system_error>
#include <tuple>

#include "io/save/durable_file.hpp"
#include "io/save/name_field.hpp"
#include "io/save/profile_storage_state.hpp"
#include "io/save/settings_fields.hpp"
#include "io/sync/sync_leftovers.hpp"
#include "study/profile_study.hpp"

namespace chronik::io {

namespace fs = std::filesystem;

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
std::vector<sync::DeviceShare> ProfileStorage::devices() const {
    if (s_->merged) return s_->devices;
    sync::DeviceShare own;
    own.device = s_->device;
    own.reviews = s_->progress.scores().reviews;
    return {own};
}

namespace storage_parts {

// Per field, the last change any device recorded (fields.<device>.json), over the settings the
// snapshots give: a field changed on two computers while apart gets the later value, both are
// kept in field_conflicts for the settings screen. Also for a single device, whose snapshot.json
// a stale copy from another computer may have replaced. The display name too ("profile.name":
// renames are recorded there, not in the shared profile.json).
void merge_settings_fields(ProfileStorage::State& s) {
    s.field_changes = read_field_changes(s.folder, s.id, s.report);
    if (s.field_changes.empty()) return;
    const sync::MergedFields fields = sync::merge_fields(s.field_changes);
    s.settings = apply_settings_fields(s.settings, fields.current);
    s.field_conflicts = fields.conflicts;
    s.display_name = merged_name(s.display_name, s.field_changes).display_name;
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

namespace {

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

bool open_merged(State& s, DevicesRead& devices, const std::optional<Snapshot>& own_checkpoint,
                 const ProfileFile& profile_file, const std::optional<LogHeader>& log_header,
                 bool foreign_log, bool writable, const fs::path& damaged) {
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
    return checkpoint_due;
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

}  // namespace storage_parts

}  // namespace chronik::io
