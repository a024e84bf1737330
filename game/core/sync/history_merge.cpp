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

}  // namespace

bool merge_before(const LoggedReview& a, const LoggedReview& b) {
    return std::tie(a.record.time_ms, a.id.device, a.id.seq) <
           std::tie(b.record.time_ms, b.id.device, b.id.seq);
}

MergedHistory merge_histories(std::vector<LoggedReview> records, const Rescheduler& reschedule) {
    MergedHistory out;
    // 1. One record per id (sorted vectors, not node maps: a million records merge in well
    // under a second).
    std::sort(records.begin(), records.end(), [](const LoggedReview& a, const LoggedReview& b) {
        if (a.id != b.id) return a.id < b.id;
        return content_key(a) < content_key(b);  // of differing copies, the same one comes first
    });
    std::vector<LoggedReview> unique;
    unique.reserve(records.size());
    for (auto& r : records) {
        if (!unique.empty() && unique.back().id == r.id) {
            ++out.duplicates;
            if (!(unique.back() == r)) ++out.differing_copies;
            continue;
        }
        unique.push_back(std::move(r));
    }
    records.clear();
    records.shrink_to_fit();
    const auto find = [&unique](const RecordId& id) {
        const auto it =
            std::lower_bound(unique.begin(), unique.end(), id,
                             [](const LoggedReview& r, const RecordId& key) { return r.id < key; });
        return it != unique.end() && it->id == id ? &*it : nullptr;
    };

    // 2. Undos take back the review they name (an undo of an undo or of nothing is ignored).
    std::vector<RecordId> undone;
    std::map<std::string, DeviceShare> shares;
    for (const auto& r : unique) {
        auto& share = shares[r.id.device];
        share.device = r.id.device;
        share.last_seq = std::max(share.last_seq, r.id.seq);
        if (r.record.kind != RecordKind::Undo) continue;
        const LoggedReview* target = r.undoes ? find(*r.undoes) : nullptr;
        if (target == nullptr || target->record.kind != RecordKind::Review) {
            ++out.unmatched_undos;
            continue;
        }
        undone.push_back(*r.undoes);
    }
    std::sort(undone.begin(), undone.end());
    undone.erase(std::unique(undone.begin(), undone.end()), undone.end());

    // 3. The reviews in effect in merge order, states chained per card.
    std::vector<LoggedReview> effective;
    effective.reserve(unique.size());
    for (auto& r : unique) {
        if (r.record.kind != RecordKind::Review) continue;
        if (std::binary_search(undone.begin(), undone.end(), r.id)) {
            ++out.undone;
            ++shares[r.id.device].undone;
            continue;
        }
        effective.push_back(std::move(r));
    }
    unique.clear();
    unique.shrink_to_fit();
    std::sort(effective.begin(), effective.end(), merge_before);

    std::unordered_map<std::string, CardState> cards;
    DeviceShare* share = nullptr;
    for (auto& r : effective) {
        const auto it = cards.find(r.record.card_id);
        if (it != cards.end() && !(r.record.before == it->second)) {
            try {
                CardState after =
                    reschedule(r.record.card_id, it->second, r.record.rating, r.record.time_ms);
                r.record.before = it->second;
                r.record.after = after;
                ++out.recomputed;
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
    out.reviews = std::move(effective);
    for (auto& [device, s] : shares)
        out.devices.push_back(std::move(s));
    return out;
}

ProfileProgress progress_of(const MergedHistory& history) {
    ProfileProgress progress;
    for (const auto& r : history.reviews)
        progress.apply(r.record);
    return progress;
}

}  // namespace chronik::sync
