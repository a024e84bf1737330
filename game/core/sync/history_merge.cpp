#include "sync/history_merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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

// Whether a review follows on from the card's state in the merged history. With no review of
// the card before it, the log's own `before` stands (a first review, or states imported as they
// were: recomputing them would change what the student brought in).
bool same_start(const CardState& logged, const std::optional<CardState>& current) {
    if (!current) return true;  // nothing before it in the merged history: keep the log's word
    return logged == *current;
}

}  // namespace

bool merge_before(const LoggedReview& a, const LoggedReview& b) {
    return std::tie(a.record.time_ms, a.id.device, a.id.seq) <
           std::tie(b.record.time_ms, b.id.device, b.id.seq);
}

MergedHistory merge_histories(std::vector<LoggedReview> records, const Rescheduler& reschedule) {
    MergedHistory out;
    // 1. One record per id.
    std::map<RecordId, LoggedReview> by_id;
    for (auto& r : records) {
        auto [it, inserted] = by_id.try_emplace(r.id, r);
        if (inserted) continue;
        ++out.duplicates;
        if (it->second == r) continue;
        ++out.differing_copies;
        if (content_key(r) < content_key(it->second)) it->second = std::move(r);
    }
    records.clear();

    // 2. Undos take back the review they name (an undo of an undo or of nothing is ignored).
    std::set<RecordId> undone;
    std::map<std::string, DeviceShare> shares;
    for (const auto& [id, r] : by_id) {
        auto& share = shares[id.device];
        share.device = id.device;
        share.last_seq = std::max(share.last_seq, id.seq);
        if (r.record.kind != RecordKind::Undo) continue;
        const auto target = r.undoes ? by_id.find(*r.undoes) : by_id.end();
        if (target == by_id.end() || target->second.record.kind != RecordKind::Review) {
            ++out.unmatched_undos;
            continue;
        }
        undone.insert(*r.undoes);
    }

    // 3. The reviews in effect in merge order, states chained per card.
    std::vector<LoggedReview> effective;
    effective.reserve(by_id.size());
    for (auto& [id, r] : by_id) {
        if (r.record.kind != RecordKind::Review) continue;
        if (undone.count(id) != 0) {
            ++out.undone;
            ++shares[id.device].undone;
            continue;
        }
        effective.push_back(std::move(r));
    }
    by_id.clear();
    std::sort(effective.begin(), effective.end(), merge_before);

    std::map<std::string, CardState, std::less<>> cards;
    for (auto& r : effective) {
        const auto it = cards.find(r.record.card_id);
        const std::optional<CardState> current =
            it == cards.end() ? std::nullopt : std::optional<CardState>(it->second);
        if (!same_start(r.record.before, current)) {
            try {
                CardState after =
                    reschedule(r.record.card_id, *current, r.record.rating, r.record.time_ms);
                r.record.before = *current;
                r.record.after = after;
                ++out.recomputed;
            } catch (const std::exception&) {
                // The scheduler cannot take this review (a hand-made time order): the log's own
                // states stay, as they would without merging.
            }
        }
        cards.insert_or_assign(r.record.card_id, r.record.after);
        auto& share = shares[r.id.device];
        if (share.reviews == 0) share.first_ms = r.record.time_ms;
        share.first_ms = std::min(share.first_ms, r.record.time_ms);
        share.last_ms = std::max(share.last_ms, r.record.time_ms);
        ++share.reviews;
    }
    out.reviews = std::move(effective);
    for (auto& [device, share] : shares)
        out.devices.push_back(std::move(share));
    return out;
}

ProfileProgress progress_of(const MergedHistory& history) {
    ProfileProgress progress;
    for (const auto& r : history.reviews)
        progress.apply(r.record);
    return progress;
}

}  // namespace chronik::sync
