// One review history from the logs of several devices: union by record id, ordered by time, card
// states recomputed where another device's reviews came in between.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "progress/profile_progress.hpp"
#include "progress/review_record.hpp"
#include "sync/review_id.hpp"

namespace chronik::sync {

// A review or an undo as one device logged it. An undo names the review it takes back.
struct LoggedReview {
    RecordId id;
    ReviewRecord record;
    std::optional<RecordId> undoes;  // only for record.kind == RecordKind::Undo

    // A record not logged yet (the device log gives it its id).
    static LoggedReview of(ReviewRecord record) {
        LoggedReview r;
        r.record = std::move(record);
        return r;
    }
    friend bool operator==(const LoggedReview&, const LoggedReview&) = default;
};

// The card after `rating` at `time`, from the card as it was (the profile's FSRS scheduler).
// May throw (e.g. SchedulingError); the record's own state is kept then.
using Rescheduler = std::function<CardState(std::string_view card_id, const CardState& before,
                                            Rating rating, TimeMs time)>;

// What each device contributed to the merged history.
struct DeviceShare {
    std::string device;
    std::int64_t reviews = 0;  // reviews in effect
    std::int64_t undone = 0;   // reviews taken back by an undo
    TimeMs first_ms = 0;       // first and last review in effect (0 when none)
    TimeMs last_ms = 0;
    std::uint64_t last_seq = 0;  // the highest sequence number seen from this device
    friend bool operator==(const DeviceShare&, const DeviceShare&) = default;
};

struct MergedHistory {
    // The reviews in effect, in merge order, each with the card states of the merged history.
    std::vector<LoggedReview> reviews;
    std::vector<DeviceShare> devices;  // by device id
    std::size_t duplicates = 0;        // further copies of a record already seen (ignored)
    std::size_t differing_copies = 0;  // copies with one id but other content (one kept, see .cpp)
    std::size_t recomputed = 0;        // reviews whose card states were computed anew
    std::size_t undone = 0;            // reviews taken back by an undo
    std::size_t unmatched_undos = 0;   // undos of a review that is not (yet) there
    std::vector<RecordId> missing_undone;  // what those undos name, when nothing has that id
};

// The merge order: review time, then device id, then sequence number. Total and the same on
// every device, so every device computes the same history from the same records.
bool merge_before(const LoggedReview& a, const LoggedReview& b);

// Merges records from any number of files, in any order, with any number of copies:
//  - records are identified by RecordId; a second copy counts once;
//  - an undo takes back the review it names, wherever it is in the order;
//  - the reviews in effect are put in merge order, and each card's states are chained: a review
//    whose `before` is not the card's state in the merged history (another device reviewed the
//    card in between, or it was new there) gets `before` = that state and `after` computed by
//    `reschedule`; a review that follows on from the state as logged keeps its states bit for
//    bit. So a history that came from one device alone is kept exactly as it was logged.
MergedHistory merge_histories(std::vector<LoggedReview> records, const Rescheduler& reschedule);

// The progress (states, scores, days, streak) of the merged reviews, applied in merge order.
ProfileProgress progress_of(const MergedHistory& history);

// A review's place in the merge order (see merge_before).
struct MergePoint {
    TimeMs time_ms = 0;
    RecordId id;
    // clang-tidy 14 takes the 0 of a defaulted <=> for a null pointer.
    // NOLINTNEXTLINE(modernize-use-nullptr)
    friend auto operator<=>(const MergePoint&, const MergePoint&) = default;
    friend bool operator==(const MergePoint&, const MergePoint&) = default;
};
MergePoint merge_point(const LoggedReview& r);

// What a device computed from the merged history it had, so that the next open need not merge
// every record again: the progress (undo slots cleared), who contributed, the last review in
// merge order it applied, and the reviews that undos it holds name but that were not there yet.
struct HistoryCheckpoint {
    ProgressState progress;
    std::vector<DeviceShare> devices;
    std::optional<MergePoint> last;        // none: no review applied
    std::vector<RecordId> awaited_undone;  // undone by a covered undo, not arrived yet
    friend bool operator==(const HistoryCheckpoint&, const HistoryCheckpoint&) = default;
};

// The checkpoint of a merged history.
HistoryCheckpoint checkpoint_of(const MergedHistory& history);

// A checkpoint continued by the records it does not cover.
struct ResumedHistory {
    HistoryCheckpoint history;          // progress, devices and last after the tail
    std::vector<LoggedReview> reviews;  // the tail's reviews in effect, merge order, states chained
    std::size_t duplicates = 0;
    std::size_t differing_copies = 0;
    std::size_t recomputed = 0;
    std::size_t undone = 0;
};

// The checkpoint's history continued by `tail`: records the checkpoint did not cover (copies
// among them count once), applied exactly as merge_histories would (states chained from the
// checkpoint's cards). nullopt when the tail cannot simply follow: one of its reviews in effect
// comes before the checkpoint's last review in merge order (an older record arrived late, so
// later states, day tallies and the streak may change), one of its undos names a review that is
// not in the tail (the checkpoint may hold it), or one of its reviews is one the checkpoint's
// undos took back already. The caller then merges the whole history: never wrong, only slower.
// For every split of a history into covered records and tail, when the result is not nullopt:
// resume_history(checkpoint_of(merge(covered)), tail) gives the progress of merge(all).
std::optional<ResumedHistory> resume_history(const HistoryCheckpoint& checkpoint,
                                             std::vector<LoggedReview> tail,
                                             const Rescheduler& reschedule);

}  // namespace chronik::sync
