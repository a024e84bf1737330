// Saving as the student studies: appending reviews (and many at once), undo, practice without
// saving in a read-only folder, and settings changes recorded per field.
#include <algorithm>

#include "io/save/durable_file.hpp"
#include "io/save/name_field.hpp"
#include "io/save/profile_storage_state.hpp"
#include "io/save/settings_fields.hpp"

namespace chronik::io {

using namespace storage_parts;

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
    std::uint64_t seq = next_field_seq(s_->field_changes, s_->device, s_->settings_ms);
    for (auto& [field, value] : changed_settings_fields(old, settings)) {
        sync::FieldChange change;
        change.id = {s_->device, seq++};
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

}  // namespace chronik::io
