#include "sync/history_merge.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace chronik::sync {
namespace {

// A total order on record contents, so that of two copies with one id but different content
// (a device whose id file was copied to another computer, a hand-edited file) every device keeps
// the same one: the earlier, then the smaller by the remaining fields.
auto content_key(const LoggedReview& r) {
    return std::make_tuple(r.record.time_ms, static_cast<int>(r.record.kind), r.record.card_id,
                           to_int(r.record.rating), static_cast<int>(r.record.round),
                           r.record.response_ms, r.record.utc_offset_minutes, r.undoes,
                           r.record.after.due, r.record.after.stability, r.record.after.difficulty,
                           r.record.after.reps);
}

struct Counts {
    std::size_t duplicates = 0;
    std::size_t differing_copies = 0;
    std::size_t recomputed = 0;
    std::size_t undone = 0;
};

// One record per id, sorted by id (sorted vectors, not node maps: a million records merge in
// well under a second).
std::vector<LoggedReview> one_per_id(std::vector<LoggedReview> records, Counts& counts) {
    std::sort(records.begin(), records.end(), [](const LoggedReview& a, const LoggedReview& b) {
        if (a.id != b.id) return a.id < b.id;
        return content_key(a) < content_key(b);  // of differing copies, the same one comes first
    });
    std::vector<LoggedReview> unique;
    unique.reserve(records.size());
    for (auto& r : records) {
        if (!unique.empty() && unique.back().id == r.id) {
            ++counts.duplicates;
            if (!(unique.back() == r)) ++counts.differing_copies;
            continue;
        }
        unique.push_back(std::move(r));
    }
    return unique;
}

const LoggedReview* find_id(const std::vector<LoggedReview>& unique, const RecordId& id) {
    const auto it =
        std::lower_bound(unique.begin(), unique.end(), id,
                         [](const LoggedReview& r, const RecordId& key) { return r.id < key; });
    return it != unique.end() && it->id == id ? &*it : nullptr;
}

// The reviews of `unique` that no undo takes back, in merge order.
std::vector<LoggedReview> in_effect(std::vector<LoggedReview> unique,
                                    const std::vector<RecordId>& undone_sorted,
                                    std::map<std::string, DeviceShare>& shares, Counts& counts) {
    std::vector<LoggedReview> effective;
    effective.reserve(unique.size());
    for (auto& r : unique) {
        if (r.record.kind != RecordKind::Review) continue;
        if (std::binary_search(undone_sorted.begin(), undone_sorted.end(), r.id)) {
            ++counts.undone;
            ++shares[r.id.device].undone;
            continue;
        }
        effective.push_back(std::move(r));
    }
    std::sort(effective.begin(), effective.end(), merge_before);
    return effective;
}

// Chains each card's states through `effective` (merge order), starting from `cards`: a review
// whose `before` is not the card's state gets `before` = that state and `after` computed anew.
void chain(std::vector<LoggedReview>& effective, std::unordered_map<std::string, CardState>& cards,
           const Rescheduler& reschedule, std::map<std::string, DeviceShare>& shares,
           Counts& counts) {
    DeviceShare* share = nullptr;
    for (auto& r : effective) {
        const auto it = cards.find(r.record.card_id);
        if (it != cards.end() && !(r.record.before == it->second)) {
            try {
                CardState after =
                    reschedule(r.record.card_id, it->second, r.record.rating, r.record.time_ms);
                r.record.before = it->second;
                r.record.after = after;
                ++counts.recomputed;
            } catch (const std::exception&) {
                // The scheduler cannot take this review (a hand-made time order): the log's own
                // states stay, as they would without merging.
            }
        }
        // With no review of the card before it, the log's own `before` stands (a first review,
        // or states imported as they were: recomputing them would change what was brought in).
        cards.insert_or_assign(r.record.card_id, r.record.after);
        if (share == nullptr || share->device != r.id.device) share = &shares[r.id.device];
        if (share->reviews == 0) share->first_ms = r.record.time_ms;
        share->first_ms = std::min(share->first_ms, r.record.time_ms);
        share->last_ms = std::max(share->last_ms, r.record.time_ms);
        ++share->reviews;
    }
}

std::vector<DeviceShare> shares_of(std::map<std::string, DeviceShare>& shares) {
    std::vector<DeviceShare> out;
    out.reserve(shares.size());
    for (auto& [device, s] : shares)
        out.push_back(std::move(s));
    return out;
}

}  // namespace

bool merge_before(const LoggedReview& a, const LoggedReview& b) {
    return std::tie(a.record.time_ms, a.id.device, a.id.seq) <
           std::tie(b.record.time_ms, b.id.device, b.id.seq);
}

MergePoint merge_point(const LoggedReview& r) {
    return MergePoint{r.record.time_ms, r.id};
}

MergedHistory merge_histories(std::vector<LoggedReview> records, const Rescheduler& reschedule) {
    MergedHistory out;
    Counts counts;
    std::vector<LoggedReview> unique = one_per_id(std::move(records), counts);

    // Undos take back the review they name (an undo of an undo or of nothing is ignored).
    std::vector<RecordId> undone;
    std::map<std::string, DeviceShare> shares;
    for (const auto& r : unique) {
        auto& share = shares[r.id.device];
        share.device = r.id.device;
        share.last_seq = std::max(share.last_seq, r.id.seq);
        if (r.record.kind != RecordKind::Undo) continue;
        const LoggedReview* target = r.undoes ? find_id(unique, *r.undoes) : nullptr;
        if (target == nullptr || target->record.kind != RecordKind::Review) {
            ++out.unmatched_undos;
            if (r.undoes && target == nullptr) out.missing_undone.push_back(*r.undoes);
            continue;
        }
        undone.push_back(*r.undoes);
    }
    std::sort(undone.begin(), undone.end());
    undone.erase(std::unique(undone.begin(), undone.end()), undone.end());
    std::sort(out.missing_undone.begin(), out.missing_undone.end());

    // The reviews in effect in merge order, states chained per card.
    auto effective = in_effect(std::move(unique), undone, shares, counts);
    std::unordered_map<std::string, CardState> cards;
    chain(effective, cards, reschedule, shares, counts);
    out.reviews = std::move(effective);
    out.devices = shares_of(shares);
    out.duplicates = counts.duplicates;
    out.differing_copies = counts.differing_copies;
    out.recomputed = counts.recomputed;
    out.undone = counts.undone;
    return out;
}

ProfileProgress progress_of(const MergedHistory& history) {
    ProfileProgress progress;
    for (const auto& r : history.reviews)
        progress.apply(r.record);
    return progress;
}

HistoryCheckpoint checkpoint_of(const MergedHistory& history) {
    HistoryCheckpoint out;
    out.progress = progress_of(history).state();
    out.progress.undo.reset();
    out.progress.undo_history.clear();
    out.devices = history.devices;
    if (!history.reviews.empty()) out.last = merge_point(history.reviews.back());
    out.awaited_undone = history.missing_undone;
    return out;
}

std::optional<ResumedHistory> resume_history(const HistoryCheckpoint& checkpoint,
                                             std::vector<LoggedReview> tail,
                                             const Rescheduler& reschedule) {
    Counts counts;
    std::vector<LoggedReview> unique = one_per_id(std::move(tail), counts);
    std::map<std::string, DeviceShare> shares;
    for (const auto& d : checkpoint.devices)
        shares[d.device] = d;
    std::vector<RecordId> undone;
    for (const auto& r : unique) {
        auto& share = shares[r.id.device];
        share.device = r.id.device;
        share.last_seq = std::max(share.last_seq, r.id.seq);
        if (r.record.kind == RecordKind::Review) {
            if (std::binary_search(checkpoint.awaited_undone.begin(),
                                   checkpoint.awaited_undone.end(), r.id))
                return std::nullopt;  // taken back by an undo the checkpoint holds
            continue;
        }
        const LoggedReview* target = r.undoes ? find_id(unique, *r.undoes) : nullptr;
        if (target == nullptr) return std::nullopt;  // the checkpoint may hold what it names
        if (target->record.kind == RecordKind::Review) undone.push_back(*r.undoes);
    }
    std::sort(undone.begin(), undone.end());
    undone.erase(std::unique(undone.begin(), undone.end()), undone.end());
    auto effective = in_effect(std::move(unique), undone, shares, counts);
    if (!effective.empty() && checkpoint.last &&
        !(*checkpoint.last < merge_point(effective.front())))
        return std::nullopt;  // an older review arrived late: the order before it changed

    std::unordered_map<std::string, CardState> cards;
    for (const auto& r : effective)
        if (const auto it = checkpoint.progress.cards.find(r.record.card_id);
            it != checkpoint.progress.cards.end())
            cards.emplace(r.record.card_id, it->second);
    chain(effective, cards, reschedule, shares, counts);

    ResumedHistory out;
    ProfileProgress progress{checkpoint.progress};
    for (const auto& r : effective)
        progress.apply(r.record);
    out.history.progress = progress.state();
    out.history.progress.undo.reset();
    out.history.progress.undo_history.clear();
    out.history.devices = shares_of(shares);
    out.history.last = effective.empty() ? checkpoint.last : merge_point(effective.back());
    out.history.awaited_undone = checkpoint.awaited_undone;
    out.reviews = std::move(effective);
    out.duplicates = counts.duplicates;
    out.differing_copies = counts.differing_copies;
    out.recomputed = counts.recomputed;
    out.undone = counts.undone;
    return out;
}

}  // namespace chronik::sync
